import path from 'node:path';
import { openSearchIndexFile, type SearchIndex } from '@/lib/search';
import { searchIndexPath } from '@/lib/search/location';

/**
 * The server's one read-only handle on the search index the build wrote
 * (scripts/build-search-index.ts): at the path next.config.ts inlined as
 * SEARCH_INDEX, else in the dist dir's usual place.
 */

let opened: SearchIndex | undefined;

/** The index this server searches, opened once, read-only, on the first search. */
export function getSearchIndex(): SearchIndex {
  opened ??= openSearchIndexFile(path.resolve(process.cwd(), process.env.SEARCH_INDEX || searchIndexPath(process.env.NEXT_DIST_DIR || '.next')));
  return opened;
}
