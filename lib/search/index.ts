import MiniSearch from 'minisearch';
import { type ResultKind, type SearchDocument } from './documents';
import { fold, foldedWords } from './fold';

/**
 * Full-text search with MiniSearch (BM25 ranking, prefix and typo-tolerant
 * matching) over the documents of lib/search/documents.ts, and our own rules
 * on top (lib/search/query.ts): words match whatever their case or accents, a
 * page named by the query comes first, then whatever holds the whole phrase.
 */

export { paragraphDocuments, searchDocuments, RESULT_KINDS, type ResultKind, type SearchDocument, type SearchSources } from './documents';

/** Small words that say nothing about what a reader is looking for. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'their', 'they', 'this', 'to', 'was', 'were', 'with']);

/** A word as the index keeps it: folded, or null for a small word or one with no letters left once folded. */
export function indexTerm(term: string): string | null {
  const folded = fold(term);
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}

/**
 * How much a match on each kind of result counts: a page that answers the
 * question (the overview with its rating, a statement with its score) before
 * a paragraph that merely mentions the words.
 */
export const KIND_WEIGHTS: { readonly [Kind in ResultKind]: number } = {
  overview: 3, statement: 2.5, glossary: 2, theme: 1.5, council: 1.5, paragraph: 1,
};

/** A document with its names, title and text as folded words between spaces (" direct payments "), for whole-word phrase tests. */
export type IndexedDocument = { document: SearchDocument; names: string[]; title: string; text: string };

export type SearchIndex = { engine: MiniSearch<SearchDocument>; documents: Map<string, IndexedDocument> };

/** Words between single spaces, with a space at each end, so " word " finds whole words only. */
export function spaced(words: readonly string[]): string {
  return ` ${words.join(' ')} `;
}

/** The index over `documents`, built once per process (lib/content.ts). */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const engine = new MiniSearch<SearchDocument>({
    fields: ['title', 'keywords', 'text'],
    storeFields: ['authoritySlug'],
    processTerm: indexTerm,
  });
  engine.addAll(documents);
  const indexed = documents.map((document): [string, IndexedDocument] => [document.id,
    { document, names: document.names.map((name) => spaced(foldedWords(name))), title: spaced(foldedWords(document.title)), text: spaced(foldedWords(document.text)) }]);
  return { engine, documents: new Map(indexed) };
}

/** The query's words as the index sees them (folded, without stop words). */
export function queryTerms(query: string): string[] {
  return foldedWords(query).map(indexTerm).filter((t): t is string => t !== null);
}
