import { describe, expect, it } from 'vitest';
import { ConsistencyError, StructureError, ValueError, parseAssessment } from '@/lib/assessment';
import { parseFailure, readText, replaceLine, statementOf } from './helpers';

/** Fictional reports in the other layouts issue 9 lists: "Score: 75", "Overall rating for ...: 70%", score and label on one line, a pilot report. */
const RAVENSMOOR = 'tests/fixtures/ravensmoor-city-council.txt';
const TARNSIDE = 'tests/fixtures/tarnside-borough-council.txt';
const HOLMBURY = 'tests/fixtures/site/holmbury-borough-council.txt';
const PILOT = 'tests/fixtures/elmstead-city-council-pilot.txt';
const ravensmoorText = readText(RAVENSMOOR);
const tarnsideText = readText(TARNSIDE);
const holmburyText = readText(HOLMBURY);

const failure = parseFailure;

describe('Ravensmoor: "Score: 75" under the rating', () => {

  it('reads "Score: 75" as the overall score, not as a quality statement\'s score', () => {
    const ravensmoor = parseAssessment(ravensmoorText, RAVENSMOOR);
    expect(ravensmoor).toMatchObject({ rating: 'Good', overallScore: 75 });
    expect(ravensmoor.lines).toEqual({ title: 1, published: 3, rating: 26, overallScore: 28, scores: 30 });
    expect(ravensmoor.scores.map((s) => [s.name, s.score, s.line, s.scoreLine])).toEqual([
      ['Assessing needs', 3, 32, 34], ['Partnerships and communities', 3, 36, 38], ['Safeguarding', 3, 40, 42], ['Learning, improvement and innovation', 3, 44, 46],
    ]);
  });

  it('keeps the Demographics heading and the financial facts introduction in its other spelling', () => {
    const ravensmoor = parseAssessment(ravensmoorText, RAVENSMOOR);
    expect(ravensmoor.about?.demographics).toMatchObject({ heading: 'Demographics', line: 7 });
    expect(ravensmoor.about?.financialFacts?.introduction).toEqual({ text: 'The Financial Facts for Ravensmoor City Council are:', line: 13 });
    expect(ravensmoor.about?.financialFacts?.items).toHaveLength(2);
  });

  it('reads datasets named in full with a month, "for 2023/24", and "Survey of Adult Carers" without "in England"', () => {
    const ravensmoor = parseAssessment(ravensmoorText, RAVENSMOOR);
    const all = ravensmoor.themes.flatMap((t) => t.statements.flatMap((s) => s.comparisons));
    expect(all.map((c) => [c.line, c.value, c.englandAverage, c.reportWording, c.dataset, c.datasetPeriod])).toEqual([
      [72, 72.15, 64.35, 'somewhat better than', 'ASCS', 'October 2024'],
      [74, 51, 66.26, 'lower than', 'ASCS', '2023/24'],
      [96, 39.7, 30.02, null, 'SACE', '2023-24'],
    ]);
  });

  it('reads headed findings as before', () => {
    const ravensmoor = parseAssessment(ravensmoorText, RAVENSMOOR);
    expect(statementOf(ravensmoor, 'safeguarding').findings.map((f) => [f.heading, f.slug, f.line])).toEqual([
      ['Safeguarding practice', 'safeguarding-practice', 120], ['Making safeguarding personal', 'making-safeguarding-personal', 124],
    ]);
  });
});

describe('Tarnside: "Overall rating for ...: 70%", and each score with its label on one line', () => {

  it('reads the overall score, 14 of 20 = 70%', () => {
    const tarnside = parseAssessment(tarnsideText, TARNSIDE);
    expect(tarnside).toMatchObject({ rating: 'Good', overallScore: 70 });
    expect(tarnside.lines.overallScore).toBe(25);
  });

  it('reads "Score: 3 - Evidence shows a good standard", with an en dash, and without the colon, as score and label on one line', () => {
    const tarnside = parseAssessment(tarnsideText, TARNSIDE);
    const statements = tarnside.themes.flatMap((t) => t.statements);
    expect(statements.map((s) => [s.slug, s.score, s.scoreLabel, s.lines.score, s.lines.scoreLabel])).toEqual([
      ['assessing-needs', 3, 'Evidence shows a good standard', 58, 58],
      ['supporting-people-to-live-healthier-lives', 3, 'Evidence shows a good standard', 70, 70],
      ['care-provision-integration-and-continuity', 3, 'Evidence shows a good standard', 88, 88],
      ['safeguarding', 2, 'Evidence shows some shortfalls', 106, 106],
      ['governance-management-and-sustainability', 3, 'Evidence shows a good standard', 124, 124],
    ]);
  });

  it('keeps a publication date as printed, though the findings speak of later months', () => {
    const tarnside = parseAssessment(tarnsideText, TARNSIDE);
    expect(tarnside.published).toBe('2023-05-17');
    expect(statementOf(tarnside, 'assessing-needs').findings[0]?.paragraphs[0]?.text).toMatch(/September 2024/);
  });
});

describe('the checks that bite: each error at the value out of line, naming the other', () => {
  for (const { file, text, line, errorClass, detail, name } of [
    { name: 'a printed "Score:" one above the scores', file: RAVENSMOOR, text: replaceLine(ravensmoorText, 28, 'Score: 76'), line: 28, errorClass: ConsistencyError,
      detail: 'expected the overall score CQC\'s method gives for the quality statement scores (line 30), 12 of 16 = 75% rounded up to 75, found 76' },
    { name: 'a printed "Overall rating for" one below', file: TARNSIDE, text: replaceLine(tarnsideText, 25, 'Overall rating for Tarnside Borough Council: 69%'), line: 25, errorClass: ConsistencyError,
      detail: 'expected the overall score CQC\'s method gives for the quality statement scores (line 27), 14 of 20 = 70% rounded up to 70, found 69' },
    { name: 'a printed sentence rounded to the nearest, not up', file: HOLMBURY, text: replaceLine(holmburyText, 34, 'Holmbury Borough Council scored 66 out of 100 overall, indicating a good standard'), line: 34, errorClass: ConsistencyError,
      detail: 'expected the overall score CQC\'s method gives for the quality statement scores (line 36), 24 of 36 = 66.7% rounded up to 67, found 66' },
    { name: 'a statement score of 3 under the rating, where the overall score goes', file: RAVENSMOOR, text: replaceLine(ravensmoorText, 28, 'Score: 3'), line: 28, errorClass: ValueError,
      detail: 'expected the overall score as a whole percentage from 25 to 100, found "Score: 3"' },
    { name: 'an overall score in words', file: RAVENSMOOR, text: replaceLine(ravensmoorText, 28, 'Score: seventy-five'), line: 28, errorClass: ValueError,
      detail: 'expected the overall score as "Score: 75", "Ravensmoor City Council scored 75 out of 100 overall, ..." or "Overall rating for Ravensmoor City Council: 75%", found "Score: seventy-five"' },
    { name: 'an overall score sentence naming another council', file: HOLMBURY, text: replaceLine(holmburyText, 34, 'Ravensmoor City Council scored 67 out of 100 overall, indicating a good standard'), line: 34, errorClass: ConsistencyError,
      detail: 'expected the overall score of the authority named in the title, "Holmbury Borough Council", found "Ravensmoor City Council scored 67 out of 100 overall, indicating a good standard"' },
    { name: 'a score list entry that differs from its statement, at its "Score:" line', file: TARNSIDE, text: replaceLine(tarnsideText, 43, 'Score: 3'), line: 43, errorClass: ConsistencyError,
      detail: 'quality statement "Safeguarding": expected the score list to give the statement\'s own score, 2 (line 106), found 3' },
    { name: 'a "Score: N - label" line that disagrees with the score line above it', file: HOLMBURY, text: replaceLine(holmburyText, 100, 'Score: 2 - Evidence shows some shortfalls'), line: 100, errorClass: ConsistencyError,
      detail: 'quality statement "Assessing needs": expected the label of score 3 (at line 98), "3 - Evidence shows a good standard", found "Score: 2 - Evidence shows some shortfalls"' },
    { name: 'a score with the wrong label on one line', file: TARNSIDE, text: replaceLine(tarnsideText, 58, 'Score: 3 - Evidence shows some shortfalls'), line: 58, errorClass: ConsistencyError,
      detail: 'quality statement "Assessing needs": expected the label of score 3 (on the same line), "3 - Evidence shows a good standard", found "Score: 3 - Evidence shows some shortfalls"' },
    { name: 'a score of 5 with a label on one line', file: TARNSIDE, text: replaceLine(tarnsideText, 58, 'Score: 5 - Evidence shows a good standard'), line: 58, errorClass: ValueError,
      detail: 'quality statement "Assessing needs": expected a score from 1 to 4, found "Score: 5 - Evidence shows a good standard"' },
    { name: 'a rating the scores do not give, naming the scores\' line', file: TARNSIDE, text: replaceLine(replaceLine(tarnsideText, 23, 'Outstanding'), 25, 'Overall rating for Tarnside Borough Council: 70%'), line: 23, errorClass: ConsistencyError,
      detail: 'expected the rating CQC\'s method gives for the quality statement scores (line 27), 14 of 20 (70%): "Good" (63-87%), found "Outstanding"' },
  ]) {
    it(`refuses ${name} (line ${line})`, () => {
      const error = failure(text, file);
      expect(error).toBeInstanceOf(errorClass);
      expect(error.line).toBe(line);
      expect(error.detail).toBe(detail);
    });
  }
});

describe('national figures the parser must not guess', () => {
  for (const { text, detail, name } of [
    { name: 'an England figure before the council\'s', text: 'The England average was 64.35%, against 72.15% in Ravensmoor.',
      detail: 'expected the authority\'s own figure before "England average was 64.35%", found none to pair it with' },
    { name: 'a bracketed England figure before the council\'s', text: 'Against the England average (64.35%), 72.15% of people were satisfied.',
      detail: 'expected the authority\'s own figure before "England average (64.35%)", found none to pair it with' },
    { name: 'a figure after a mention of England that could be England\'s', text: 'In line with the England average, 72.15% of people were satisfied.',
      detail: 'expected "72.15%" to pair with an England average, found a sentence the parser cannot read as a comparison: "In line with the England average, 72.15% of people were satisfied."' },
    { name: 'a second council figure beside a paired one', text: 'In 2024, 45.00% of carers and 72.15% of people were satisfied, and the England average was 64.35%.',
      detail: 'expected "45.00%" to pair with an England average, found a sentence the parser cannot read as a comparison: "In 2024, 45.00% of carers and 72.15% of people were satisfied, and the Englan..."' },
    { name: '"from the same source" with no figure before it in the statement', text: 'Data from the same source showed 72.15% of people were satisfied. This was similar to the England average (64.35%).',
      detail: 'expected an earlier figure in the quality statement for "from the same source" to point back to, found none' },
  ]) {
    it(`refuses ${name}, at its paragraph`, () => {
      const error = failure(replaceLine(replaceLine(ravensmoorText, 74, 'Staff were friendly.'), 72, text), RAVENSMOOR);
      expect(error).toBeInstanceOf(StructureError);
      expect(error.line).toBe(72);
      expect(error.detail).toBe(detail);
    });
  }

  it('leaves a council figure "in line with the England average" with no England number as text', () => {
    const text = replaceLine(ravensmoorText, 72, '72.15% of people were satisfied with their care and support, in line with the England average.');
    const statement = statementOf(parseAssessment(text, RAVENSMOOR), 'assessing-needs');
    expect(statement.comparisons.map((c) => c.line)).toEqual([74]);
    expect(statement.findings[0]?.paragraphs[1]?.text).toBe('72.15% of people were satisfied with their care and support, in line with the England average.');
  });
});

describe('2023 pilot reports', () => {
  it('refuses a pilot report at its title, saying pilot reports are not supported', () => {
    const error = failure(readText(PILOT), PILOT);
    expect(error).toBeInstanceOf(StructureError);
    expect(error.line).toBe(1);
    expect(error.detail).toBe('expected a title such as "<Council name>: local authority assessment", found "Elmstead City Council assessment", with a "Local authority indicative rating" at line 7: this is one of CQC\'s 2023 pilot reports, and pilot reports (with indicative ratings) are not supported');
  });

  it('refuses a pilot title on its own, and an indicative rating under a normal title, both at the title line', () => {
    const title = failure(replaceLine(ravensmoorText, 1, 'Ravensmoor City Council assessment'), RAVENSMOOR);
    expect([title.constructor, title.line]).toEqual([StructureError, 1]);
    expect(title.detail).toMatch(/found "Ravensmoor City Council assessment": this is one of CQC's 2023 pilot reports, and pilot reports \(with indicative ratings\) are not supported$/);
    const indicative = failure(replaceLine(ravensmoorText, 22, 'Local authority indicative rating'), RAVENSMOOR);
    expect([indicative.constructor, indicative.line]).toEqual([StructureError, 1]);
    expect(indicative.detail).toMatch(/with a "Local authority indicative rating" at line 22: this is one of CQC's 2023 pilot reports/);
  });
});
