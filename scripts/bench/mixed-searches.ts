/**
 * A thousand different searches for the server's memory (issue 17): each
 * query is its own, so every one misses the page cache and the cache fills
 * as it would over a day of readers' searches.
 */

/** The distinct words of five letters or more in a text, lower-cased, in order of first use. */
export function distinctWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[a-z]{5,}/g) ?? [])];
}

/** The word with two neighbouring letters swapped near its middle ("safeguarding" -> "safegaurding"), or the word itself if they are the same letter. */
export function misspelt(word: string): string {
  const i = Math.max(0, Math.floor(word.length / 2) - 1);
  return `${word.slice(0, i)}${word.charAt(i + 1)}${word.charAt(i)}${word.slice(i + 2)}`;
}

/** The `i`-th search's path for `word`: in turn the word, misspelt, with `&page=` 2 to 5, narrowed to one of `slugs`. */
function variant(word: string, i: number, slugs: readonly string[]): string {
  const q = (query: string) => `/search?q=${encodeURIComponent(query)}`;
  const round = Math.floor(i / 4);
  switch (i % 4) {
    case 0: return q(word);
    case 1: return q(misspelt(word));
    case 2: return `${q(word)}&page=${2 + (round % 4)}`;
    default: return `${q(word)}&authority=${encodeURIComponent(slugs[round % slugs.length] ?? '')}`;
  }
}

/**
 * `count` different search paths, one for each word of `text` in turn
 * (variant), skipping any path already made (a misspelling can be another
 * word of the text).
 */
export function mixedSearches(text: string, slugs: readonly string[], count: number): string[] {
  if (slugs.length === 0) throw new RangeError('expected at least one authority slug');
  const paths = new Set<string>();
  for (const word of distinctWords(text)) {
    if (paths.size === count) break;
    paths.add(variant(word, paths.size, slugs));
  }
  if (paths.size < count) throw new RangeError(`the text gives ${paths.size} different searches, fewer than the ${count} asked for`);
  return [...paths];
}
