import { foldedWords } from './fold';
import { KIND_WEIGHTS, queryTerms, spaced, type IndexedDocument, type SearchDocument, type SearchIndex } from './index';

/** Longest query we read; longer ones are cut here and the page says so. */
export const MAX_QUERY_LENGTH = 200;

/**
 * How a result matched, best first: a page the query names ("Safeguarding",
 * "SACE", "Blackpool Council"), a page whose name holds the query ("harrow"),
 * a result holding the whole query as typed (the phrase, or the word itself
 * rather than a longer word it starts or a near spelling), or only each of
 * its words.
 */
export type Match = 'exact' | 'name' | 'phrase' | 'words';
const MATCH_ORDER: { readonly [M in Match]: number } = { exact: 0, name: 1, phrase: 2, words: 3 };

export type SearchResult = {
  document: SearchDocument;
  match: Match;
  /** Whether it holds a phrase of two or more words as typed, which the page says. */
  wholePhrase: boolean;
  score: number;
  /** The words of the index it matched (a prefix or a near spelling matches a longer or another word). */
  terms: readonly string[];
};
export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'no-words'; query: string; truncated: boolean }
  | { kind: 'results'; query: string; truncated: boolean; results: SearchResult[]; phrase: string[] };

/** Tidies what a reader typed: the first value, spaces collapsed, at most MAX_QUERY_LENGTH characters. */
export function cleanQuery(raw: string | string[] | undefined): { query: string; truncated: boolean } {
  const first = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const query = first.replace(/\s+/g, ' ').trim();
  return { query: query.slice(0, MAX_QUERY_LENGTH).trim(), truncated: query.length > MAX_QUERY_LENGTH };
}

/** How `indexed` holds the phrase (folded words between spaces, as `spaced` writes them). */
export function matchOf(indexed: IndexedDocument, phrase: string): Match {
  if (indexed.names.includes(phrase)) return 'exact';
  const inTitle = indexed.title.includes(phrase);
  if (inTitle && indexed.document.kind !== 'paragraph') return 'name';
  return inTitle || indexed.text.includes(phrase) ? 'phrase' : 'words';
}

/**
 * Searches everything (or one authority's pages and paragraphs) for all the
 * query's words, each matched whole, by prefix (4+ letters) or with a small
 * typo (6+). Pages named by the query come first, then results holding the
 * whole query as typed, then the rest; within each, by relevance, where a
 * page that answers a question (an overview, a statement) weighs more than a
 * paragraph that mentions the words (KIND_WEIGHTS).
 */
export function search(index: SearchIndex, raw: string | string[] | undefined, authority?: string): SearchOutcome {
  const { query, truncated } = cleanQuery(raw);
  if (query === '') return { kind: 'empty' };
  const terms = queryTerms(query);
  if (terms.length === 0) return { kind: 'no-words', query, truncated };
  const phraseWords = foldedWords(query);
  const phrase = spaced(phraseWords);
  const hits = index.engine.search(terms.join(' '), {
    combineWith: 'AND',
    prefix: (term) => term.length >= 4,
    fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
    boost: { title: 2 },
    // Stryker disable next-line OptionalChaining,StringLiteral: every id MiniSearch gives is in the map; the fallback is for the type checker
    boostDocument: (id) => KIND_WEIGHTS[index.documents.get(String(id))?.document.kind ?? 'paragraph'],
    filter: authority ? (hit) => hit.authoritySlug === authority : undefined,
  });
  const results = hits.flatMap((hit): SearchResult[] => {
    const indexed = index.documents.get(String(hit.id));
    // Stryker disable next-line ConditionalExpression,ArrayDeclaration: every hit's id is in the map; the check is for the type checker
    if (!indexed) return [];
    const match = matchOf(indexed, phrase);
    return [{
      document: indexed.document, match, wholePhrase: match !== 'words' && phraseWords.length > 1, score: hit.score, terms: hit.terms,
    }];
  });
  // MiniSearch gives its hits best first, and the sort is stable, so each match level keeps that order.
  results.sort((a, b) => MATCH_ORDER[a.match] - MATCH_ORDER[b.match]);
  return { kind: 'results', query, truncated, results, phrase: phraseWords };
}
