import { LOAD_PLAN, type LoadFigures } from './load-bench';
import { fixed, howMeasured, mb, table, verdict } from './report-format';
import { SEARCH_P99_TARGET_MS, type ScaleFigures, type ScaleServer, type SearchRun } from './search-scale';
import type { SearchCache } from './servers';
import { FIRST_ANSWER_TARGET_MS, FIRST_QUERY, SERVER_MEMORY_TARGET_BYTES, type StartupFigures } from './startup-bench';

/** The report's sections for serving at scale: /search beside a statement page, and a fresh server's start-up and memory. */

export const SERVER_NAMES: { readonly [Cache in SearchCache]: string } = {
  default: 'with the search cache (default, a repeated query)',
  off: 'engine only (SEARCH_CACHE_MB=0)',
};

/** A search's requests/s over the page run just before it. */
export const ratioOf = (run: SearchRun) => run.search.requestsPerSecond / run.page.requestsPerSecond;

/** What each search reached against its target, and the p99 bound, on one server. */
export function searchVerdicts(server: ScaleServer): string {
  const ratios = server.runs.filter((r) => r.query.target !== null)
    .map((r) => `${r.query.label} ${fixed(ratioOf(r), 2)} of the page (${fixed(r.query.target ?? 0, 1)}x target: ${verdict(ratioOf(r) >= (r.query.target ?? 0))})`);
  const worst = Math.max(...server.runs.map((r) => r.search.p99Ms));
  return `${ratios.join('; ')}; p99 of every search under ${SEARCH_P99_TARGET_MS} ms: ${verdict(worst < SEARCH_P99_TARGET_MS)} (highest ${fixed(worst, 0)} ms)`;
}

const load = (f: LoadFigures) => [fixed(f.requestsPerSecond, 0), fixed(f.p50Ms, 0), fixed(f.p99Ms, 0), String(f.requests)];

export function searchScaleSection(s: ScaleFigures): string {
  const rows = s.servers.flatMap((server) => server.runs.flatMap((run) => [
    [SERVER_NAMES[server.cache], 'statement page', `\`${s.page}\``, '', ...load(run.page), ''],
    [SERVER_NAMES[server.cache], `search, ${run.query.label}`, `\`${run.path}\``, run.found, ...load(run.search), `**${fixed(ratioOf(run), 2)}**`],
  ]));
  const head = ['server', 'what', 'path', 'found', 'requests/s', 'p50 (ms)', 'p99 (ms)', 'requests', 'search / page'];
  const verdicts = s.servers.map((server) => `- ${SERVER_NAMES[server.cache]}: ${searchVerdicts(server)}.`).join('\n');
  return `## Search at ${s.reports} reports\n\n${table(head, rows)}\n\n${verdicts}\n\n${howMeasured([
    `The build of ${s.reports} reports and the whole register from the build benchmark above, served from its project copy by \`next start\` twice, one server after the other: first with the search page cache at its default size (SEARCH_CACHE_MB unset), then with SEARCH_CACHE_MB=0. autocannon repeats one address, so on the first server every request after the first is answered from the cache: its figures are what a repeated query gets (many readers searching for a council in the news). On the second every request searches the index and renders the page: the engine itself.`,
    `On each server, for each query, the prerendered statement page (\`${s.page}\`, Harrow's largest) was loaded and then the search, so each pair met the same background load; "search / page" is the search's requests/s over the page run just before it.`,
    `autocannon on loopback, ${LOAD_PLAN.connections} connections: a ${LOAD_PLAN.warmupSeconds} s warm-up that is discarded, then ${LOAD_PLAN.seconds} s measured; latencies are autocannon's percentiles in whole milliseconds. Every response was a 200.`,
    'The queries: a broad word in nearly every paragraph of every report ("care"); a narrow phrase ("direct payments"); a misspelling found through near spellings ("safegaurding"); and a run of words from a paragraph of Harrow\'s report that names no place, so every made-up council\'s copy holds it too. "Found" is what the results page said before the load.',
  ])}`;
}

const ms = (n: number) => fixed(n, 0);

export function startupSection(s: StartupFigures, reports: number): string {
  const rows = [
    ['spawn to the port accepting a connection', `${ms(s.spawnToListenMs)} ms`],
    [`spawn to the first search's answer (\`/search?q=${FIRST_QUERY}\`)`, `**${ms(s.spawnToAnswerMs)} ms** (1 s target: ${verdict(s.spawnToAnswerMs < FIRST_ANSWER_TARGET_MS)})`],
    ['the first search request alone', `${ms(s.firstRequestMs)} ms`],
    ['server memory when the port accepted', `${mb(s.rss.listening)} MB`],
    ['server memory after the first search', `${mb(s.rss.afterFirst)} MB`],
    [`server memory after ${s.mixed.count} different searches`, `**${mb(s.rss.afterMixed)} MB** (500 MB target: ${verdict(s.rss.afterMixed < SERVER_MEMORY_TARGET_BYTES)})`],
    [`the ${s.mixed.count} searches, ${s.mixed.concurrency} at a time`, `${fixed(s.mixed.seconds, 1)} s; p50 ${ms(s.mixed.p50Ms)} ms, p99 ${ms(s.mixed.p99Ms)} ms a request`],
  ];
  return `## Start-up and memory at ${reports} reports\n\n${table(['what', 'measured'], rows)}\n\n${howMeasured([
    `A fresh \`next start\` (run directly, not through npm) on the same build, with the default search cache. Its port was tried with a TCP connection every 5 ms, nothing requested, until one was accepted; then \`GET /search?q=${FIRST_QUERY}\` was timed from the request to the last byte of its answer. Spawn-to-answer runs from just before the spawn to that last byte, so it holds the server's start-up, opening the search index and the first search.`,
    'Server memory is the resident set (RSS, from `/proc/<pid>/stat`) of the server\'s process and any process below it: `next start` runs as one process (titled `next-server`). 1 MB = 10^6 bytes.',
    `Then the same server answered ${s.mixed.count} different searches, ${s.mixed.concurrency} in flight at a time (scripts/bench/mixed-searches.ts): each a different word of five letters or more from Harrow's report, taken in turn as typed, misspelt (two letters near its middle swapped), with \`&page=\` 2 to 5, and narrowed to one of the ${reports} reports with \`&authority=\`. No two are the same request, so each was searched and rendered, and the cache filled as over many readers' searches. Every answer was a 200; the times are each request's, from sending it to its last byte.`,
  ])}`;
}
