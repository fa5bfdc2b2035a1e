import { words, type Word } from './fold';

/**
 * The snippet under a search result: a window of its text around the first
 * match, as plain text segments (the page escapes them), with the matches
 * flagged for <mark>. Where the text holds the query as typed, that phrase is
 * what is marked ("direct payments", not the "directory" its prefix also
 * matched); otherwise each matched word is.
 */

export type Segment = { text: string; match: boolean };

const WORDS_BEFORE = 12;
const WORDS_AFTER = 28;

/** Each place the phrase (folded words) stands in the text's words, as the indexes of its first and last word. */
export function phraseRanges(all: readonly Word[], phrase: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  if (phrase.length === 0) return ranges;
  // Stryker disable next-line ArithmeticOperator: the bound only saves comparing past the end, where no word is there to match
  for (let i = 0; i + phrase.length <= all.length; i++) {
    // Stryker disable next-line OptionalChaining: within the bound every index holds a word
    if (phrase.every((word, j) => all[i + j]?.folded === word)) {
      ranges.push([i, i + phrase.length - 1]);
      i += phrase.length - 1;
    }
  }
  return ranges;
}

/** The marked ranges: the phrase where the text holds it, else each word among `terms`. */
function marksOf(all: readonly Word[], phrase: readonly string[], terms: ReadonlySet<string>): [number, number][] {
  const found = phraseRanges(all, phrase);
  return found.length > 0 ? found : all.flatMap((w, i): [number, number][] => (terms.has(w.folded) ? [[i, i]] : []));
}

/**
 * A window of `text` from a few words before its first match to some words
 * after, with an ellipsis where it is cut (a text that short is shown whole);
 * `phrase` is the query's folded words in order, `terms` the index words the
 * result matched.
 */
export function snippet(text: string, phrase: readonly string[], terms: ReadonlySet<string>): Segment[] {
  const all = words(text);
  const marks = marksOf(all, phrase, terms);
  const whole = all.length <= WORDS_BEFORE + WORDS_AFTER;
  const [first, firstEnd] = marks[0] ?? [0, 0];
  const fromWord = whole ? 0 : first - WORDS_BEFORE;
  const toWord = whole ? all.length : Math.max(firstEnd, first + WORDS_AFTER);
  // Stryker disable next-line OptionalChaining: a word index within the text's words; the fallback is for the type checker
  const from = fromWord > 0 ? all[fromWord]?.start ?? 0 : 0;
  // Stryker disable next-line OptionalChaining: as above
  const to = toWord < all.length - 1 ? all[toWord]?.end ?? text.length : text.length;
  const segments: Segment[] = from > 0 ? [{ text: '\u2026 ', match: false }] : [];
  let at = from;
  for (const [a, b] of marks) {
    // Stryker disable next-line OptionalChaining: a mark's word indexes are the text's own; the fallbacks are for the type checker
    const start = all[a]?.start ?? 0;
    // Stryker disable next-line OptionalChaining: as above
    const end = all[b]?.end ?? 0;
    // The marks are in order and the window starts before the first, so only a mark past its end is left out.
    if (end > to) continue;
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (to > at) segments.push({ text: text.slice(at, to), match: false });
  if (to < text.length) segments.push({ text: ' \u2026', match: false });
  return segments;
}
