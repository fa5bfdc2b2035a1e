/**
 * The error family for content problems. Every message starts with
 * `<file>:<line>: ` and says what was expected and what was found, so a
 * failed build points straight at the line to look at.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly file: string;
  readonly line: number;
  /** The message without the `<file>:<line>: ` prefix. */
  readonly detail: string;
  /** The source line the error is about, shown under the message. */
  readonly excerpt: string | undefined;

  constructor(file: string, line: number, detail: string, excerpt?: string) {
    super(`${file}:${line}: ${detail}`);
    this.file = file;
    this.line = line;
    this.detail = detail;
    this.excerpt = excerpt;
  }

  /** The message with the offending source line quoted below it. */
  format(): string {
    if (this.excerpt === undefined) return this.message;
    const gutter = String(this.line);
    const shown = this.excerpt.length > 100 ? `${this.excerpt.slice(0, 97)}...` : this.excerpt;
    return `${this.message}\n  ${gutter} | ${shown}\n  ${' '.repeat(gutter.length)} | ${'^'.repeat(Math.max(1, shown.length))}`;
  }
}

/** The file is not an assessment we can read at all: empty, binary or not UTF-8. */
export class InputError extends ContentError {
  override name = 'InputError';
}

/** The text does not follow the structure of a CQC assessment (a section is missing, out of order or cut short). */
export class StructureError extends ContentError {
  override name = 'StructureError';
}

/** A value in the text is malformed: a score, a date, a rating, a figure. */
export class ValueError extends ContentError {
  override name = 'ValueError';
}

/** Two parts of the report disagree, or disagree with CQC's published method. */
export class ConsistencyError extends ContentError {
  override name = 'ConsistencyError';
}

/** The caught `error` as a content problem to report, or, when it is anything else (a bug), thrown on. */
export function asContentError(error: unknown): ContentError {
  if (error instanceof ContentError) return error;
  throw error;
}

/** Quotes a piece of source text for a message: `"Score: seven"`, or `end of file`. */
export function quote(text: string | undefined): string {
  if (text === undefined) return 'end of file';
  const short = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return `"${short}"`;
}
