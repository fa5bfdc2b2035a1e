/**
 * Folding for search: case and accents do not matter, so "cafe" finds
 * "Café" and "SAFEGUARDING" finds "safeguarding".
 */
export function fold(text: string): string {
  // Plain ASCII, most words of the reports, has no accents to take off: lower-casing is all, and much quicker.
  // Stryker disable next-line ConditionalExpression: without the quick way the full fold gives the same words
  if (ASCII.test(text)) return text.toLowerCase();
  // Stryker disable next-line Regex: removing marks one at a time or in runs leaves the same text
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

export type Word = { start: number; end: number; folded: string };

// Letters and digits: a word ends at anything else, an apostrophe too ("council's" is "council" and "s").
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text with their offsets in the original text and their folded form. */
export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: fold(m[0]) }));
}

/** The folded words of a text, in order. */
export function foldedWords(text: string): string[] {
  return words(text).map((w) => w.folded);
}
