import type { BuildRow } from './build-bench';
import type { BuildFigures } from './next-build';
import { LOAD_PLAN, type LoadFigures } from './load-bench';
import type { PageWeight, Weight } from './page-weight';
import type { ParseFigures } from './parse-bench';
import type { PathsFigures } from './paths-bench';
import { buildSection, homeSection, type HomeEntry } from './report-build';
import { fixed, howMeasured, kb, table } from './report-format';
import { searchScaleSection, startupSection } from './report-scale';
import { targetsSection } from './report-targets';
import type { ScaleFigures } from './search-scale';
import type { ServeFigures } from './serve-bench';
import type { StartupFigures } from './startup-bench';

/** Where and when the figures were taken: they mean little without the machine. */
export type Machine = { date: string; node: string; cpu: string; cores: number; platform: string; loadBefore: number; loadAfter: number };

/**
 * Everything one run measured. `siteBuild` is the untimed build of the
 * repository's site into .next-bench, which keeps its caches between runs;
 * `scale` and `startup` were measured on the last (largest) of `builds`;
 * `homes` names every build's home page.
 */
export type BenchResults = {
  machine: Machine; parse: ParseFigures; builds: BuildRow[]; siteBuild: BuildFigures; scale: ScaleFigures; startup: StartupFigures;
  serve: ServeFigures; paths: PathsFigures; homes: HomeEntry[]; totalSeconds: number;
};

/** Whether other work competed with the run: the load before it, which the run itself did not cause, above the cores. */
export const busy = (m: Machine) => m.loadBefore > m.cores;

function machineSection(m: Machine): string {
  // The run itself loads the machine, so only the load before it says whether other work competed.
  const note = busy(m)
    ? `\n\n**The machine was busy** (load above its ${m.cores} cores when the run began): other work competed with these measurements, so treat them as pessimistic and compare runs only on a quiet machine.`
    : '';
  return `Measured ${m.date} by \`npm run bench\` (scripts/bench.ts) on:\n\n${[
    `CPU: ${m.cpu}, ${m.cores} cores`, `Node.js ${m.node}`, `OS: ${m.platform}`,
    `1-minute load average: ${fixed(m.loadBefore, 2)} at the start, ${fixed(m.loadAfter, 2)} at the end`,
  ].map((line) => `- ${line}`).join('\n')}${note}`;
}

function parseSection(p: ParseFigures): string {
  return `## Parsing\n\n${table(['file', 'bytes', 'median (ms)', 'p95 (ms)', 'min (ms)', 'MB/s at the median'],
    [[`\`${p.file}\``, String(p.bytes), fixed(p.medianMs, 2), fixed(p.p95Ms, 2), fixed(p.minMs, 2), fixed(p.megabytesPerSecond, 1)]])}\n\n${howMeasured([
    `\`parseAssessment(text, file)\` on the text already in memory: ${p.warmups} warm-up runs, then ${p.runs} runs each timed with \`process.hrtime.bigint()\`.`,
    'p95 by nearest rank; MB/s is the file\'s bytes (1 MB = 10^6 bytes) over the median time.',
  ])}`;
}

function serveSection(s: ServeFigures): string {
  const row = (name: string, f: LoadFigures) => [name, fixed(f.requestsPerSecond, 0), fixed(f.p50Ms, 0), fixed(f.p99Ms, 0), String(f.requests)];
  const ratio = s.next.requestsPerSecond / s.static.requestsPerSecond;
  return `## Serving one statement page\n\n\`${s.path}\`, the largest statement page (${kb(s.htmlBytes)} kB of HTML).\n\n`
    + `${table(['server', 'requests/s', 'p50 (ms)', 'p99 (ms)', 'requests'], [row('next start', s.next), row('bare node:http', s.static)])}\n\n`
    + `Ratio next / static: **${fixed(ratio, 2)}** of the bare server's requests per second.\n\n${howMeasured([
      `autocannon on loopback, ${LOAD_PLAN.connections} connections: a ${LOAD_PLAN.warmupSeconds} s warm-up that is discarded, then ${LOAD_PLAN.seconds} s measured. Requests/s is completed requests over the measured time; latencies are autocannon's percentiles, in whole milliseconds.`,
      `next start serves the repository's site built into .next-bench (\`NEXT_DIST_DIR=.next-bench\`). The bare server is a node:http process answering with the bytes of \`.next-bench/server/app${s.path}.html\` as text/html; next start sent ${s.sameBytes ? 'exactly the same bytes' : 'different bytes from that file'}.`,
      'Both servers and the load generator share the machine\'s cores; neither server compresses its responses.',
    ])}`;
}

const mean = (runs: LoadFigures[]) => runs.reduce((sum, f) => sum + f.requestsPerSecond, 0) / Math.max(1, runs.length);

/** /search and a case redirect against a prerendered page, and what the case-redirect proxy costs that page. */
export function pathsSection(p: PathsFigures): string {
  const row = (name: string, f: LoadFigures) => [name, `\`${new URL(f.url).pathname}${new URL(f.url).search}\``, fixed(f.requestsPerSecond, 0), fixed(f.p50Ms, 0), fixed(f.p99Ms, 0), String(f.requests)];
  const withProxy = mean(p.withProxy);
  const without = mean(p.withoutProxy);
  const rows = [
    ...p.withProxy.map((f, i) => row(`prerendered page, with the proxy (run ${i + 1})`, f)),
    ...p.withoutProxy.map((f, i) => row(`prerendered page, built without proxy.ts (run ${i + 1})`, f)),
    row('search, rendered per request', p.search.load),
    row(`case redirect (308 to \`${p.redirect.to}\`)`, p.redirect.load),
  ];
  return `## Serving search and case redirects\n\n${table(['what', 'path', 'requests/s', 'p50 (ms)', 'p99 (ms)', 'requests'], rows)}\n\n`
    + `Search against the prerendered page on the same server: **${fixed(p.search.load.requestsPerSecond / withProxy, 2)}** of its requests per second (the aim is at least 0.5).\n\n`
    + `The case-redirect proxy: the prerendered page served ${fixed(withProxy, 0)} requests/s with it and ${fixed(without, 0)} without it (mean of two runs each), `
    + `a difference of ${fixed((100 * (without - withProxy)) / without, 1)}%.\n\n${howMeasured([
      `As above: autocannon on loopback, ${LOAD_PLAN.connections} connections, a ${LOAD_PLAN.warmupSeconds} s warm-up discarded, then ${LOAD_PLAN.seconds} s measured, on the repository's site built into .next-bench.`,
      `The search is \`${p.search.path}\`: a common word, with results of every kind over several pages. This server ran with SEARCH_CACHE_MB=0, so the route handler searched the index and rendered the page on every request (the figure is the engine's at one report; with the default cache a repeated query is answered from memory, measured at scale below).`,
      `The redirect is the page's address with each word capitalised; every response was a 308 (autocannon does not follow redirects).`,
      `"Without proxy.ts" is a copy of the project with proxy.ts deleted, built (${fixed(p.withoutProxyBuild.seconds, 0)} s) and served by a second next start at the same time as the first; the two were loaded alternately, twice each, so both met the same background load. The proxy's matcher lets Next skip it for paths without a capital letter, so the difference is its matcher test and noise.`,
    ])}`;
}

function weightSection(weights: PageWeight[]): string {
  const cell = (w: Weight) => `${kb(w.raw)} / ${kb(w.gzip)}`;
  const rows = weights.map((w) => [w.label, `\`${w.path}\``, cell(w.html), `${cell(w.css)} (${w.css.files})`, `${cell(w.js)} (${w.js.files})`,
    kb(w.html.gzip + w.css.gzip + w.js.gzip)]);
  const legacy = weights.find((w) => w.legacyJs.files > 0)?.legacyJs;
  return `## Page weight\n\n${table(['page', 'path', 'HTML kB raw / gzip', 'CSS kB raw / gzip (files)', 'JS kB raw / gzip (files)', 'total gzip kB'], rows)}\n\n${howMeasured([
    'Each page fetched from next start (the 404 from an unknown address), then every `<script src>` and `<link rel="stylesheet">` it names, each file once.',
    'Raw is the file\'s bytes; gzip is each file compressed on its own with zlib\'s default level; 1 kB = 1000 bytes. Inline scripts (the React Server Components payload) count as HTML.',
    `Not counted: \`<script nomodule>\` polyfills${legacy ? ` (${cell(legacy)} kB, ${legacy.files} file)` : ''}, which browsers with ES module support never download.`,
  ])}`;
}

/** The whole report as Markdown. */
export function toMarkdown(r: BenchResults): string {
  return [
    '# Benchmarks',
    machineSection(r.machine),
    targetsSection(r.builds, r.scale, r.startup, busy(r.machine)),
    parseSection(r.parse),
    buildSection(r.builds, r.siteBuild),
    homeSection(r.homes),
    searchScaleSection(r.scale),
    startupSection(r.startup, r.scale.reports),
    serveSection(r.serve),
    pathsSection(r.paths),
    weightSection(r.serve.weights),
    `The whole run took ${fixed(r.totalSeconds, 0)} s.`,
  ].join('\n\n') + '\n';
}
