import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConsistencyError, parseAssessment, parseAssessmentBytes } from '@/lib/assessment';
import { ENGLAND_FILE, LATER_FILE } from '@/lib/content-check';
import { buildCouncils, crossCheck, englandOf, parseLaterResults, parseRegister, readRegister, reportUrlOf, type LaterRow, type RegisterInput, type RegisterRow, type ReportFile } from '@/lib/register';
import { STATEMENT_SLUGS } from '@/lib/framework';
import { unclaimedNames } from '@/lib/register/councils';
import { HARROW_FILE, lineOf, parseHarrow, readText, statementOf } from './helpers';
import { checkAgainst, councilsOf, englandCouncils } from './register-helpers';

const REGISTER = 'content/cqc-local-authority-ratings.csv';
const registerText = readText(REGISTER);
const harrowText = readText(HARROW_FILE);
const HARROW_ROW = registerText.split('\n').find((l) => l.startsWith('London Borough of Harrow,')) ?? '';
const HARROW_LINE = registerText.split('\n').indexOf(HARROW_ROW) + 1;
const harrow: ReportFile = { file: HARROW_FILE, assessment: parseHarrow() };

/** Harrow's report, as if another council's: its name replaced throughout, parsed (as the benchmark's made-up councils are). */
function reportAs(authority: string): ReportFile {
  const file = `content/${authority}.txt`;
  return { file, assessment: parseAssessment(harrowText.replaceAll('London Borough of Harrow', authority), file) };
}

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
    expect(checkAgainst(rows, [harrow])).toEqual({ errors: [], warnings: [] });
  });

  it('fails at the register\'s line, naming the report\'s rating line, when the rating is not recorded', () => {
    const errors = checkAgainst(registerWith(HARROW_ROW.replace(',Requires improvement,', ',,')), [harrow]).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(ConsistencyError);
    expect(errors[0]?.message).toBe(`${REGISTER}:${HARROW_LINE}: column "rating": expected "Requires improvement", the rating of ${HARROW_FILE}:${lineOf(harrowText, 'Requires improvement')}, found it empty`);
  });

  it('fails on a rating that differs from the report\'s, whatever the scores say', () => {
    const [row] = registerWith(HARROW_ROW).filter((r) => r.authority === 'London Borough of Harrow');
    if (!row) throw new Error('no Harrow row');
    const errors = checkAgainst([{ ...row, rating: 'Good' }], [harrow]).errors;
    expect(errors.map((e) => e.message)).toEqual([`${REGISTER}:${HARROW_LINE}: column "rating": expected "Requires improvement", the rating of ${HARROW_FILE}:37, found "Good"`]);
  });

  it('fails at the register\'s line, naming the report\'s publication line, when the month differs', () => {
    const errors = checkAgainst(registerWith(HARROW_ROW.replace(',2024-08,', ',2024-07,')), [harrow]).errors;
    expect(errors.map((e) => [e.name, e.message])).toEqual([['ConsistencyError',
      `${REGISTER}:${HARROW_LINE}: "London Borough of Harrow": expected a row published 2024-08, the month of its report (${HARROW_FILE}:${lineOf(harrowText, 'Assessment published: 16 August 2024')}), found only 2024-07 (${REGISTER}:${HARROW_LINE})`]]);
  });

  it('fails at the register\'s line, naming the statement\'s score line, when a score differs', () => {
    const safeguarding = statementOf(harrow.assessment, 'safeguarding');
    const errors = checkAgainst(registerWith(HARROW_ROW.replace(/,2,2,2,3$/, ',2,3,2,3')), [harrow]).errors;
    expect(errors.map((e) => [e.name, e.message])).toEqual([['ConsistencyError',
      `${REGISTER}:${HARROW_LINE}: column "safeguarding": expected 2, the score of ${HARROW_FILE}:${safeguarding.lines.score}, found 3`]]);
    expect(safeguarding.lines.score).toBe(lineOf(harrowText, 'Score: 2', lineOf(harrowText, 'Safeguarding', 600)));
  });

  it('lists every disagreement of a row, not only the first', () => {
    const errors = checkAgainst(registerWith(HARROW_ROW.replace(',Requires improvement,', ',,').replace(',2,2,3,2,3,', ',3,2,3,2,3,')), [harrow]).errors;
    expect(errors.map((e) => e.detail.split(':')[0])).toEqual(['column "rating"', 'column "assessing-needs"']);
  });

  it('accepts a later assessment of the same council as another row, and links the report to its own month\'s row', () => {
    const later = 'London Borough of Harrow,Good,2025-09,https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0925,3,3,3,3,3,3,3,3,3';
    const rows = registerWith(HARROW_ROW, [later]);
    expect(checkAgainst(rows, [harrow])).toEqual({ errors: [], warnings: [] });
    const council = councilsOf(rows, [harrow]).councils.find((c) => c.slug === 'london-borough-of-harrow');
    expect(council?.rows.map((r) => r.published)).toEqual(['2025-09', '2024-08']);
    expect(council && reportUrlOf(council)).toBe('https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0824');
  });

  it('fails when the register holds only a later assessment of the report\'s council', () => {
    const later = 'London Borough of Harrow,Good,2025-09,https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0925,3,3,3,3,3,3,3,3,3';
    const errors = checkAgainst(registerWith(null, [later]), [harrow]).errors;
    expect(errors.map((e) => e.line)).toEqual([registerText.trimEnd().split('\n').length]);
    expect(errors[0]?.detail).toContain('expected a row published 2024-08, the month of its report');
    expect(errors[0]?.detail).toContain('found only 2025-09');
  });

  it('fails at the newest of the council\'s rows when none is of the report\'s month, listing them all, newest first', () => {
    const older = HARROW_ROW.replace(',2024-08,', ',2023-01,').replace('harrow-0824', 'harrow-0123');
    const later = 'London Borough of Harrow,Good,2025-09,https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0925,3,3,3,3,3,3,3,3,3';
    const lines = registerText.trimEnd().split('\n').length;
    const errors = checkAgainst(registerWith(null, [later, older]), [harrow]).errors;
    expect(errors.map((e) => e.line)).toEqual([lines]);
    expect(errors[0]?.detail.endsWith(`found only 2025-09 (${REGISTER}:${lines}), 2023-01 (${REGISTER}:${lines + 1})`)).toBe(true);
  });

  it('fails at the newest of the council\'s rows even when the register lists an older one first', () => {
    const older = HARROW_ROW.replace(',2024-08,', ',2023-01,').replace('harrow-0824', 'harrow-0123');
    const later = 'London Borough of Harrow,Good,2025-09,https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0925,3,3,3,3,3,3,3,3,3';
    const lines = registerText.trimEnd().split('\n').length;
    const errors = checkAgainst(registerWith(null, [older, later]), [harrow]).errors;
    expect(errors.map((e) => e.line)).toEqual([lines + 1]);
    expect(errors[0]?.detail.endsWith(`found only 2025-09 (${REGISTER}:${lines + 1}), 2023-01 (${REGISTER}:${lines})`)).toBe(true);
  });

  it('fails on a score the register leaves empty where the report has one', () => {
    const errors = checkAgainst(registerWith(HARROW_ROW.replace(/,2,3$/, ',,3')), [harrow]).errors;
    expect(errors.map((e) => e.detail)).toEqual([
      `column "governance-management-and-sustainability": expected 2, the score of ${HARROW_FILE}:${statementOf(harrow.assessment, 'governance-management-and-sustainability').lines.score}, found it empty`,
    ]);
  });

  it('fails on a statement that is none of CQC\'s nine, at the report\'s line, and on the score the register gives the one it replaces', () => {
    const renamed = harrowText.replace(/^- Safeguarding$/m, '- Workforce wellbeing').replace(/^Safeguarding$/gm, 'Workforce wellbeing');
    const report = { file: HARROW_FILE, assessment: parseAssessment(renamed, HARROW_FILE) };
    const errors = checkAgainst(registerWith(HARROW_ROW), [report]).errors;
    expect(errors.map((e) => [e.file, e.line, e.detail])).toEqual([
      [HARROW_FILE, 647, 'quality statement "Workforce wellbeing": expected one of CQC\'s nine quality statements, found none of that name'],
      [REGISTER, HARROW_LINE, `column "safeguarding": expected it empty, as ${HARROW_FILE} does not assess "Safeguarding" (its scores at line 41), found 2`],
    ]);
  });

  it('joins a report to its council whatever the case or spacing of its title', () => {
    const report = reportAs('London  borough of HARROW');
    expect(checkAgainst(registerWith(HARROW_ROW), [report])).toEqual({ errors: [], warnings: [] });
    expect(councilsOf(registerWith(HARROW_ROW), [report]).councils.find((c) => c.report)?.england?.gssCode).toBe('E09000015');
  });

  it('joins a register row by its name as the councils file writes it, whatever its case or spacing, and refuses another name', () => {
    const respaced = registerWith(HARROW_ROW.replace('London Borough of Harrow', 'London  borough of HARROW'));
    expect(councilsOf(respaced, [harrow]).errors).toEqual([]);
    expect(unclaimedNames(englandCouncils(), respaced)).toEqual([]);
    const renamed = registerWith(HARROW_ROW.replace('London Borough of Harrow', 'Harrow Borough'));
    expect(councilsOf(renamed, [harrow]).errors.map((e) => e.message)).toEqual([
      `${REGISTER}:${HARROW_LINE}: "Harrow Borough": expected a council of content/councils-england.csv whose register_authority is this name, found none`,
    ]);
    expect(unclaimedNames(englandCouncils(), renamed).map((e) => e.message)).toEqual([
      `content/councils-england.csv:${lineOf(readText('content/councils-england.csv'), 'E09000015,London Borough of Harrow,Harrow,London,London borough,,London Borough of Harrow')}: column "register_authority": expected a council the ratings register names "London Borough of Harrow", found no such row`,
    ]);
  });

  it('warns, and does not fail, when a report\'s council has no result at all', () => {
    expect(checkAgainst(registerWith(null), [harrow]).warnings).toEqual([
      { file: HARROW_FILE, message: 'no result for London Borough of Harrow in the register or the later results, so its pages cannot link to the report on CQC\'s website and it is counted in no figure' },
    ]);
  });
});

describe('a report that assesses eight statements', () => {
  // Fenwick's made-up report, read as a register council's (Blackpool's), whose row the register then gives.
  const fenwick = () => {
    const report = fixtureReport('fenwick-city-council.txt');
    return { ...report, assessment: { ...report.assessment, authority: 'Blackpool Council', slug: 'blackpool-council' } };
  };
  const BLACKPOOL_ROW = registerText.split('\n').find((l) => l.startsWith('Blackpool Council,')) ?? '';
  const BLACKPOOL_LINE = registerText.split('\n').indexOf(BLACKPOOL_ROW) + 1;
  const rows = (equity: string) => registerWith(HARROW_ROW).map((r) => (r.authority === 'Blackpool Council' ? parseRegister(`${registerText.split('\n')[0]}\n${
    `Blackpool Council,Good,2025-03,https://www.cqc.org.uk/care-services/local-authority-assessment-reports/fenwick-0325,3,3,${equity},3,3,2,3,3,3`}`, REGISTER).rows.map((row) => ({ ...row, line: BLACKPOOL_LINE }))[0] ?? r : r));

  it('agrees with a row whose unassessed statement is empty', () => {
    expect(checkAgainst(rows(''), [harrow, fenwick()])).toEqual({ errors: [], warnings: [] });
  });

  it('fails on a score for the statement it does not assess', () => {
    const report = fenwick();
    const errors = checkAgainst(rows('3'), [harrow, report]).errors;
    expect(errors.map((e) => [e.file, e.line, e.detail])).toEqual([[REGISTER, BLACKPOOL_LINE,
      `column "equity-in-experience-and-outcomes": expected it empty, as ${report.file} does not assess "Equity in experience and outcomes" (its scores at line 13), found 3`]]);
  });
});

describe('councils', () => {
  const ashdown = fixtureReport('ashdown-district-council.txt');
  // Each test builds the councils, so mutation testing sees what it asserts (helpers.ts).
  const build = () => councilsOf(registerWith(HARROW_ROW), [harrow, ashdown]);

  it('has one entry per council of England, by name, each register council with its one row, and one for a report of none of them', () => {
    const { councils, errors, warnings } = build();
    expect(errors).toEqual([]);
    expect(councils).toHaveLength(englandCouncils().length + 1);
    expect(councils.map((c) => c.authority)).toEqual([...councils.map((c) => c.authority)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(councils.filter((c) => c.rows.length === 1)).toHaveLength(registerText.trim().split('\n').length - 1);
    expect(councils.filter((c) => c.england === null).map((c) => c.authority)).toEqual(['Ashdown District Council']);
    expect(warnings).toEqual([{ file: ashdown.file, message: '"Ashdown District Council" is none of England\'s councils in content/councils-england.csv: its pages are built, but it is counted in no figure for England' }]);
  });

  it('lists England\'s councils among them as the councils file does, and not a report\'s council of none of them', () => {
    const england = englandOf(build().councils);
    expect(england.map((c) => c.gssCode).sort()).toEqual(englandCouncils().map((c) => c.gssCode).sort());
  });

  it('gives a council the slug of its official name, and its register spelling as an alias that redirects there', () => {
    const stoke = build().councils.find((c) => c.england?.shortName === 'Stoke-on-Trent');
    expect(stoke).toMatchObject({ slug: 'stoke-on-trent-city-council', authority: 'Stoke-on-Trent City Council', aliases: ['stoke'] });
    expect(stoke?.rows.map((r) => r.authority)).toEqual(['Stoke']);
  });

  it('joins a report titled as the register spells its council, keeping the report\'s address and the official name\'s as an alias', () => {
    const stoke = councilsOf(registerWith(HARROW_ROW), [reportAs('Stoke')]).councils.find((c) => c.report);
    expect(stoke).toMatchObject({ slug: 'stoke', authority: 'Stoke-on-Trent City Council', aliases: ['stoke-on-trent-city-council'] });
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

  it('refuses a report of no council on the list whose address is a council\'s, at the report\'s title, naming the council', () => {
    const report = reportAs('Blackpool-Council');
    const { errors } = councilsOf(registerWith(HARROW_ROW), [harrow, report]);
    const blackpool = englandCouncils().find((c) => c.name === 'Blackpool Council');
    expect(errors.map((e) => [e.name, e.file, e.line, e.detail])).toEqual([['ConsistencyError', report.file, report.assessment.lines.title,
      `expected each council to have its own address, found /blackpool-council for both "Blackpool-Council" and "Blackpool Council" (content/councils-england.csv:${blackpool?.line})`]]);
  });
});

describe('the register read whole', () => {
  const provenance = { file: 'p.md', text: '# Register\n\nSnapshot: 3 October 2025\n' };
  const register = { file: REGISTER, text: registerText };
  const data = (file: string) => ({ name: file, csv: { file, text: readText(file) }, provenance: { file: file.replace('.csv', '.md'), text: readText(file.replace('.csv', '.md')) } });
  const input = (over: Partial<RegisterInput> = {}): RegisterInput => ({
    csvs: [register], provenance, provenanceFile: 'p.md', england: data(ENGLAND_FILE), later: data(LATER_FILE), reports: [harrow], ...over,
  });

  it('joins every council of England to its results and report, and counts in its snapshot the register\'s own rows and councils', () => {
    const read = readRegister(input());
    expect(read.errors).toEqual([]);
    expect(read.warnings).toEqual([]);
    const england = readText(ENGLAND_FILE).trim().split('\n').slice(1);
    expect(read.councils).toHaveLength(england.length);
    const registerRows = registerText.trim().split('\n').slice(1);
    expect(read.snapshot).toMatchObject({ date: '2025-10-03', line: 3, rows: registerRows.length, councils: new Set(registerRows.map((r) => r.split(',')[0])).size });
    const laterRows = readText(LATER_FILE).trim().split('\n').slice(1);
    expect(read.councils.flatMap((c) => c.rows).filter((r) => r.origin === 'later')).toHaveLength(laterRows.length);
    expect(read.provenances.map((p) => p.file)).toEqual(['content/councils-england.md', 'content/cqc-later-results.md']);
  });

  it('collects the problems of every file and of the provenance together', () => {
    const bad = { file: 'score-5.csv', text: readText('tests/fixtures/register/score-5.csv') };
    const read = readRegister(input({ csvs: [register, bad], provenance: null }));
    expect(read.errors.map((e) => `${e.name} ${e.file}:${e.line}`).slice(0, 2)).toEqual(['StructureError p.md:1', 'ValueError score-5.csv:6']);
    // The fixture's made-up councils are in no council file: each is an error at its own line.
    expect(read.errors.slice(2).every((e) => e.file === 'score-5.csv' && /expected a council of content\/councils-england.csv/.test(e.detail))).toBe(true);
    expect(read.snapshot).toBeNull();
  });

  it('names each missing data file and provenance', () => {
    const read = readRegister(input({ england: { name: ENGLAND_FILE, csv: null, provenance: null }, later: { ...data(LATER_FILE), provenance: null } }));
    expect(read.errors.slice(0, 3).map((e) => e.message)).toEqual([
      'content/councils-england.csv:1: expected every council in England with adult social care duties, found no such file',
      'content/councils-england.md:1: expected the provenance of content/councils-england.csv (where its figures come from), found no such file',
      'content/cqc-later-results.md:1: expected the provenance of content/cqc-later-results.csv (where its figures come from), found no such file',
    ]);
  });

  it('collects a provenance without a snapshot line as an error, with no snapshot, and names a missing provenance file', () => {
    const read = readRegister(input({ provenance: { file: 'p.md', text: '# Register\n' } }));
    expect(read.errors.map((e) => [e.name, e.file, e.line])).toEqual([['StructureError', 'p.md', 1]]);
    expect(read.snapshot).toBeNull();
    expect(readRegister(input({ provenance: null })).errors.map((e) => e.message)).toEqual([
      'p.md:1: expected the ratings register\'s provenance with its "Snapshot: <date>" line, found no such file',
    ]);
  });

  it('names a missing later results file, and reads the rest without it', () => {
    const read = readRegister(input({ later: { ...data(LATER_FILE), csv: null } }));
    expect(read.errors.map((e) => e.message)).toEqual([`${LATER_FILE}:1: expected the results published after the register's snapshot, found no such file`]);
    expect(read.councils.flatMap((c) => c.rows).filter((r) => r.origin === 'later')).toEqual([]);
    expect(read.provenances.map((p) => p.file)).toEqual(['content/councils-england.md', 'content/cqc-later-results.md']);
  });

  it('gives the provenance of each data file there is, without a byte order mark at its start', () => {
    const marked = { file: 'content/cqc-later-results.md', text: '\uFEFF# Later results\n\nA zero\uFEFFwidth space stays.\n' };
    const read = readRegister(input({ england: { ...data(ENGLAND_FILE), provenance: null }, later: { ...data(LATER_FILE), provenance: marked } }));
    expect(read.provenances).toEqual([{ file: marked.file, markdown: '# Later results\n\nA zero\uFEFFwidth space stays.\n' }]);
    const unmarked = { file: 'content/councils-england.md', text: '# Councils\n\nA zero\uFEFFwidth space stays.\n' };
    expect(readRegister(input({ england: { ...data(ENGLAND_FILE), provenance: unmarked } })).provenances[0]?.markdown).toBe(unmarked.text);
    expect(read.errors.map((e) => e.message)).toEqual(['content/councils-england.md:1: expected the provenance of content/councils-england.csv (where its figures come from), found no such file']);
  });

  it('names a missing provenance after its data file, with only the final .csv made .md', () => {
    const read = readRegister(input({ later: { name: 'content/later.csv.csv', csv: null, provenance: null } }));
    expect(read.errors.map((e) => e.file)).toEqual(['content/later.csv.csv', 'content/later.csv.md']);
  });

  it('checks the register\'s rows and the later results together against the snapshot', () => {
    const snapshot = { file: 'p.md', text: '# Register\n\nSnapshot: 3 January 2026\n' };
    const read = readRegister(input({ provenance: snapshot }));
    const before = parseLaterResults(readText(LATER_FILE), LATER_FILE).rows.map((l) => l.row).filter((r) => r.published < '2026-01');
    expect(before.length).toBeGreaterThan(0);
    expect(read.errors.map((e) => e.message)).toEqual(before.map((r) => `${LATER_FILE}:${r.line}: column "published": expected a month no earlier than the register's snapshot, 2026-01 (p.md:3), found ${r.published}; a result published before it belongs in the register`));
    const twice = readRegister(input({ csvs: [register, { file: 'content/again.csv', text: registerText }] }));
    expect(twice.errors[0]?.message).toMatch(/^content\/again\.csv:2: expected one row per authority and month, found ".*" \d{4}-\d\d again \(first at content\/cqc-local-authority-ratings\.csv:2\)/);
  });

  it('names a council whose register row is missing, unless a register row failed (its council would be named twice)', () => {
    const lines = registerText.trimEnd().split('\n');
    const without = lines.filter((l) => l !== HARROW_ROW);
    const harrowLine = englandCouncils().find((c) => c.gssCode === 'E09000015')?.line;
    const missing = readRegister(input({ csvs: [{ file: REGISTER, text: without.join('\n') }], reports: [] }));
    expect(missing.errors.map((e) => e.message)).toEqual([`${ENGLAND_FILE}:${harrowLine}: column "register_authority": expected a council the ratings register names "London Borough of Harrow", found no such row`]);
    const bad = [...without.slice(0, -1), (without.at(-1) ?? '').replace(/,\d$/, ',5')];
    const failed = readRegister(input({ csvs: [{ file: REGISTER, text: bad.join('\n') }], reports: [] }));
    expect(failed.errors.map((e) => [e.name, e.line])).toEqual([['ValueError', bad.length]]);
  });

  it('refuses a register with no file at all', () => {
    const read = readRegister(input({ csvs: [] }));
    expect(read.errors.map((e) => e.message)[0]).toBe('p.md:1: expected the ratings register (a *.csv file beside this one), found none');
  });
});

describe('later results joined to their councils and checked against the reports', () => {
  const laterRows = () => parseLaterResults(readText(LATER_FILE), LATER_FILE).rows;
  const york = (): LaterRow => {
    const row = laterRows()[0];
    if (!row) throw new Error('no later result');
    return row;
  };
  const councilOf = (code: string) => {
    const council = englandCouncils().find((c) => c.gssCode === code);
    if (!council) throw new Error(`no council ${code}`);
    return council;
  };
  /** Harrow's register row as a later result (the register then without it), with these changes. */
  const harrowLater = (change: Partial<RegisterRow>): LaterRow => {
    const [row] = parseRegister(`${registerText.split('\n')[0]}\n${HARROW_ROW}`, REGISTER).rows;
    if (!row) throw new Error('no Harrow row');
    return { gssCode: 'E09000015', row: { ...row, origin: 'later', source: 'a source', file: LATER_FILE, line: 2, ...change } };
  };
  /** Harrow's report as if it printed CQC's overall score `score` at line 31. */
  const harrowScored = (score: number): ReportFile => ({ file: HARROW_FILE, assessment: { ...harrow.assessment, overallScore: score, lines: { ...harrow.assessment.lines, overallScore: 31 } } });

  it('refuses a later result whose code is no council\'s, at its line, and joins it to none', () => {
    const result = { ...york(), gssCode: 'E06999999' };
    const { councils, errors } = councilsOf(registerWith(HARROW_ROW), [harrow], [result]);
    expect(errors.map((e) => e.message)).toEqual([`${LATER_FILE}:2: column "gss_code": expected the code of a council in ${ENGLAND_FILE}, found "E06999999"`]);
    expect(councils.flatMap((c) => c.rows).filter((r) => r.origin === 'later')).toEqual([]);
  });

  it('refuses a later result named otherwise than its council, naming the council\'s line, and joins one named as the register names it', () => {
    const { gssCode, row } = york();
    const council = councilOf(gssCode);
    const renamed = councilsOf(registerWith(HARROW_ROW), [harrow], [{ gssCode, row: { ...row, authority: 'York Council' } }]);
    expect(renamed.errors.map((e) => e.message)).toEqual([
      `${LATER_FILE}:2: column "authority": expected "${council.name}", the name of ${gssCode} (${ENGLAND_FILE}:${council.line}), found "York Council"`,
    ]);
    expect(renamed.councils.find((c) => c.england?.gssCode === gssCode)?.rows.filter((r) => r.origin === 'later')).toEqual([]);
    const durham = englandCouncils().find((c) => c.registerAuthority !== null && c.registerAuthority !== c.name);
    if (!durham?.registerAuthority) throw new Error('no council the register names otherwise');
    const spelt = { gssCode: durham.gssCode, row: { ...row, authority: durham.registerAuthority, published: '2026-01' } };
    const joined = councilsOf(registerWith(HARROW_ROW), [harrow], [spelt]);
    expect(joined.errors).toEqual([]);
    expect(joined.councils.find((c) => c.england?.gssCode === durham.gssCode)?.rows.map((r) => r.origin)).toContain('later');
  });

  it('refuses two results of one council in one month, at the later one, naming the first', () => {
    const result = harrowLater({ published: '2024-08' });
    expect(councilsOf(registerWith(HARROW_ROW), [harrow], [result]).errors.map((e) => e.message)).toEqual([
      `${LATER_FILE}:2: expected one result for "London Borough of Harrow" a month, found 2024-08 again (first at ${REGISTER}:${HARROW_LINE})`,
    ]);
    expect(councilsOf(registerWith(HARROW_ROW), [harrow], [harrowLater({ published: '2025-09' })]).errors).toEqual([]);
  });

  it('refuses a second full report of one council, at its title, naming the first', () => {
    const copy = { file: 'content/harrow-again.txt', assessment: harrow.assessment };
    const { councils, errors } = councilsOf(registerWith(HARROW_ROW), [harrow, copy]);
    expect(errors.map((e) => e.message)).toEqual([
      `${copy.file}:${harrow.assessment.lines.title}: expected one full report for each council, found "London Borough of Harrow" again (also ${HARROW_FILE})`,
    ]);
    expect(councils.filter((c) => c.report).map((c) => c.report?.file)).toEqual([HARROW_FILE]);
  });

  it('refuses a printed overall score other than the report\'s, naming the report\'s line, and compares none that either leaves out', () => {
    const check = (report: ReportFile, overallScore: number | null) => crossCheck(councilsOf(registerWith(null), [report], [harrowLater({ overallScore })]).councils).errors.map((e) => e.message);
    expect(check(harrowScored(50), 51)).toEqual([`${LATER_FILE}:2: column "overall_score": expected 50, CQC's overall score in ${HARROW_FILE}:31, found 51`]);
    expect(check(harrowScored(50), 50)).toEqual([]);
    expect(check(harrowScored(50), null)).toEqual([]);
    expect(check(harrow, 51)).toEqual([]);
  });

  it('names the report\'s rating line for its overall score when the report gives the score no line of its own', () => {
    const report = { file: HARROW_FILE, assessment: { ...harrow.assessment, overallScore: 50 } };
    const errors = crossCheck(councilsOf(registerWith(null), [report], [harrowLater({ overallScore: 51 })]).councils).errors;
    expect(errors.map((e) => e.detail)).toEqual([`column "overall_score": expected 50, CQC's overall score in ${HARROW_FILE}:${harrow.assessment.lines.rating}, found 51`]);
  });

  it('takes a later result\'s empty score as not recorded, and checks the scores it gives', () => {
    const row = harrowLater({}).row;
    const scores = { ...row.scores };
    for (const slug of STATEMENT_SLUGS) scores[slug] = slug === 'safeguarding' ? 3 : null;
    const errors = crossCheck(councilsOf(registerWith(null), [harrow], [harrowLater({ scores })]).councils).errors;
    expect(errors.map((e) => e.message)).toEqual([
      `${LATER_FILE}:2: column "safeguarding": expected 2, the score of ${HARROW_FILE}:${statementOf(harrow.assessment, 'safeguarding').lines.score}, found 3`,
    ]);
  });

  it('redirects from the slug of each spelling of a council\'s name that its rows use', () => {
    // A name the parser takes as the register's (another apostrophe) may still give another slug.
    const england = englandCouncils().map((c) => (c.gssCode === 'E09000015' ? { ...c, registerAuthority: 'Harrow\'s Borough' } : c));
    const rows = registerWith(HARROW_ROW.replace('London Borough of Harrow,', 'Harrow`s Borough,'));
    const { councils, errors } = buildCouncils({ rows, later: [], england, reports: [] }, { england: ENGLAND_FILE });
    expect(errors).toEqual([]);
    expect(councils.find((c) => c.england?.gssCode === 'E09000015')?.aliases).toEqual(['harrows-borough', 'harrow-s-borough']);
  });
});
