import path from 'node:path';

/**
 * Where the build writes the search index: one file in its dist dir, so each
 * build (.next, .next-test, .next-bench) has its own. next.config.ts inlines
 * the path as SEARCH_INDEX for the server (lib/search-index.ts).
 */
export const SEARCH_INDEX_FILE = 'search-index.sqlite';

/** The index's path in a dist dir. */
export function searchIndexPath(distDir: string): string {
  return path.join(distDir, SEARCH_INDEX_FILE);
}
