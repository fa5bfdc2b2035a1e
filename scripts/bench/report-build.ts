import { ENGLAND_COUNCILS } from '@/lib/register/schema';
import type { BuildRow } from './build-bench';
import type { HomePage } from './home-page';
import type { BuildFigures } from './next-build';
import { fixed, howMeasured, kb, mb, mbOrNone, table, verdict } from './report-format';

/** Issue 17's build targets: the largest build at most 8 times one report's, and no phase's peak memory 2 GB or more. */
export const BUILD_RATIO_TARGET = 8;
export const BUILD_MEMORY_TARGET_BYTES = 2e9;

const phase = (seconds: number | null) => (seconds === null ? 'n/a' : fixed(seconds, 1));
/** A phase's peaks as "RSS / PSS" in MB. */
const peaks = (rss: number | null, pss: number | null) => (rss === null ? 'n/a' : `${mb(rss)} / ${mbOrNone(pss)}`);

/** The builds of one report, the register cut to its own row first, then whole. */
function oneReportBuilds(builds: readonly BuildRow[]): BuildRow[] {
  return builds.filter((b) => b.assessments === 1).sort((a, b) => a.registerCouncils - b.registerCouncils);
}

const registerWords = (b: BuildRow, cut: boolean) => (cut ? 'with the register cut to its own row' : `with the whole register (${b.registerCouncils} councils)`);

/** The largest build's time as a multiple of each one-report build's, against the 8x target. */
export function scaleRatios(builds: readonly BuildRow[]): { against: BuildRow; words: string; ratio: number; met: boolean }[] {
  const largest = builds.at(-1);
  const ones = oneReportBuilds(builds);
  if (!largest || largest.assessments === 1) return [];
  return ones.map((one, i) => {
    const ratio = largest.seconds / one.seconds;
    return { against: one, words: registerWords(one, i === 0 && ones.length > 1), ratio, met: ratio <= BUILD_RATIO_TARGET };
  });
}

/** Whether a build's peak memory stayed under the target in both phases. */
export function memoryMet(b: BuildRow | BuildFigures): boolean {
  return Math.max(b.memory.buildBytes, b.memory.postBuildBytes ?? 0) < BUILD_MEMORY_TARGET_BYTES;
}

/** What the whole register adds to a build of one report: the two one-report builds, cut register and whole. */
function registerCost(builds: readonly BuildRow[]): string {
  const ones = oneReportBuilds(builds);
  const [cut, whole] = [ones[0], ones.at(-1)];
  if (!cut || !whole || cut === whole) return '';
  const others = whole.registerCouncils - cut.registerCouncils;
  const later = whole.laterResults - cut.laterResults;
  const added = whole.seconds - cut.seconds;
  // Noise can make the larger build the quicker one; the sentence then says so rather than "added -3 s".
  const effect = added >= 0 ? `added ${fixed(added, 1)} s to the build of one report` : `added no time to the build of one report that this run could see (it was ${fixed(-added, 1)} s quicker with them)`;
  return `\n\nThe ratings register's other ${others} councils and ${later} later results (CQC's ratings and scores on those councils' pages and share cards, and the national figures; each of England's ${ENGLAND_COUNCILS} councils has a page either way) ${effect}: ${fixed(cut.seconds, 1)} s with the register cut to the report's own row, ${fixed(whole.seconds, 1)} s with all of it.`;
}

function marginalCost(builds: readonly BuildRow[]): string {
  const full = Math.max(...builds.map((b) => b.registerCouncils));
  const sameRegister = builds.filter((b) => b.registerCouncils === full);
  const [one, many] = [sameRegister[0], sameRegister.at(-1)];
  return one && many && many.assessments !== one.assessments
    ? `\n\nEach assessment beyond the first added ${fixed((many.seconds - one.seconds) / (many.assessments - one.assessments), 1)} s on average (with the whole register in both builds).` : '';
}

function scaleAndMemory(builds: readonly BuildRow[]): string {
  const largest = builds.at(-1);
  if (!largest) return '';
  const ratios = scaleRatios(builds).map((r) => `${fixed(r.ratio, 1)} times the build of 1 report ${r.words} (${fixed(r.against.seconds, 1)} s; ${BUILD_RATIO_TARGET}x target: ${verdict(r.met)})`);
  const time = ratios.length > 0 ? `\n\nThe build of ${largest.assessments} reports took ${fixed(largest.seconds, 1)} s: ${ratios.join(', and ')}.` : '';
  const highest = Math.max(...builds.map((b) => Math.max(b.memory.buildBytes, b.memory.postBuildBytes ?? 0)));
  const m = largest.memory;
  return `${time}\n\nPeak memory of the build of ${largest.assessments} reports, as the sum of RSS: ${mb(m.buildBytes)} MB building, ${mbOrNone(m.postBuildBytes)} MB in the post-build (2 GB target: ${verdict(memoryMet(largest))}); as the sum of PSS, ${mb(m.buildPssBytes)} MB and ${mbOrNone(m.postBuildPssBytes)} MB. The highest RSS peak of any build here was ${mb(highest)} MB.`;
}

/** The build section: the measured builds, what the register and each report add, the targets, and how it was measured. */
export function buildSection(builds: readonly BuildRow[], site: BuildFigures): string {
  const rows = builds.map((b) => [String(b.assessments), String(b.registerCouncils), String(b.laterResults), b.pages === null ? 'not reported' : String(b.pages), fixed(b.seconds, 1),
    fixed(b.seconds / b.assessments, 1), phase(b.phases.compile), phase(b.phases.typescript), phase(b.phases.staticPages), phase(b.postBuildSeconds),
    peaks(b.memory.buildBytes, b.memory.buildPssBytes), peaks(b.memory.postBuildBytes, b.memory.postBuildPssBytes)]);
  const warm = `\n\nThese builds are cold. Next 16 keeps a Turbopack file-system cache in \`<distDir>/cache\`, so a rebuild is quicker: the repository's own site (1 assessment), rebuilt into .next-bench with whatever cache earlier runs left there, took ${fixed(site.seconds, 1)} s (compile ${phase(site.phases.compile)} s, TypeScript ${phase(site.phases.typescript)} s, static pages ${phase(site.phases.staticPages)} s, post-build ${phase(site.postBuildSeconds)} s; peak RSS ${mb(site.memory.buildBytes)} MB building, ${mbOrNone(site.memory.postBuildBytes)} MB after).`;
  const head = ['assessments', 'councils in the register', 'later results', 'pages built', 'npm run build (s)', 's per assessment', 'of which compile (s)', 'TypeScript (s)', 'static pages (s)', 'post-build (s)', 'peak memory, build: RSS / PSS (MB)', 'peak memory, post-build: RSS / PSS (MB)'];
  const largest = builds.at(-1)?.assessments ?? 1;
  return `## Build\n\n${table(head, rows)}${registerCost(builds)}${marginalCost(builds)}${scaleAndMemory(builds)}${warm}\n\n${howMeasured([
    'Wall-clock time of a cold `npm run build`, from spawn to exit: the prebuild (content check, `/enhance.js`, the stylesheet), `next build` (Turbopack, with its TypeScript check; .next deleted before each) and the post-build (the runtime stripped from every page, the search index written). Each ran in a temporary copy of the project in the system temp folder (app, components, lib, public, scripts, tests and the configs; node_modules a symlink to the repository\'s), so the repository\'s content/ and .next are untouched. The repository\'s own build ran before them, so the OS file cache was warm.',
    'Turbopack compiles nothing outside its root and node_modules points out of the copy, so the copy\'s next.config.ts wraps the repository\'s unchanged and sets `turbopack.root` to the common ancestor folder.',
    '"Pages built" is Next\'s own count ("Generating static pages (N/N)"); it includes share cards, downloads, the sitemap and the like. Compile, TypeScript and static pages are the times Next prints for them; the rest of the wall clock is start-up, page data collection, finalising, the prebuild and the post-build. Post-build is from the first memory sample that saw a post-build script running to the build\'s exit, so it is good to the sampling interval (0.2 s).',
    'Peak memory: every 200 ms, the sum of the resident set sizes (RSS, field 24 of `/proc/<pid>/stat`) of npm and every process below it (the shells npm runs, the prebuild\'s tsx processes, next build and its workers, the post-build\'s tsx processes). A sample is post-build when a process of the tree runs one of the scripts package.json\'s `postbuild` names (scripts/strip-runtime.ts, scripts/build-search-index.ts), else build. Pages shared between processes (node\'s own code) count once per process in RSS, as `ps` shows them, so the RSS sum is more than the tree\'s memory in use; beside it is the sum of PSS (proportional set size, `Pss:` in `/proc/<pid>/smaps_rollup`), which divides each shared page among the processes that map it. The 2 GB target is judged on the RSS sum. A peak shorter than 200 ms can be missed. 1 MB = 10^6 bytes; the 2 GB target is 2,000 MB.',
    `The copies hold the repository's ratings data: England's ${ENGLAND_COUNCILS} councils (content/councils-england.csv), each with a page and a share card, the ratings register (content/cqc-local-authority-ratings.csv) and the later results (content/cqc-later-results.csv), which give those pages CQC's ratings and scores. The first build cuts the register to Harrow's own row and the later results to none, and England's list keeps the register's name for Harrow alone (its count must stay England's), to measure what the results add (scripts/bench/register-cut.ts).`,
    `The builds of more than one assessment hold the real Harrow report and made-up councils written from it by scripts/bench/fictional.ts (up to ${largest - 1} here: names replaced, nine scores set in both places, the rating set by CQC's method), each parsed before the build; they are none of England's councils and have no register rows, so the content check warns about each and the build goes on.`,
  ])}`;
}

/** One build's home page, named for the table. */
export type HomeEntry = { build: string; home: HomePage };

/** The home page of every build the run made (issue 21): it lists every council, so it grows with the register and the reports. */
export function homeSection(entries: readonly HomeEntry[]): string {
  const rows = entries.map((e) => [e.build, `${kb(e.home.bytes)} / ${kb(e.home.gzipBytes)}`, String(e.home.elements)]);
  return `## Home page by build\n\n${table(['build', 'HTML kB raw / gzip', 'elements'], rows)}\n\n${howMeasured([
    '`<distDir>/server/app/index.html` as each build left it, after the post-build step (what `/` serves).',
    'Raw is the file\'s bytes; gzip is the file compressed with zlib\'s default level; 1 kB = 1000 bytes.',
    'Elements are the start tags htmlparser2 reads in the file, void elements (`<meta>`, `<link>`) included; nothing a browser would add (such as an implied `<tbody>`) is counted.',
  ])}`;
}
