import { groupOf } from './blocks';
import type { Span } from './sources';

/**
 * The pieces a paragraph of findings is read in: its sentences, by offsets,
 * and its percentages, as printed.
 */

export type Figure = Span & { number: number; text: string; parenthesised: boolean };

/** A number as reports print it: "56.10", "1,250", "40". */
export const NUMBER = String.raw`\d{1,3}(?:,\d{3})*(?:\.\d+)?`;
const PERCENT = new RegExp(String.raw`(?<![\d.,])(\()?(${NUMBER})\s?%(\))?`, 'g');

/** Splits a paragraph into sentences by offsets: a stop, then space, then a capital, digit or bracket. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]["'\u201D\u2019)]?\s+(?=["'\u201C\u2018(]?[A-Z0-9£])/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    spans.push({ start, end: match.index + match[0].trimEnd().length });
    start = end;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** Every percentage in the text, with its number, its printed form and whether it sits in brackets. */
export function findFigures(text: string): Figure[] {
  return [...text.matchAll(PERCENT)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    number: Number(groupOf(m, 2).replace(/,/g, '')),
    text: `${m[2]}%`,
    parenthesised: m[1] === '(' && m[3] === ')',
  }));
}
