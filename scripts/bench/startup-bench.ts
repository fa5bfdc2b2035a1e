import { mixedSearches } from './mixed-searches';
import { searchPath } from './search-scale';
import { startNext } from './servers';
import { median, percentile } from './stats';
import { treeRssBytes } from './tree-memory';

/**
 * A fresh server at scale (issue 17): how long from spawning `next start` to
 * the first search's answer, and its memory before and after a thousand
 * different searches.
 */

export const FIRST_QUERY = 'care';
export const MIXED_SEARCHES = 1000;
/** As many requests in flight as the load tests' connections. */
export const MIXED_CONCURRENCY = 10;
/** Issue 17's bounds: the first answer after start, and the server's memory after the searches. */
export const FIRST_ANSWER_TARGET_MS = 1000;
export const SERVER_MEMORY_TARGET_BYTES = 500e6;

export type StartupFigures = {
  /** From spawn to the port accepting a connection, to the first search's answer, and that request's own time. */
  spawnToListenMs: number;
  spawnToAnswerMs: number;
  firstRequestMs: number;
  /** Resident set of the server's process tree, in bytes. */
  rss: { listening: number; afterFirst: number; afterMixed: number };
  mixed: { count: number; concurrency: number; seconds: number; p50Ms: number; p99Ms: number };
};

const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** GETs `url` and reads the whole body, throwing unless the status is 200; returns the milliseconds it took. */
async function timedGet(url: string): Promise<number> {
  const start = process.hrtime.bigint();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: expected status 200, found ${response.status}`);
  return since(start);
}

/** Requests every path, `concurrency` at a time; each request's milliseconds. */
async function requestAll(origin: string, paths: readonly string[], concurrency: number): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < paths.length) times.push(await timedGet(`${origin}${paths[next++] ?? ''}`));
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return times;
}

/**
 * Starts `next start` on the build in `copy` with the default search cache,
 * waits only for its port to accept a TCP connection (no page requested), then
 * times `/search?q=care`; then makes MIXED_SEARCHES different searches
 * (mixed-searches.ts, from `text` and the reports' `slugs`) and reads the
 * server's memory before and after. The server is stopped whatever happens.
 */
export async function benchStartup(copy: string, text: string, slugs: readonly string[]): Promise<StartupFigures> {
  const paths = mixedSearches(text, slugs, MIXED_SEARCHES);
  const server = await startNext(copy, null, 'default', 'listens');
  try {
    const spawnToListenMs = since(server.spawnedAt);
    const listening = treeRssBytes(server.pid);
    const firstRequestMs = await timedGet(`${server.origin}${searchPath(FIRST_QUERY)}`);
    const spawnToAnswerMs = since(server.spawnedAt);
    const afterFirst = treeRssBytes(server.pid);
    process.stdout.write(`bench: first search answered ${spawnToAnswerMs.toFixed(0)} ms after spawn; ${MIXED_SEARCHES} different searches ...\n`);
    const started = process.hrtime.bigint();
    const times = await requestAll(server.origin, paths, MIXED_CONCURRENCY);
    const seconds = since(started) / 1000;
    return {
      spawnToListenMs, spawnToAnswerMs, firstRequestMs,
      rss: { listening, afterFirst, afterMixed: treeRssBytes(server.pid) },
      mixed: { count: times.length, concurrency: MIXED_CONCURRENCY, seconds, p50Ms: median(times), p99Ms: percentile(times, 0.99) },
    };
  } finally {
    await server.stop();
  }
}
