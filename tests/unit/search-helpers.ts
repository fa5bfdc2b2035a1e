import Database from 'better-sqlite3';
import { openSearchIndex, search, writeSearchIndex, type IndexedReport, type SearchDocument, type SearchIndex } from '@/lib/search';
import type { ShownResult } from '@/lib/search/paging';

/** An index of `documents` in memory, written and opened as the build and the server do. */
export function indexOf(documents: readonly SearchDocument[], reports: readonly IndexedReport[] = []): SearchIndex {
  const db = new Database(':memory:');
  writeSearchIndex(db, documents, reports);
  return openSearchIndex(db);
}

/** Every result of a search with its snippet, in order, read page by page as a reader would. */
export function allResults(index: SearchIndex, query: string, authority?: string): ShownResult[] {
  const found: ShownResult[] = [];
  for (let page = 1; ; page++) {
    const outcome = search(index, query, { authority, page });
    if (outcome.kind !== 'results') return found;
    found.push(...outcome.page.results);
    if (page >= outcome.page.pages) return found;
  }
}
