import { InputError } from './errors';

/**
 * Turns the published text into blocks with line numbers. In the published
 * format every paragraph and heading is one line with blank lines between
 * them, so a line is a block; consecutive "- " lines form one list.
 */

export type Line = { text: string; line: number };
export type Block =
  | { kind: 'line'; text: string; line: number }
  | { kind: 'list'; items: [Line, ...Line[]]; line: number };

export type Source = { blocks: Block[]; lineCount: number };

const BULLET = /^[-•*]\s+(.*)$/;

/**
 * Decodes a content file's bytes as UTF-8, refusing what is not an assessment
 * at all (empty, binary, not UTF-8) with a `<file>:<line>:` error.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new InputError(file, lineAt(bytes, nul), 'expected UTF-8 text, found binary data (a NUL byte); a UTF-16 file must be saved as UTF-8');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const line = text.slice(0, bad).split('\n').length;
    throw new InputError(file, line, 'expected UTF-8 text, found bytes that are not valid UTF-8');
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  return bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
}

/**
 * Splits text into blocks. A byte order mark, CRLF or CR line endings and
 * spaces at either end of a line are tolerated and dropped; the words are kept
 * exactly as published.
 */
export function toBlocks(text: string, file: string): Source {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  lines.forEach((raw, index) => {
    const textOfLine = raw.trim();
    if (textOfLine === '') return;
    const line = index + 1;
    const bullet = BULLET.exec(textOfLine);
    const previous = blocks.at(-1);
    if (bullet) {
      const item = { text: groupOf(bullet, 1), line };
      if (previous?.kind === 'list') previous.items.push(item);
      else blocks.push({ kind: 'list', items: [item], line });
    } else {
      blocks.push({ kind: 'line', text: textOfLine, line });
    }
  });
  if (blocks.length === 0) {
    throw new InputError(file, 1, 'expected a CQC local authority assessment, found an empty file');
  }
  return { blocks, lineCount: lines.length };
}

/**
 * A comparison key for headings and names: case, curly quotes, dashes,
 * runs of spaces and a trailing colon or full stop do not matter.
 */
export function key(text: string): string {
  // Apostrophes first: NFKC would split an acute accent (U+00B4) into a space and a combining mark.
  return text
    .replace(/[\u2018\u2019\u201B\u0060\u00B4]/g, "'")
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:.]$/, '')
    .trim();
}

/**
 * The text of group `n` of a match, or '' for a group that took no part in it
 * (an optional group). Every group the parser reads takes part in every match
 * of its pattern; this says so once for the type checker.
 */
export function groupOf(match: RegExpExecArray, n: number): string {
  return match[n] ?? '';
}

/** The text as a pattern that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A URL slug: "Care provision, integration and continuity" becomes "care-provision-integration-and-continuity". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    // The run above leaves at most one hyphen at either end.
    .replace(/^-|-$/g, '');
}
