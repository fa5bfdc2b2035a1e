/**
 * Typo tolerance: which words of the index's vocabulary a misspelt query word
 * may mean. A slip is one edit: a letter added, dropped, changed, or two
 * neighbours swapped ("safegaurding"), the optimal string alignment distance.
 * Short words get none, longer ones one, long ones two (README, "Search").
 */

/** Words shorter than this are matched as typed (and by their start from PREFIX_LENGTH), never as near spellings. */
export const FUZZY_LENGTH = 6;
/** From this length a word may be two slips away. */
export const TWO_SLIPS_LENGTH = 12;

/** How many slips a query word of this length may have: 0, 1, or 2. */
export function slipsAllowed(word: string): number {
  if (word.length >= TWO_SLIPS_LENGTH) return 2;
  return word.length >= FUZZY_LENGTH ? 1 : 0;
}

/**
 * The optimal string alignment distance between `a` and `b`, or `limit + 1`
 * as soon as it must be more than `limit` (so a long vocabulary is cheap to
 * scan). Works on UTF-16 code units: the index's words are folded to
 * letters without accents, which are single units.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the dynamic programme: two back (for a swap), the last one, and this one.
  let before = new Array<number>(b.length + 1).fill(0);
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((last[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (last[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      row.push(best);
      smallest = Math.min(smallest, best);
    }
    if (smallest > limit) return limit + 1;
    before = last;
    last = row;
  }
  return Math.min(last[b.length] ?? limit + 1, limit + 1);
}

/** A vocabulary grouped by word length, so a near spelling is looked for only among words of about the same length. */
export type Vocabulary = { byLength: ReadonlyMap<number, readonly string[]>; words: ReadonlySet<string> };

/** The vocabulary of `words` (each once). */
export function vocabulary(words: Iterable<string>): Vocabulary {
  const byLength = new Map<number, string[]>();
  const all = new Set<string>();
  for (const word of words) {
    if (all.has(word)) continue;
    all.add(word);
    const group = byLength.get(word.length);
    if (group) group.push(word);
    else byLength.set(word.length, [word]);
  }
  return { byLength, words: all };
}

/** A word of the vocabulary near a query word, and how many slips away. */
export type NearWord = { word: string; distance: number };

/**
 * The vocabulary's words within the slips `word` is allowed (itself left
 * out), nearest first, then in vocabulary order.
 */
export function nearWords(vocab: Vocabulary, word: string): NearWord[] {
  const limit = slipsAllowed(word);
  if (limit === 0) return [];
  const near: NearWord[] = [];
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    for (const candidate of vocab.byLength.get(length) ?? []) {
      if (candidate === word) continue;
      const distance = editDistance(word, candidate, limit);
      if (distance <= limit) near.push({ word: candidate, distance });
    }
  }
  return near.sort((a, b) => a.distance - b.distance);
}
