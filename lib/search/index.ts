/**
 * Site search: the documents a reader can find (documents.ts), written by
 * the build into an SQLite FTS5 index (store.ts) and searched by the server
 * read-only (engine.ts), with our rules on top: words match whatever their
 * case or accents, a page named by the query comes first, then whatever
 * holds the query as typed (query.ts, README "Search and glossary").
 */

export { paragraphDocuments, searchDocuments, RESULT_KINDS, type ResultKind, type SearchDocument, type SearchSources } from './documents';
export { KIND_WEIGHTS, MAX_QUERY_LENGTH, cleanQuery, indexTerm, queryTerms, type Match, type SearchOutcome, type SearchResult } from './query';
export { openSearchIndex, openSearchIndexFile, search, type SearchIndex, type SearchOptions } from './engine';
export { writeSearchIndex, type IndexedReport } from './store';
