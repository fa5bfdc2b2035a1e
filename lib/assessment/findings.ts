import { slugify } from './blocks';
import { quote } from './errors';
import type { Reader } from './reader';
import { UNHEADED_FINDING_SLUG, type Finding, type Paragraph } from './schema';

/**
 * The key findings of a quality statement. Most reports print paragraphs
 * straight under "Key findings for this quality statement"; some give each
 * finding a heading; some open with unheaded paragraphs and then have headed
 * findings. Unheaded paragraphs make one finding with `heading: null` and the
 * slug `key-findings`, which no heading can take.
 */

/** A paragraph of the parser's own reading: the model's Paragraph before repeats are marked. */
export type ParsedParagraph = Omit<Paragraph, 'repeatOf'>;
export type ParsedFinding = Omit<Finding, 'paragraphs'> & { paragraphs: ParsedParagraph[] };

/**
 * Reads paragraphs until `stop()` says the next block starts something else.
 * A list item becomes a paragraph that keeps its "- " marker, so no text is lost.
 */
export function readParagraphs(r: Reader, stop: () => boolean): ParsedParagraph[] {
  const paragraphs: ParsedParagraph[] = [];
  for (let block = r.peek(); block && !stop(); block = r.peek()) {
    r.next();
    if (block.kind === 'line') paragraphs.push({ text: block.text, line: block.line });
    else block.items.forEach((item) => paragraphs.push({ text: `- ${item.text}`, line: item.line }));
  }
  return paragraphs;
}

/**
 * A key finding heading is a short line that does not end like a sentence:
 * the text has no other mark of a heading.
 */
export function looksLikeHeading(text: string): boolean {
  return text.length <= 100
    && text.split(/\s+/).length <= 16
    && /^[A-Z0-9]/.test(text)
    && !/[.!?:;,"'\u201D\u2019)\]]$/.test(text);
}

/** True when the next block is a line that looks like a key finding heading. */
export function atHeadingLike(r: Reader): boolean {
  const block = r.peek();
  return block?.kind === 'line' && looksLikeHeading(block.text);
}

/** Reads a statement's key findings, up to `endOfStatement()`: at least one, unheaded paragraphs first if any. */
export function readFindings(r: Reader, endOfStatement: () => boolean): ParsedFinding[] {
  const atHeading = () => atHeadingLike(r);
  const slugs = new Set<string>([UNHEADED_FINDING_SLUG]);
  const findings: ParsedFinding[] = [];
  const unheaded = readParagraphs(r, () => atHeading() || endOfStatement());
  const first = unheaded[0];
  if (first) findings.push({ heading: null, slug: UNHEADED_FINDING_SLUG, line: first.line, paragraphs: unheaded });
  // Unheaded paragraphs stop only at a heading-like line, so what follows them, to the statement's end, is headed findings.
  for (let heading = r.peek(); heading?.kind === 'line' && !endOfStatement(); heading = r.peek()) {
    r.next();
    const paragraphs = readParagraphs(r, () => atHeading() || endOfStatement());
    if (paragraphs.length === 0) throw r.unexpected(r.peek(), `a paragraph under the key finding ${quote(heading.text)}`);
    findings.push({ heading: heading.text, slug: uniqueSlug(slugify(heading.text), slugs), line: heading.line, paragraphs });
  }
  if (findings.length === 0) throw r.unexpected(r.peek(), 'a key finding (a paragraph, or a heading and its paragraphs)');
  return findings;
}

/** A slug not yet taken in `taken`: "direct-payments", then "direct-payments-2". */
export function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}
