import { describe, expect, it } from 'vitest';
import { buildPlan, type BuildRow } from '@/scripts/bench/build-bench';
import { buildSection, scaleRatios } from '@/scripts/bench/report-build';

const phases = { compile: 10, typescript: 9, staticPages: 3 };
const home = { bytes: 41000, gzipBytes: 4600, elements: 1263 };
function build(assessments: number, registerCouncils: number, seconds: number, peakMb = 900, laterResults = registerCouncils > 1 ? 7 : 0): BuildRow {
  const memory = {
    buildBytes: peakMb * 1e6, postBuildBytes: 170e6, buildPssBytes: (peakMb - 300) * 1e6, postBuildPssBytes: 150e6,
    postBuildStartSeconds: seconds - 2, samples: 100, mostProcesses: 6,
  };
  return { assessments, registerCouncils, laterResults, pages: 10, seconds, postBuildSeconds: 2, phases, memory, home };
}

describe('the build benchmark\'s builds', () => {
  it('plans one report twice (register cut, then whole) and every other count once with the whole register, smallest first', () => {
    expect(buildPlan([153, 1, 20])).toEqual([
      { assessments: 1, wholeRegister: false }, { assessments: 1, wholeRegister: true },
      { assessments: 20, wholeRegister: true }, { assessments: 153, wholeRegister: true },
    ]);
    expect(buildPlan([3])).toEqual([{ assessments: 3, wholeRegister: true }]);
  });

  it('reports what the register adds to one report\'s build, and each assessment\'s cost with the whole register', () => {
    const markdown = buildSection([build(1, 1, 28), build(1, 72, 32.5), build(20, 72, 51.5)], build(1, 72, 15));
    expect(markdown).toContain('| 1 | 72 | 7 | 10 | 32.5 | 32.5 | 10.0 | 9.0 | 3.0 | 2.0 | 900 / 600 | 170 / 150 |');
    expect(markdown).toContain('The ratings register\'s other 71 councils and 7 later results (CQC\'s ratings and scores on those councils\' pages and share cards, and the national figures; each of England\'s 153 councils has a page either way) added 4.5 s to the build of one report: 28.0 s with the register cut to the report\'s own row, 32.5 s with all of it.');
    expect(buildSection([build(1, 1, 30), build(1, 72, 27)], build(1, 72, 15))).toContain('added no time to the build of one report that this run could see (it was 3.0 s quicker with them): 30.0 s with the register cut');
    expect(markdown).toContain('Each assessment beyond the first added 1.0 s on average (with the whole register in both builds).');
  });

  it('sets the largest build against each one-report build and says whether 8x and 2 GB were met', () => {
    const builds = [build(1, 1, 30), build(1, 72, 40), build(153, 72, 300, 2100)];
    expect(scaleRatios(builds).map((r) => [r.ratio, r.met])).toEqual([[10, false], [7.5, true]]);
    const markdown = buildSection(builds, build(1, 72, 15));
    expect(markdown).toContain('The build of 153 reports took 300.0 s: 10.0 times the build of 1 report with the register cut to its own row (30.0 s; 8x target: not met), and 7.5 times the build of 1 report with the whole register (72 councils) (40.0 s; 8x target: met).');
    expect(markdown).toContain('Peak memory of the build of 153 reports, as the sum of RSS: 2100 MB building, 170 MB in the post-build (2 GB target: not met); as the sum of PSS, 1800 MB and 150 MB.');
    expect(scaleRatios([build(1, 72, 40)])).toEqual([]);
  });
});
