import { describe, expect, it } from 'vitest';
import type { BuildRow } from '@/scripts/bench/build-bench';
import type { LoadFigures } from '@/scripts/bench/load-bench';
import { homeSection } from '@/scripts/bench/report-build';
import { searchScaleSection, startupSection } from '@/scripts/bench/report-scale';
import { targetsSection } from '@/scripts/bench/report-targets';
import { SCALE_QUERIES, type ScaleFigures } from '@/scripts/bench/search-scale';
import type { StartupFigures } from '@/scripts/bench/startup-bench';

const PAGE = '/london-borough-of-harrow/supporting-people-to-live-healthier-lives';
const load = (requestsPerSecond: number, p99Ms = 40): LoadFigures => ({ url: 'http://127.0.0.1:1/x', requestsPerSecond, p50Ms: 10, p99Ms, requests: requestsPerSecond * 10 });

/** The page at 1000 requests/s beside each query, the engine's searches at these requests/s. */
function scale(engine: number[], p99Ms = 40): ScaleFigures {
  const runs = (rates: number[]) => SCALE_QUERIES.map((query, i) => ({ query, path: `/search?q=${i}`, found: 'Results 1 to 10 of 99', page: load(1000), search: load(rates[i] ?? 0, p99Ms) }));
  return { reports: 153, page: PAGE, servers: [{ cache: 'default', runs: runs([1500, 1500, 1500, 1500]) }, { cache: 'off', runs: runs(engine) }] };
}

const startup: StartupFigures = {
  spawnToListenMs: 310, spawnToAnswerMs: 1240, firstRequestMs: 700,
  rss: { listening: 90e6, afterFirst: 160e6, afterMixed: 240e6 },
  mixed: { count: 1000, concurrency: 10, seconds: 12.5, p50Ms: 100, p99Ms: 300 },
};

function build(assessments: number, seconds: number): BuildRow {
  const memory = { buildBytes: 1500e6, postBuildBytes: 300e6, buildPssBytes: 1200e6, postBuildPssBytes: 250e6, postBuildStartSeconds: 1, samples: 10, mostProcesses: 4 };
  return { assessments, registerCouncils: 72, laterResults: 7, pages: 1, seconds, postBuildSeconds: 1, phases: { compile: 1, typescript: 1, staticPages: 1 }, memory, home: { bytes: 1, gzipBytes: 1, elements: 1 } };
}

describe('the report at scale', () => {
  it('gives each search\'s share of the page beside it and says which targets the engine met', () => {
    const markdown = searchScaleSection(scale([400, 900, 700, 950]));
    expect(markdown).toContain('## Search at 153 reports');
    expect(markdown).toContain('| engine only (SEARCH_CACHE_MB=0) | search, broad | `/search?q=0` | Results 1 to 10 of 99 | 400 | 10 | 40 | 4000 | **0.40** |');
    expect(markdown).toContain('- engine only (SEARCH_CACHE_MB=0): broad 0.40 of the page (0.5x target: not met); narrow 0.90 of the page (0.8x target: met); misspelt 0.70 of the page (0.8x target: not met); p99 of every search under 250 ms: met (highest 40 ms).');
    expect(markdown).toContain('- with the search cache (default, a repeated query): broad 1.50 of the page (0.5x target: met)');
    expect(searchScaleSection(scale([900, 900, 900, 900], 250))).toContain('p99 of every search under 250 ms: not met (highest 250 ms)');
  });

  it('states the start-up and memory figures against their targets', () => {
    const markdown = startupSection(startup, 153);
    expect(markdown).toContain('| spawn to the first search\'s answer (`/search?q=care`) | **1240 ms** (1 s target: not met) |');
    expect(markdown).toContain('| server memory after 1000 different searches | **240 MB** (500 MB target: met) |');
    expect(markdown).toContain('| the 1000 searches, 10 at a time | 12.5 s; p50 100 ms, p99 300 ms a request |');
  });

  it('lists every target with its verdict, and says when the run was not at England\'s scale', () => {
    const markdown = targetsSection([build(1, 30), build(1, 40), build(153, 250)], scale([600, 900, 900, 900]), startup, false);
    expect(markdown).toContain('The targets are for 153 reports and the register on this 2-core machine, quiet.');
    expect(markdown).toContain('- Cold build of 153 reports and the register at most 8 times one report\'s: 8.3x the build of 1 report with the register cut to its own row, not met; 6.3x the build of 1 report with the whole register (72 councils), met.');
    expect(markdown).toContain('- Peak memory of the build and the post-build under 2 GB, at 153 reports (sum of RSS): 1500 MB and 300 MB, met (sum of PSS: 1200 MB and 250 MB).');
    expect(markdown).toContain('- First search answer under 1 s after start: 1240 ms, not met.');
    expect(markdown).toContain('- Server memory under 500 MB after 1000 different searches: 240 MB, met.');
    const small = targetsSection([build(1, 30), build(3, 40)], { ...scale([600, 900, 900, 900]), reports: 3 }, startup, true);
    expect(small).toContain('this run\'s largest build held 3 (`--reports`), so these lines measure that build against them and say nothing about 153. The machine was busy');
  });

  it('names each build\'s home page with its size and elements', () => {
    expect(homeSection([{ build: '153 report(s), 72 council(s) in the register', home: { bytes: 98765, gzipBytes: 9876, elements: 4321 } }]))
      .toContain('| 153 report(s), 72 council(s) in the register | 98.8 / 9.9 | 4321 |');
  });
});
