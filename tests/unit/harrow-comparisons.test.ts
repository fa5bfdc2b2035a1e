import { describe, expect, it } from 'vitest';
import { HARROW_FILE, parseHarrow, readText, statementOf } from './helpers';


/** Every England-average figure in the Harrow text, read off the source by hand: statement, line, value, England average, dataset and its printed period. */
const EXPECTED = [
  { statement: 'assessing-needs', line: 151, value: 56.1, england: 61.21, dataset: 'ASCS', period: '2021/2022' },
  { statement: 'assessing-needs', line: 151, value: 70.13, england: 77.21, dataset: 'ASCS', period: '2021/2022' },
  { statement: 'assessing-needs', line: 163, value: 40.26, england: 44.38, dataset: 'ASCS', period: null },
  { statement: 'assessing-needs', line: 177, value: 67.66, england: 57.14, dataset: 'SALT', period: null },
  { statement: 'assessing-needs', line: 197, value: 29.27, england: 36.27, dataset: 'SACE', period: null },
  { statement: 'assessing-needs', line: 205, value: 38.46, england: 32.37, dataset: 'SACE', period: null },
  { statement: 'assessing-needs', line: 223, value: 60.71, england: 64.63, dataset: 'ASCS', period: null },
  { statement: 'supporting-people-to-live-healthier-lives', line: 269, value: 78.59, england: 77.55, dataset: 'ASCS', period: null },
  { statement: 'supporting-people-to-live-healthier-lives', line: 271, value: 63.31, england: 62.32, dataset: 'ASCS', period: null },
  { statement: 'supporting-people-to-live-healthier-lives', line: 275, value: 83.87, england: 84.47, dataset: 'SACE', period: null },
  { statement: 'supporting-people-to-live-healthier-lives', line: 285, value: 8.19, england: 2.91, dataset: 'ASCOF', period: null },
  { statement: 'supporting-people-to-live-healthier-lives', line: 285, value: 83.87, england: 82.18, dataset: 'ASCOF', period: null },
  { statement: 'supporting-people-to-live-healthier-lives', line: 319, value: 59.59, england: 66.26, dataset: 'ASCS', period: null },
  { statement: 'supporting-people-to-live-healthier-lives', line: 321, value: 51.52, england: 57.83, dataset: 'SACE', period: null },
  { statement: 'supporting-people-to-live-healthier-lives', line: 323, value: 40, england: 28.14, dataset: 'SACE', period: null },
  { statement: 'supporting-people-to-live-healthier-lives', line: 329, value: 23.63, england: 26.22, dataset: null, period: null },
  { statement: 'care-provision-integration-and-continuity', line: 426, value: 68.56, england: 69.81, dataset: 'ASCS', period: null },
  { statement: 'care-provision-integration-and-continuity', line: 438, value: 12.5, england: 10.76, dataset: 'SACE', period: null },
  { statement: 'care-provision-integration-and-continuity', line: 438, value: 24.41, england: 13.56, dataset: 'SACE', period: null },
  { statement: 'care-provision-integration-and-continuity', line: 438, value: 23.4, england: 20.08, dataset: 'SACE', period: null },
  { statement: 'care-provision-integration-and-continuity', line: 456, value: 12.5, england: 10.76, dataset: 'SACE', period: null },
  { statement: 'care-provision-integration-and-continuity', line: 456, value: 24.41, england: 13.56, dataset: 'SACE', period: null },
  { statement: 'care-provision-integration-and-continuity', line: 456, value: 23.4, england: 20.08, dataset: 'SACE', period: null },
  { statement: 'care-provision-integration-and-continuity', line: 512, value: 49.65, england: 53.72, dataset: 'SCWE', period: null },
  { statement: 'safeguarding', line: 673, value: 67.86, england: 69.69, dataset: 'ASCS', period: null },
  { statement: 'safeguarding', line: 673, value: 75, england: 80.51, dataset: 'SACE', period: null },
  { statement: 'safeguarding', line: 675, value: 19.57, england: 37.48, dataset: 'SCWE', period: null },
  { statement: 'safeguarding', line: 675, value: 29.73, england: 48.81, dataset: 'SCWE', period: null },
  { statement: 'safeguarding', line: 715, value: 66.67, england: 83.12, dataset: 'SAC', period: null },
] as const;

/** Every comparison of a fresh parse of Harrow, with its statement: each test parses, so mutation testing sees what it asserts (helpers.ts). */
function comparisonsOf() {
  return parseHarrow().themes.flatMap((t) => t.statements.flatMap((s) => s.comparisons.map((c) => ({ statement: s.slug, ...c }))));
}

describe('the Harrow assessment: national-data comparisons', () => {
  it('finds 29 comparisons, as many as the text has England-average figures', () => {
    const all = comparisonsOf();
    const source = readText(HARROW_FILE);
    const figures = source.match(/England(?: national)? average (?:was|of) \d+(?:\.\d+)?%/g) ?? [];
    expect(figures).toHaveLength(29);
    expect(all).toHaveLength(figures.length);
    expect(all.map((c) => c.englandAverageText)).toEqual(figures.map((f) => f.replace(/^.* /, '')));
  });

  for (const { statement, line, value, england, dataset, period } of EXPECTED) {
    it(`${statement}, line ${line}: ${value} against an England average of ${england} (${dataset})`, () => {
      const all = comparisonsOf();
      const found = all.filter((c) => c.line === line && c.value === value);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ statement, englandAverage: england, dataset, datasetPeriod: period, unit: '%' });
    });
  }

  it('finds no comparison beyond the expected ones', () => {
    const all = comparisonsOf();
    expect(all.map((c) => [c.statement, c.line, c.value, c.englandAverage, c.dataset])).toEqual(
      EXPECTED.map((e) => [e.statement, e.line, e.value, e.england, e.dataset]));
  });

  it('counts the datasets: ASCS 9, SACE 12, SCWE 3, ASCOF 2, SALT 1, SAC 1 and one named nowhere', () => {
    const all = comparisonsOf();
    const counts = new Map<string | null, number>();
    for (const c of all) counts.set(c.dataset, (counts.get(c.dataset) ?? 0) + 1);
    expect(Object.fromEntries([...counts].map(([d, n]) => [String(d), n]))).toEqual({ ASCS: 9, SACE: 12, SCWE: 3, ASCOF: 2, SALT: 1, SAC: 1, null: 1 });
  });

  it('finds no CQC wording in Harrow: every figure is given as "the England average was (or of) N%"', () => {
    const all = comparisonsOf();
    const source = readText(HARROW_FILE);
    expect(source).not.toMatch(/\b(?:similar to|the same as|better than|worse than|in line with|higher than|lower than) the England/i);
    expect(all.map((c) => c.reportWording)).toEqual(Array(29).fill(null));
  });

  it('keeps the one dataset period Harrow prints, "2021/2022" in "(Adult Social Care Survey 2021/2022 ASCS)", for both figures it serves (line 151)', () => {
    const all = comparisonsOf();
    expect(all.filter((c) => c.datasetPeriod !== null).map((c) => [c.line, c.value, c.dataset, c.datasetPeriod])).toEqual([
      [151, 56.1, 'ASCS', '2021/2022'],
      [151, 70.13, 'ASCS', '2021/2022'],
    ]);
  });

  it('keeps figures as printed: 56.10, 23.40, 12.5 and 40 with their trailing zeros or none', () => {
    const all = comparisonsOf();
    expect(all.map((c) => c.valueText)).toEqual(expect.arrayContaining(['56.10%', '23.40%', '12.5%', '40%']));
    expect(all.find((c) => c.value === 23.4)?.englandAverageText).toBe('20.08%');
  });

  it('marks the three figures of the paragraph printed twice as repeats of line 438', () => {
    const all = comparisonsOf();
    expect(all.filter((c) => c.repeatOf !== null).map((c) => [c.line, c.repeatOf, c.finding])).toEqual([
      [456, 438, 'market-shaping-and-commissioning-to-meet-local-needs'],
      [456, 438, 'market-shaping-and-commissioning-to-meet-local-needs'],
      [456, 438, 'market-shaping-and-commissioning-to-meet-local-needs'],
    ]);
    expect(all.filter((c) => c.repeatOf === null)).toHaveLength(26);
  });

  it('takes the dataset named after the sentence when the sentence itself names none (line 151, line 285)', () => {
    const all = comparisonsOf();
    const first = all.find((c) => c.value === 56.1);
    expect(first?.text).toBe('National data showed that 56.10% of the people surveyed who lived in Harrow were satisfied with the care and support they received and the England average was 61.21%.');
    expect(first?.dataset).toBe('ASCS');
    expect(all.find((c) => c.value === 8.19)?.dataset).toBe('ASCOF');
  });

  it('takes the dataset named before when none follows (SALT at line 177, SCWE at line 675)', () => {
    const all = comparisonsOf();
    expect(all.find((c) => c.value === 67.66)?.text).toBe(
      'National data from Short and Long-Term Support (SALT), showed 67.66% of people living in Harrow who had long-term support had been reviewed (planned or unplanned). The England average was 57.14%.');
    expect(all.find((c) => c.value === 29.73)?.text).toBe('29.73% had completed safeguarding adults training and the England average was 48.81%.');
  });

  it('reads a figure given in brackets before its England average (line 285)', () => {
    const all = comparisonsOf();
    const found = all.find((c) => c.value === 83.87 && c.line === 285);
    expect(found?.metric).toBe('survey respondents living in Harrow over 65 who were still at home who were still at home 91 days after discharge from hospital into reablement/rehab');
    expect(found?.englandAverage).toBe(82.18);
  });

  it('describes what is measured in the report\'s words', () => {
    const all = comparisonsOf();
    expect(all.find((c) => c.value === 40)?.metric).toBe('carers living in Harrow were not in paid employment because of caring responsibilities');
    expect(all.find((c) => c.value === 49.65)?.metric).toBe(
      'ASC staff in Harrow had started working towards the care certificate, had partially completed, or had completed it across all jobs, in all sectors');
    expect(all.find((c) => c.value === 66.67)?.metric).toBe('individuals lacking capacity were supported by an advocate, family or friend');
  });

  it('names the finding each comparison sits in', () => {
    const harrow = parseHarrow();
    expect(statementOf(harrow, 'safeguarding').comparisons.map((c) => c.finding)).toEqual([
      'safeguarding-systems-processes-and-practices', 'safeguarding-systems-processes-and-practices',
      'safeguarding-systems-processes-and-practices', 'safeguarding-systems-processes-and-practices',
      'making-safeguarding-personal',
    ]);
  });
});
