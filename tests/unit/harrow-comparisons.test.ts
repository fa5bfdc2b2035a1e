import { describe, expect, it } from 'vitest';
import { HARROW_FILE, parseHarrow, readText, statementOf } from './helpers';

const harrow = parseHarrow();

/** Every England-average figure in the Harrow text, read off the source by hand: statement, line, value, England average, dataset. */
const EXPECTED = [
  ['assessing-needs', 151, 56.1, 61.21, 'ASCS'],
  ['assessing-needs', 151, 70.13, 77.21, 'ASCS'],
  ['assessing-needs', 163, 40.26, 44.38, 'ASCS'],
  ['assessing-needs', 177, 67.66, 57.14, 'SALT'],
  ['assessing-needs', 197, 29.27, 36.27, 'SACE'],
  ['assessing-needs', 205, 38.46, 32.37, 'SACE'],
  ['assessing-needs', 223, 60.71, 64.63, 'ASCS'],
  ['supporting-people-to-live-healthier-lives', 269, 78.59, 77.55, 'ASCS'],
  ['supporting-people-to-live-healthier-lives', 271, 63.31, 62.32, 'ASCS'],
  ['supporting-people-to-live-healthier-lives', 275, 83.87, 84.47, 'SACE'],
  ['supporting-people-to-live-healthier-lives', 285, 8.19, 2.91, 'ASCOF'],
  ['supporting-people-to-live-healthier-lives', 285, 83.87, 82.18, 'ASCOF'],
  ['supporting-people-to-live-healthier-lives', 319, 59.59, 66.26, 'ASCS'],
  ['supporting-people-to-live-healthier-lives', 321, 51.52, 57.83, 'SACE'],
  ['supporting-people-to-live-healthier-lives', 323, 40, 28.14, 'SACE'],
  ['supporting-people-to-live-healthier-lives', 329, 23.63, 26.22, null],
  ['care-provision-integration-and-continuity', 426, 68.56, 69.81, 'ASCS'],
  ['care-provision-integration-and-continuity', 438, 12.5, 10.76, 'SACE'],
  ['care-provision-integration-and-continuity', 438, 24.41, 13.56, 'SACE'],
  ['care-provision-integration-and-continuity', 438, 23.4, 20.08, 'SACE'],
  ['care-provision-integration-and-continuity', 456, 12.5, 10.76, 'SACE'],
  ['care-provision-integration-and-continuity', 456, 24.41, 13.56, 'SACE'],
  ['care-provision-integration-and-continuity', 456, 23.4, 20.08, 'SACE'],
  ['care-provision-integration-and-continuity', 512, 49.65, 53.72, 'SCWE'],
  ['safeguarding', 673, 67.86, 69.69, 'ASCS'],
  ['safeguarding', 673, 75, 80.51, 'SACE'],
  ['safeguarding', 675, 19.57, 37.48, 'SCWE'],
  ['safeguarding', 675, 29.73, 48.81, 'SCWE'],
  ['safeguarding', 715, 66.67, 83.12, 'SAC'],
] as const;

const all = harrow.themes.flatMap((t) => t.statements.flatMap((s) => s.comparisons.map((c) => ({ statement: s.slug, ...c }))));

describe('the Harrow assessment: national-data comparisons', () => {
  it('finds 29 comparisons, as many as the text has England-average figures', () => {
    const source = readText(HARROW_FILE);
    const figures = source.match(/England(?: national)? average (?:was|of) \d+(?:\.\d+)?%/g) ?? [];
    expect(figures).toHaveLength(29);
    expect(all).toHaveLength(figures.length);
    expect(all.map((c) => c.englandAverageText)).toEqual(figures.map((f) => f.replace(/^.* /, '')));
  });

  it.each(EXPECTED)('%s, line %i: %d%% against an England average of %d%% (%s)', (statement, line, value, england, dataset) => {
    const found = all.filter((c) => c.line === line && c.value === value);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ statement, englandAverage: england, dataset, unit: '%' });
  });

  it('finds no comparison beyond the expected ones', () => {
    expect(all.map((c) => [c.statement, c.line, c.value, c.englandAverage, c.dataset])).toEqual(EXPECTED.map((e) => [...e]));
  });

  it('keeps figures as printed: 56.10, 23.40, 12.5 and 40 with their trailing zeros or none', () => {
    expect(all.map((c) => c.valueText)).toEqual(expect.arrayContaining(['56.10%', '23.40%', '12.5%', '40%']));
    expect(all.find((c) => c.value === 23.4)?.englandAverageText).toBe('20.08%');
  });

  it('marks the three figures of the paragraph printed twice as repeats of line 438', () => {
    expect(all.filter((c) => c.repeatOf !== null).map((c) => [c.line, c.repeatOf, c.finding])).toEqual([
      [456, 438, 'market-shaping-and-commissioning-to-meet-local-needs'],
      [456, 438, 'market-shaping-and-commissioning-to-meet-local-needs'],
      [456, 438, 'market-shaping-and-commissioning-to-meet-local-needs'],
    ]);
    expect(all.filter((c) => c.repeatOf === null)).toHaveLength(26);
  });

  it('takes the dataset named after the sentence when the sentence itself names none (line 151, line 285)', () => {
    const first = all.find((c) => c.value === 56.1);
    expect(first?.text).toBe('National data showed that 56.10% of the people surveyed who lived in Harrow were satisfied with the care and support they received and the England average was 61.21%.');
    expect(first?.dataset).toBe('ASCS');
    expect(all.find((c) => c.value === 8.19)?.dataset).toBe('ASCOF');
  });

  it('takes the dataset named before when none follows (SALT at line 177, SCWE at line 675)', () => {
    expect(all.find((c) => c.value === 67.66)?.text).toBe(
      'National data from Short and Long-Term Support (SALT), showed 67.66% of people living in Harrow who had long-term support had been reviewed (planned or unplanned). The England average was 57.14%.');
    expect(all.find((c) => c.value === 29.73)?.text).toBe('29.73% had completed safeguarding adults training and the England average was 48.81%.');
  });

  it('reads a figure given in brackets before its England average (line 285)', () => {
    const found = all.find((c) => c.value === 83.87 && c.line === 285);
    expect(found?.metric).toBe('survey respondents living in Harrow over 65 who were still at home who were still at home 91 days after discharge from hospital into reablement/rehab');
    expect(found?.englandAverage).toBe(82.18);
  });

  it('describes what is measured in the report\'s words', () => {
    expect(all.find((c) => c.value === 40)?.metric).toBe('carers living in Harrow were not in paid employment because of caring responsibilities');
    expect(all.find((c) => c.value === 49.65)?.metric).toBe(
      'ASC staff in Harrow had started working towards the care certificate, had partially completed, or had completed it across all jobs, in all sectors');
    expect(all.find((c) => c.value === 66.67)?.metric).toBe('individuals lacking capacity were supported by an advocate, family or friend');
  });

  it('names the finding each comparison sits in', () => {
    expect(statementOf(harrow, 'safeguarding').comparisons.map((c) => c.finding)).toEqual([
      'safeguarding-systems-processes-and-practices', 'safeguarding-systems-processes-and-practices',
      'safeguarding-systems-processes-and-practices', 'safeguarding-systems-processes-and-practices',
      'making-safeguarding-personal',
    ]);
  });
});
