import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConsistencyError, parseAssessment, parseAssessmentBytes } from '@/lib/assessment';
import { buildCouncils, crossCheck, parseRegister, readRegister, reportUrlOf, type RegisterRow, type ReportFile } from '@/lib/register';
import { HARROW_FILE, lineOf, parseHarrow, readText, statementOf } from './helpers';

const REGISTER = 'content/cqc-local-authority-ratings.csv';
const registerText = readText(REGISTER);
const harrowText = readText(HARROW_FILE);
const HARROW_ROW = registerText.split('\n').find((l) => l.startsWith('London Borough of Harrow,')) ?? '';
const HARROW_LINE = registerText.split('\n').indexOf(HARROW_ROW) + 1;
const harrow: ReportFile = { file: HARROW_FILE, assessment: parseHarrow() };

function fixtureReport(name: string): ReportFile {
  const file = `tests/fixtures/${name}`;
  return { file, assessment: parseAssessmentBytes(readFileSync(path.join(process.cwd(), file)), file) };
}

/** The real register with Harrow's row replaced by `row` (or removed, for null); parsed, expecting no row errors. */
function registerWith(row: string | null, extra: string[] = []): RegisterRow[] {
  const lines = registerText.trimEnd().split('\n');
  const text = [...lines.map((l) => (l === HARROW_ROW ? row : l)).filter((l) => l !== null), ...extra].join('\n');
  const { rows, errors } = parseRegister(text, REGISTER);
  expect(errors.map((e) => e.message)).toEqual([]);
  return rows;
}

describe('the register against Harrow\'s full report', () => {
  it('agrees with it: same rating, month 2024-08 and the same nine scores', () => {
    const rows = registerWith(HARROW_ROW);
    expect(HARROW_ROW).toBe('London Borough of Harrow,Requires improvement,2024-08,https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0824,2,2,3,2,3,2,2,2,3');
    expect(harrow.assessment.themes.flatMap((t) => t.statements.map((s) => s.score))).toEqual([2, 2, 3, 2, 3, 2, 2, 2, 3]);
    expect(crossCheck(rows, [harrow])).toEqual({ errors: [], warnings: [] });
  });

  it('fails at the register\'s line, naming the report\'s rating line, when the rating is not recorded', () => {
    const errors = crossCheck(registerWith(HARROW_ROW.replace(',Requires improvement,', ',,')), [harrow]).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(ConsistencyError);
    expect(errors[0]?.message).toBe(`${REGISTER}:${HARROW_LINE}: column "rating": expected "Requires improvement", the rating of ${HARROW_FILE}:${lineOf(harrowText, 'Requires improvement')}, found it empty`);
  });

  it('fails on a rating that differs from the report\'s, whatever the scores say', () => {
    const [row] = registerWith(HARROW_ROW).filter((r) => r.authority === 'London Borough of Harrow');
    if (!row) throw new Error('no Harrow row');
    const errors = crossCheck([{ ...row, rating: 'Good' }], [harrow]).errors;
    expect(errors.map((e) => e.message)).toEqual([`${REGISTER}:${HARROW_LINE}: column "rating": expected "Requires improvement", the rating of ${HARROW_FILE}:37, found "Good"`]);
  });

  it('fails at the register\'s line, naming the report\'s publication line, when the month differs', () => {
    const errors = crossCheck(registerWith(HARROW_ROW.replace(',2024-08,', ',2024-07,')), [harrow]).errors;
    expect(errors.map((e) => [e.name, e.message])).toEqual([['ConsistencyError',
      `${REGISTER}:${HARROW_LINE}: "London Borough of Harrow": expected a row published 2024-08, the month of its report (${HARROW_FILE}:${lineOf(harrowText, 'Assessment published: 16 August 2024')}), found only 2024-07 (line ${HARROW_LINE})`]]);
  });

  it('fails at the register\'s line, naming the statement\'s score line, when a score differs', () => {
    const safeguarding = statementOf(harrow.assessment, 'safeguarding');
    const errors = crossCheck(registerWith(HARROW_ROW.replace(/,2,2,2,3$/, ',2,3,2,3')), [harrow]).errors;
    expect(errors.map((e) => [e.name, e.message])).toEqual([['ConsistencyError',
      `${REGISTER}:${HARROW_LINE}: column "safeguarding": expected 2, the score of ${HARROW_FILE}:${safeguarding.lines.score}, found 3`]]);
    expect(safeguarding.lines.score).toBe(lineOf(harrowText, 'Score: 2', lineOf(harrowText, 'Safeguarding', 600)));
  });

  it('lists every disagreement of a row, not only the first', () => {
    const errors = crossCheck(registerWith(HARROW_ROW.replace(',Requires improvement,', ',,').replace(',2,2,3,2,3,', ',3,2,3,2,3,')), [harrow]).errors;
    expect(errors.map((e) => e.detail.split(':')[0])).toEqual(['column "rating"', 'column "assessing-needs"']);
  });

  it('accepts a later assessment of the same council as another row, and links the report to its own month\'s row', () => {
    const later = 'London Borough of Harrow,Good,2025-09,https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0925,3,3,3,3,3,3,3,3,3';
    const rows = registerWith(HARROW_ROW, [later]);
    expect(crossCheck(rows, [harrow])).toEqual({ errors: [], warnings: [] });
    const council = buildCouncils(rows, [harrow]).councils.find((c) => c.slug === 'london-borough-of-harrow');
    expect(council?.rows.map((r) => r.published)).toEqual(['2025-09', '2024-08']);
    expect(council && reportUrlOf(council)).toBe('https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0824');
  });

  it('fails when the register holds only a later assessment of the report\'s council', () => {
    const later = 'London Borough of Harrow,Good,2025-09,https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0925,3,3,3,3,3,3,3,3,3';
    const errors = crossCheck(registerWith(null, [later]), [harrow]).errors;
    expect(errors.map((e) => e.line)).toEqual([registerText.trimEnd().split('\n').length]);
    expect(errors[0]?.detail).toContain('expected a row published 2024-08, the month of its report');
    expect(errors[0]?.detail).toContain('found only 2025-09');
  });

  it('fails at the newest of the council\'s rows when none is of the report\'s month, listing them all as the register has them', () => {
    const older = HARROW_ROW.replace(',2024-08,', ',2023-01,').replace('harrow-0824', 'harrow-0123');
    const later = 'London Borough of Harrow,Good,2025-09,https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0925,3,3,3,3,3,3,3,3,3';
    const lines = registerText.trimEnd().split('\n').length;
    const errors = crossCheck(registerWith(null, [later, older]), [harrow]).errors;
    expect(errors.map((e) => e.line)).toEqual([lines]);
    expect(errors[0]?.detail).toMatch(new RegExp(`found only 2025-09 \\(line ${lines}\\), 2023-01 \\(line ${lines + 1}\\)$`));
  });

  it('fails at the newest of the council\'s rows even when the register lists an older one first', () => {
    const older = HARROW_ROW.replace(',2024-08,', ',2023-01,').replace('harrow-0824', 'harrow-0123');
    const later = 'London Borough of Harrow,Good,2025-09,https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0925,3,3,3,3,3,3,3,3,3';
    const lines = registerText.trimEnd().split('\n').length;
    const errors = crossCheck(registerWith(null, [older, later]), [harrow]).errors;
    expect(errors.map((e) => e.line)).toEqual([lines + 1]);
    expect(errors[0]?.detail).toMatch(new RegExp(`found only 2023-01 \\(line ${lines}\\), 2025-09 \\(line ${lines + 1}\\)$`));
  });

  it('fails on a score the register leaves empty where the report has one', () => {
    const errors = crossCheck(registerWith(HARROW_ROW.replace(/,2,3$/, ',,3')), [harrow]).errors;
    expect(errors.map((e) => e.detail)).toEqual([
      `column "governance-management-and-sustainability": expected 2, the score of ${HARROW_FILE}:${statementOf(harrow.assessment, 'governance-management-and-sustainability').lines.score}, found it empty`,
    ]);
  });

  it('fails on a statement that is none of CQC\'s nine, at the report\'s line, and on the score the register gives the one it replaces', () => {
    const renamed = harrowText.replace(/^- Safeguarding$/m, '- Workforce wellbeing').replace(/^Safeguarding$/gm, 'Workforce wellbeing');
    const report = { file: HARROW_FILE, assessment: parseAssessment(renamed, HARROW_FILE) };
    const errors = crossCheck(registerWith(HARROW_ROW), [report]).errors;
    expect(errors.map((e) => [e.file, e.line, e.detail])).toEqual([
      [HARROW_FILE, 647, 'quality statement "Workforce wellbeing": expected one of CQC\'s nine quality statements, found none of that name'],
      [REGISTER, HARROW_LINE, `column "safeguarding": expected it empty, as ${HARROW_FILE} does not assess "Safeguarding" (its scores at line 41), found 2`],
    ]);
  });

  it('matches the authority by name whatever its case or spacing', () => {
    const rows = registerWith(HARROW_ROW.replace('London Borough of Harrow', 'London  borough of HARROW'));
    expect(crossCheck(rows, [harrow])).toEqual({ errors: [], warnings: [] });
  });

  it('warns, and does not fail, when a report\'s authority has no row at all', () => {
    expect(crossCheck(registerWith(null), [harrow])).toEqual({
      errors: [],
      warnings: [{ file: HARROW_FILE, message: 'no register row for London Borough of Harrow, so its pages cannot link to the report on CQC\'s website' }],
    });
  });
});

describe('a report that assesses eight statements', () => {
  const fenwick = fixtureReport('fenwick-city-council.txt');
  const row = (equity: string) => `Fenwick City Council,Good,2025-03,https://www.cqc.org.uk/care-services/local-authority-assessment-reports/fenwick-0325,3,3,${equity},3,3,2,3,3,3`;

  it('agrees with a row whose unassessed statement is empty', () => {
    expect(crossCheck(registerWith(HARROW_ROW, [row('')]), [harrow, fenwick])).toEqual({ errors: [], warnings: [] });
  });

  it('fails on a score for the statement it does not assess', () => {
    const errors = crossCheck(registerWith(HARROW_ROW, [row('3')]), [harrow, fenwick]).errors;
    expect(errors.map((e) => [e.file, e.line, e.detail])).toEqual([[REGISTER, 74,
      `column "equity-in-experience-and-outcomes": expected it empty, as ${fenwick.file} does not assess "Equity in experience and outcomes" (its scores at line 13), found 3`]]);
  });
});

describe('councils', () => {
  const ashdown = fixtureReport('ashdown-district-council.txt');
  // Each test builds the councils, so mutation testing sees what it asserts (helpers.ts).
  const build = () => buildCouncils(registerWith(HARROW_ROW), [harrow, ashdown]);

  it('has one entry per authority, by name, each register council with its one row', () => {
    const { councils, errors } = build();
    expect(errors).toEqual([]);
    expect(councils).toHaveLength(73);
    expect(councils.map((c) => c.authority)).toEqual([...councils.map((c) => c.authority)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(councils.filter((c) => c.rows.length === 1)).toHaveLength(72);
  });

  it('keeps a report\'s address for a council with a full report and gives it its CQC address', () => {
    const { councils } = build();
    const council = councils.find((c) => c.slug === 'london-borough-of-harrow');
    expect(council?.report?.file).toBe(HARROW_FILE);
    expect(council && reportUrlOf(council)).toBe('https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0824');
  });

  it('gives a register-only council the slug of its name and no report', () => {
    const { councils } = build();
    const blackpool = councils.find((c) => c.authority === 'Blackpool Council');
    expect(blackpool?.slug).toBe('blackpool-council');
    expect(blackpool?.report).toBeNull();
    expect(blackpool && reportUrlOf(blackpool)).toBeNull();
  });

  it('lists a report without a register row as a council with no rows and no CQC address', () => {
    const { councils } = build();
    const council = councils.find((c) => c.slug === 'ashdown-district-council');
    expect(council?.rows).toEqual([]);
    expect(council && reportUrlOf(council)).toBeNull();
  });

  it('refuses two councils whose names make the same address', () => {
    const clash = 'Blackpool-Council,Inadequate,2025-08,https://www.cqc.org.uk/care-services/local-authority-assessment-reports/blackpool-0825b,1,1,1,2,2,2,1,1,1';
    const rows = registerWith(HARROW_ROW, [clash]);
    const result = buildCouncils(rows, [harrow]);
    expect(result.errors.map((e) => [e.name, e.line])).toEqual([['ConsistencyError', 74]]);
    expect(result.errors[0]?.detail).toContain('found /blackpool-council for both "Blackpool-Council" and "Blackpool Council"');
  });

  it('refuses a report whose address a register row\'s name also makes, at the report\'s title, naming the row', () => {
    const row = HARROW_ROW.replace('London Borough of Harrow', 'London Borough-of Harrow');
    const { councils, errors } = buildCouncils(registerWith(row), [harrow]);
    expect(errors.map((e) => [e.name, e.file, e.line, e.detail])).toEqual([['ConsistencyError', HARROW_FILE, 5,
      `expected each council to have its own address, found /london-borough-of-harrow for both "London Borough of Harrow" and "London Borough-of Harrow" (${REGISTER}:${HARROW_LINE})`]]);
    expect(councils.filter((c) => c.slug === 'london-borough-of-harrow').map((c) => c.authority)).toEqual(['London Borough-of Harrow']);
  });
});

describe('the register read whole', () => {
  const provenance = { file: 'p.md', text: '# Register\n\nSnapshot: 3 October 2025\n' };
  const valid = { file: 'valid.csv', text: readText('tests/fixtures/register/valid.csv') };

  it('counts in its snapshot the councils with a row, not those with only a report', () => {
    const register = readRegister({ csvs: [valid], provenance, provenanceFile: 'p.md', reports: [harrow] });
    expect(register.errors).toEqual([]);
    expect(register.councils).toHaveLength(7);
    expect(register.snapshot).toMatchObject({ date: '2025-10-03', line: 3, rows: 6, councils: 6 });
    expect(register.warnings.map((w) => w.file)).toEqual([HARROW_FILE]);
  });

  it('collects the problems of every file and of the provenance together', () => {
    const bad = { file: 'score-5.csv', text: readText('tests/fixtures/register/score-5.csv') };
    const register = readRegister({ csvs: [valid, bad], provenance: null, provenanceFile: 'p.md', reports: [] });
    expect(register.errors.map((e) => `${e.name} ${e.file}:${e.line}`)).toEqual([
      'StructureError p.md:1',
      'ValueError score-5.csv:6',
      'ConsistencyError score-5.csv:2',
      'ConsistencyError score-5.csv:3',
      'ConsistencyError score-5.csv:4',
      'ConsistencyError score-5.csv:5',
    ]);
    expect(register.snapshot).toBeNull();
  });

  it('collects a provenance without a snapshot line as an error, with no snapshot, and names a missing provenance file', () => {
    const register = readRegister({ csvs: [valid], provenance: { file: 'p.md', text: '# Register\n' }, provenanceFile: 'p.md', reports: [] });
    expect(register.errors.map((e) => [e.name, e.file, e.line])).toEqual([['StructureError', 'p.md', 1]]);
    expect(register.snapshot).toBeNull();
    expect(readRegister({ csvs: [valid], provenance: null, provenanceFile: 'p.md', reports: [] }).errors.map((e) => e.message)).toEqual([
      'p.md:1: expected the ratings register\'s provenance with its "Snapshot: <date>" line, found no such file',
    ]);
  });

  it('refuses a register with no file at all', () => {
    const register = readRegister({ csvs: [], provenance, provenanceFile: 'p.md', reports: [] });
    expect(register.errors.map((e) => e.message)).toEqual(['p.md:1: expected the ratings register (a *.csv file beside this one), found none']);
  });
});
