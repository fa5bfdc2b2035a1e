import { measureLoad, type LoadFigures } from './load-bench';
import { startNext, type SearchCache } from './servers';

/**
 * /search at England's scale (issue 17): on the largest build, each kind of
 * query against a prerendered statement page on the same server, run
 * alternately so both meet the same background load; once on a server with
 * the search page cache (what a repeated query gets) and once without it
 * (the engine itself, every request searched and rendered).
 */

/** A run of words from a paragraph of Harrow's report that names no place, so every fictional council's copy holds it too. */
export const SCALE_PHRASE = 'unpaid carers struggled to find information';

/** A query to measure, and the least share of the page's requests/s it should reach (issue 17), if any. */
export type ScaleQuery = { label: string; query: string; target: number | null };

export const SCALE_QUERIES: readonly ScaleQuery[] = [
  { label: 'broad', query: 'care', target: 0.5 },
  { label: 'narrow', query: 'direct payments', target: 0.8 },
  { label: 'misspelt', query: 'safegaurding', target: 0.8 },
  { label: 'phrase', query: SCALE_PHRASE, target: null },
];

/** Issue 17's bound on a search's 99th percentile at 10 connections. */
export const SEARCH_P99_TARGET_MS = 250;

export type SearchRun = { query: ScaleQuery; path: string; found: string; page: LoadFigures; search: LoadFigures };
export type ScaleServer = { cache: SearchCache; runs: SearchRun[] };
export type ScaleFigures = { reports: number; page: string; servers: ScaleServer[] };

/** `/search?q=...` for a query. */
export function searchPath(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}

/** What the results page says it found ("Results 1 to 10 of 4590", "3 results", "No results"), or null if it says none of these. */
export function foundSummary(html: string): string | null {
  return /Results \d+ to \d+ of \d+|\d+ results?\b|No results/.exec(html)?.[0] ?? null;
}

/** Each query must find something: a benchmark of an empty answer would flatter the engine. */
async function foundBy(origin: string, path: string): Promise<string> {
  const response = await fetch(`${origin}${path}`);
  const found = foundSummary(await response.text());
  if (response.status !== 200 || found === null || found === 'No results') throw new Error(`${path}: expected results, got status ${response.status}, "${found ?? 'no summary'}"`);
  return found;
}

/** Serves the build in `copy` twice (search cache default, then off) and loads the page and each query alternately. */
export async function benchSearchAtScale(copy: string, page: string, reports: number): Promise<ScaleFigures> {
  const servers: ScaleServer[] = [];
  for (const cache of ['default', 'off'] as const) {
    const server = await startNext(copy, null, cache);
    try {
      const runs: SearchRun[] = [];
      for (const query of SCALE_QUERIES) {
        const path = searchPath(query.query);
        const found = await foundBy(server.origin, path);
        process.stdout.write(`bench: ${reports} reports, search cache ${cache}: ${page}, then ${path} (${found}) ...\n`);
        const pageLoad = await measureLoad(`${server.origin}${page}`);
        runs.push({ query, path, found, page: pageLoad, search: await measureLoad(`${server.origin}${path}`) });
      }
      servers.push({ cache, runs });
    } finally {
      await server.stop();
    }
  }
  return { reports, page, servers };
}
