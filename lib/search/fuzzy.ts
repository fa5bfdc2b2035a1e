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
  // Three rows of the dynamic programme: two back (for a swap, read from the second row on), the last one, and this one.
  let last = Array.from({ length: b.length + 1 }, (_, j) => j);
  let before = last;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((last[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (last[j - 1] ?? 0) + cost);
      // A swap of two neighbours; in the first row or column one side reads before the word's start, which is no letter.
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      row.push(best);
      smallest = Math.min(smallest, best);
    }
    if (smallest > limit) return limit + 1;
    before = last;
    last = row;
  }
  return Math.min(last[b.length] ?? Infinity, limit + 1);
}

/**
 * The keys a word is filed under for finding near spellings, the "symmetric
 * delete" way: the word and every string made from it by deleting up to
 * `depth` letters. Two words within d slips of each other (a swap of two
 * neighbours included) share a key made by at most d deletions from each, so
 * looking a misspelt word's keys up among the vocabulary's finds every near
 * spelling (and some that are not, which editDistance then drops) without
 * comparing it with every word.
 */
export function deletionKeys(word: string, depth: number): Set<string> {
  const keys = new Set([word]);
  // The strings made by d deletions, each once: all d letters shorter than the word, so none is in an earlier level.
  let level = [word];
  for (let d = 0; d < depth; d++) {
    level = [...new Set(level.flatMap(deletions))];
    for (const key of level) keys.add(key);
  }
  return keys;
}

/** The strings made from `w` by deleting one letter. */
function deletions(w: string): string[] {
  return Array.from({ length: w.length }, (_, i) => w.slice(0, i) + w.slice(i + 1));
}

/**
 * How deep a vocabulary word is filed: deep enough for every query word it
 * may be a near spelling of. A query word of six letters or more may be one
 * slip away, so words from five letters are filed one deletion deep; one of
 * twelve or more, two, so words from ten letters are filed two deep.
 */
export function fileDepth(word: string): number {
  if (word.length >= TWO_SLIPS_LENGTH - 2) return 2;
  return word.length >= FUZZY_LENGTH - 1 ? 1 : 0;
}

/** A word of the vocabulary near a query word, and how many slips away. */
export type NearWord = { word: string; distance: number };

/** Of `candidates`, the words within the slips `word` is allowed (itself left out), nearest first, then in the order given. */
export function nearWords(word: string, candidates: Iterable<string>): NearWord[] {
  // A short word is allowed no slips, and no other word is none away.
  const limit = slipsAllowed(word);
  const near: NearWord[] = [];
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance <= limit) near.push({ word: candidate, distance });
  }
  return near.sort((a, b) => a.distance - b.distance);
}
