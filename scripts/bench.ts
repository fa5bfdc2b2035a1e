import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAssessment } from '@/lib/assessment';
import { benchBuilds, type BuildRow } from './bench/build-bench';
import type { BuildFigures } from './bench/next-build';
import { benchOptions } from './bench/options';
import { benchParse } from './bench/parse-bench';
import { BENCH_DIST_DIR, buildRepoSite } from './bench/repo-build';
import { toMarkdown, type Machine } from './bench/report';
import type { HomeEntry } from './bench/report-build';
import { benchPaths, buildWithoutProxy } from './bench/paths-bench';
import { removeProjectCopy } from './bench/project-copy';
import { benchSearchAtScale, type ScaleFigures } from './bench/search-scale';
import { benchServing, largestStatementPage } from './bench/serve-bench';
import { benchStartup, type StartupFigures } from './bench/startup-bench';

/**
 * `npm run bench`: measures parsing, building and serving on this machine,
 * prints the report and writes it to BENCHMARKS.md. Run it on a quiet machine:
 * other work on the cores shows up in every figure. `-- --reports 1,3` (or
 * BENCH_REPORTS=1,3) builds fewer reports than the default 1, 20 and 153, for
 * a quicker run while developing (scripts/bench/options.ts).
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

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The builds of the run and where each came from, for the home page table. */
function homeEntries(site: BuildFigures, builds: BuildRow[], withoutProxy: BuildFigures): HomeEntry[] {
  return [
    { build: `the repository's site (${BENCH_DIST_DIR})`, home: site.home },
    ...builds.map((b) => ({
      build: `${counted(b.assessments, 'report')}, ${counted(b.registerCouncils, 'council')} in the register and ${counted(b.laterResults, 'later result')}`, home: b.home,
    })),
    { build: 'the repository\'s site without proxy.ts', home: withoutProxy.home },
  ];
}

/** Builds at each count of reports, then serves the largest at scale; its project copy is removed afterwards. */
async function benchAtScale(reports: number[]): Promise<{ builds: BuildRow[]; scale: ScaleFigures; startup: StartupFigures }> {
  const harrowText = readFileSync(path.join(REPO, HARROW), 'utf8');
  const { rows, kept } = await benchBuilds(REPO, HARROW, reports);
  try {
    const page = largestStatementPage(kept.copy, '.next', parseAssessment(harrowText, HARROW));
    const scale = await benchSearchAtScale(kept.copy, page, kept.row.assessments);
    const startup = await benchStartup(kept.copy, harrowText, kept.slugs);
    return { builds: rows, scale, startup };
  } finally {
    removeProjectCopy(kept.copy);
  }
}

async function main(): Promise<void> {
  const { reports } = benchOptions(process.argv.slice(2), process.env.BENCH_REPORTS);
  const started = process.hrtime.bigint();
  const loadBefore = os.loadavg()[0] ?? 0;
  say(`builds of ${reports.join(', ')} report(s); parsing ${HARROW} ...`);
  const parse = benchParse(REPO, HARROW);
  say(`median ${parse.medianMs.toFixed(2)} ms, ${parse.megabytesPerSecond.toFixed(1)} MB/s`);
  // The site to serve is built first: besides being needed later, it warms the
  // OS file cache, so the timed builds do not pay for reading node_modules from disk.
  say(`building the repository's site into ${BENCH_DIST_DIR} (not one of the timed builds) ...`);
  const site = await buildRepoSite(REPO);
  say(`built in ${site.seconds.toFixed(1)} s (Next's phases: ${JSON.stringify(site.phases)})`);
  const { builds, scale, startup } = await benchAtScale(reports);
  const serve = await benchServing(REPO, BENCH_DIST_DIR, HARROW);
  const withoutProxy = await buildWithoutProxy(REPO);
  let paths;
  try {
    paths = await benchPaths(REPO, BENCH_DIST_DIR, serve.path, withoutProxy);
  } finally {
    removeProjectCopy(withoutProxy.copy);
  }
  const totalSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const homes = homeEntries(site, builds, withoutProxy.build);
  const markdown = toMarkdown({ machine: machine(loadBefore), parse, builds, siteBuild: site, scale, startup, serve, paths, homes, totalSeconds });
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
