import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchBuilds } from './bench/build-bench';
import { benchParse } from './bench/parse-bench';
import { BENCH_DIST_DIR, buildRepoSite } from './bench/repo-build';
import { toMarkdown, type Machine } from './bench/report';
import { benchPaths, buildWithoutProxy } from './bench/paths-bench';
import { removeProjectCopy } from './bench/project-copy';
import { benchServing } from './bench/serve-bench';

/**
 * `npm run bench`: measures parsing, building and serving on this machine,
 * prints the report and writes it to BENCHMARKS.md. Run it on a quiet machine:
 * other work on the cores shows up in every figure.
 */

const REPO = process.cwd();
const HARROW = 'content/london-borough-of-harrow.txt';

function machine(loadBefore: number): Machine {
  return {
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    node: process.version,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadBefore,
    loadAfter: os.loadavg()[0] ?? 0,
  };
}

function say(text: string): void {
  process.stdout.write(`bench: ${text}\n`);
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const loadBefore = os.loadavg()[0] ?? 0;
  say(`parsing ${HARROW} ...`);
  const parse = benchParse(REPO, HARROW);
  say(`median ${parse.medianMs.toFixed(2)} ms, ${parse.megabytesPerSecond.toFixed(1)} MB/s`);
  // The site to serve is built first: besides being needed later, it warms the
  // OS file cache, so the timed builds do not pay for reading node_modules from disk.
  say(`building the repository's site into ${BENCH_DIST_DIR} (not one of the timed builds) ...`);
  const site = buildRepoSite(REPO);
  say(`built in ${site.seconds.toFixed(1)} s (Next's phases: ${JSON.stringify(site.phases)})`);
  const builds = benchBuilds(REPO, HARROW);
  for (const b of builds) say(`${b.assessments} assessment(s): ${b.seconds.toFixed(1)} s, ${b.pages ?? '?'} pages`);
  const serve = await benchServing(REPO, BENCH_DIST_DIR, HARROW);
  const withoutProxy = buildWithoutProxy(REPO);
  let paths;
  try {
    paths = await benchPaths(REPO, BENCH_DIST_DIR, serve.path, withoutProxy);
  } finally {
    removeProjectCopy(withoutProxy.copy);
  }
  const totalSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const markdown = toMarkdown({ machine: machine(loadBefore), parse, builds, siteBuild: site, serve, paths, totalSeconds });
  writeFileSync(path.join(REPO, 'BENCHMARKS.md'), markdown);
  process.stdout.write(`\n${markdown}`);
  say('written to BENCHMARKS.md');
}

// Exiting through process.exit runs the servers' exit hooks, so an interrupted run leaves no server behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
