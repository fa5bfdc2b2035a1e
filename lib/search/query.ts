import type { ResultKind, SearchDocument } from './documents';
import { fold, foldedWords } from './fold';
import type { ResultsPage } from './paging';

/**
 * What a reader typed, read as a search: the query tidied and cut to
 * MAX_QUERY_LENGTH, its words folded, small words left out; and what a
 * search answers. The searching is lib/search/engine.ts.
 */

/** Longest query we read; longer ones are cut here and the page says so. */
export const MAX_QUERY_LENGTH = 200;

/** Small words that say nothing about what a reader is looking for. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'their', 'they', 'this', 'to', 'was', 'were', 'with']);

/** A word as search matches it: folded, or null for a small word or one with no letters left once folded. */
export function indexTerm(term: string): string | null {
  const folded = fold(term);
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}

/** The query's words as search matches them (folded, without small words). */
export function queryTerms(query: string): string[] {
  return foldedWords(query).map(indexTerm).filter((t): t is string => t !== null);
}

/**
 * How much a match on each kind of result counts: a page that answers the
 * question (the overview with its rating, a statement with its score) before
 * a paragraph that merely mentions the words, and CQC's text before the
 * site's glossary, which leads only where the query is its term or
 * abbreviation (an exact match).
 */
export const KIND_WEIGHTS: { readonly [Kind in ResultKind]: number } = {
  overview: 3, statement: 2.5, theme: 1.5, council: 1.5, paragraph: 1, glossary: 0.5,
};

/**
 * How a result matched, best first: a page the query names ("Safeguarding",
 * "SACE", "Blackpool Council", "stoke on trent"), a page of the site (not a
 * glossary entry) whose name holds the query ("care provision"),
 * a result holding the whole query as typed (the phrase, or the word itself
 * rather than a longer word it starts or a near spelling), or only each of
 * its words.
 */
export type Match = 'exact' | 'name' | 'phrase' | 'words';

export type SearchResult = {
  document: SearchDocument;
  match: Match;
  /** Whether it holds a phrase of two or more words as typed, which the page says. */
  wholePhrase: boolean;
  /** Relevance within its match level: BM25 times the kind's weight; higher is better. */
  score: number;
  /** The words of its title and text the query matched (a prefix or a near spelling matches a longer or another word). */
  terms: readonly string[];
};

export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'no-words'; query: string; truncated: boolean }
  | {
    kind: 'results'; query: string; truncated: boolean; page: ResultsPage;
    /** The query's folded words, small ones too: the phrase a snippet marks. */
    phrase: string[];
    /** The query as read when a word matched only by a near spelling ("safeguarding" for "safegaurding"), else null. */
    corrected: string | null;
  };

/** Tidies what a reader typed: the first value, spaces collapsed, at most MAX_QUERY_LENGTH characters. */
export function cleanQuery(raw: string | string[] | undefined | null): { query: string; truncated: boolean } {
  const first = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const query = first.replace(/\s+/g, ' ').trim();
  return { query: query.slice(0, MAX_QUERY_LENGTH).trim(), truncated: query.length > MAX_QUERY_LENGTH };
}
