import { queryTerms, type SearchDocument, type SearchIndex } from './index';
import { foldedWords, words } from './fold';

/** Longest query we read; longer ones are cut here and the page says so. */
export const MAX_QUERY_LENGTH = 200;
const SNIPPET_WORDS_BEFORE = 12;
const SNIPPET_WORDS_AFTER = 28;

export type Segment = { text: string; match: boolean };
export type SearchResult = { document: SearchDocument; phrase: boolean; score: number; snippet: Segment[] };
export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'no-words'; query: string; truncated: boolean }
  | { kind: 'results'; query: string; truncated: boolean; results: SearchResult[] };

/** Tidies what a reader typed: the first value, spaces collapsed, at most MAX_QUERY_LENGTH characters. */
export function cleanQuery(raw: string | string[] | undefined): { query: string; truncated: boolean } {
  const first = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const query = first.replace(/\s+/g, ' ').trim();
  return { query: query.slice(0, MAX_QUERY_LENGTH).trim(), truncated: query.length > MAX_QUERY_LENGTH };
}

/**
 * Searches every paragraph (or one authority's) for all the query's words,
 * each matched whole, by prefix (4+ letters) or with a small typo (6+).
 * Paragraphs holding the whole phrase come first, then by relevance.
 */
export function search(index: SearchIndex, raw: string | string[] | undefined, authority?: string): SearchOutcome {
  const { query, truncated } = cleanQuery(raw);
  if (query === '') return { kind: 'empty' };
  const terms = queryTerms(query);
  if (terms.length === 0) return { kind: 'no-words', query, truncated };
  const phrase = foldedWords(query).join(' ');
  const hits = index.engine.search(terms.join(' '), {
    combineWith: 'AND',
    prefix: (term) => term.length >= 4,
    fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
    boost: { heading: 2, place: 1.5 },
    filter: authority ? (hit) => hit.authoritySlug === authority : undefined,
  });
  const results = hits.flatMap((hit) => {
    const document = index.documents.get(String(hit.id));
    if (!document) return [];
    const hasPhrase = terms.length > 1 && foldedWords(document.text).join(' ').includes(phrase);
    return [{ document, score: hit.score, phrase: hasPhrase, snippet: snippet(document.text, new Set(hit.terms)) }];
  });
  results.sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.score - a.score);
  return { kind: 'results', query, truncated, results };
}

/**
 * A window of the paragraph around its first matched word, as plain text
 * segments (the page escapes them); matched words are flagged for <mark>.
 */
export function snippet(text: string, matched: ReadonlySet<string>): Segment[] {
  const all = words(text);
  const first = Math.max(0, all.findIndex((w) => matched.has(w.folded)));
  const from = all[Math.max(0, first - SNIPPET_WORDS_BEFORE)]?.start ?? 0;
  const lastWord = all[Math.min(all.length - 1, first + SNIPPET_WORDS_AFTER)];
  const to = lastWord && first + SNIPPET_WORDS_AFTER < all.length - 1 ? lastWord.end : text.length;
  const segments: Segment[] = from > 0 ? [{ text: '\u2026 ', match: false }] : [];
  let at = from;
  for (const word of all.filter((w) => w.start >= from && w.end <= to && matched.has(w.folded))) {
    if (word.start > at) segments.push({ text: text.slice(at, word.start), match: false });
    segments.push({ text: text.slice(word.start, word.end), match: true });
    at = word.end;
  }
  if (to > at) segments.push({ text: text.slice(at, to), match: false });
  if (to < text.length) segments.push({ text: ' \u2026', match: false });
  return segments;
}
