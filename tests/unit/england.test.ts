import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ENGLAND_FILE, LATER_FILE } from '@/lib/content-check';
import { COUNCIL_TYPES, ENGLAND_COUNCILS, REGIONS, parseEngland, parseLaterResults } from '@/lib/register';
import { readText } from './helpers';

/** The councils file and the later results, checked line by line (lib/register/england.ts, later.ts). */

const englandText = readText(ENGLAND_FILE);
const laterText = readText(LATER_FILE);
const [englandHeader = '', ...englandLines] = englandText.trimEnd().split('\n');
const [laterHeader = '', ...laterLines] = laterText.trimEnd().split('\n');
/** The file with its data line `n` (1-based, after the header) changed. */
const changed = (header: string, lines: string[], n: number, change: (line: string) => string) =>
  [header, ...lines.map((l, i) => (i === n - 1 ? change(l) : l))].join('\n');

describe('England\'s councils (content/councils-england.csv)', () => {
  it('reads every row as the file gives it, with each column where a plain CSV reader finds it', () => {
    const { councils, errors } = parseEngland(englandText, ENGLAND_FILE);
    expect(errors).toEqual([]);
    const records: Record<string, string>[] = parse(englandText, { columns: true, bom: true });
    expect(councils.map((c) => [c.gssCode, c.name, c.shortName, c.region, c.type, c.formerGssCode ?? '', c.registerAuthority ?? '']))
      .toEqual(records.map((r) => [r.gss_code, r.name, r.short_name, r.region, r.type, r.former_gss_code, r.register_authority]));
    expect(councils).toHaveLength(ENGLAND_COUNCILS);
    expect(councils.find((c) => c.shortName === 'Harrow')).toMatchObject({ gssCode: 'E09000015', region: 'London', type: 'London borough', line: lineOf('E09000015') });
  });

  it('knows every region and type the file uses, and the file uses every one', () => {
    const { councils } = parseEngland(englandText, ENGLAND_FILE);
    expect(new Set(councils.map((c) => c.region))).toEqual(new Set(REGIONS));
    expect(new Set(councils.map((c) => c.type))).toEqual(new Set(COUNCIL_TYPES));
  });

  it('refuses a code that is not an ONS code of such a council, naming its line and the cell', () => {
    const { errors } = parseEngland(changed(englandHeader, englandLines, 3, (l) => l.replace(/^E\d+/, 'E07000001')), ENGLAND_FILE);
    // The count is not checked as well: the bad row is the one problem to fix.
    expect(errors.map((e) => e.message)).toEqual([
      `${ENGLAND_FILE}:4: column "gss_code": expected an ONS (GSS) code such as "E09000015" (E06, E08, E09 or E10 and six digits), found "E07000001"`,
    ]);
  });

  it('refuses a region or a type spelt otherwise than ONS spells it', () => {
    const region = parseEngland(changed(englandHeader, englandLines, 1, (l) => l.replace(',London,', ',Greater London,')), ENGLAND_FILE).errors;
    expect(region[0]?.message).toMatch(new RegExp(`^${ENGLAND_FILE}:2: column "region": expected one of England's regions as ONS spells them: .*, found "Greater London"$`));
    const type = parseEngland(changed(englandHeader, englandLines, 1, (l) => l.replace(',London borough,', ',london borough,')), ENGLAND_FILE).errors;
    expect(type[0]?.message).toBe(`${ENGLAND_FILE}:2: column "type": expected one of ${COUNCIL_TYPES.join(', ')}, found "london borough"`);
  });

  it('refuses a code, a name or a register spelling given twice, at the later line', () => {
    const twice = [englandHeader, ...englandLines, englandLines[4] ?? ''].join('\n');
    const { errors } = parseEngland(twice, ENGLAND_FILE);
    const code = englandLines[4]?.split(',')[0];
    expect(errors.map((e) => e.message)[0]).toBe(`${ENGLAND_FILE}:${englandLines.length + 2}: column "gss_code": expected each council once, found "${code}" again (first at line 6)`);
  });

  it('refuses a file that does not hold England\'s councils, one a row', () => {
    const { errors } = parseEngland([englandHeader, ...englandLines.slice(1)].join('\n'), ENGLAND_FILE);
    expect(errors.map((e) => e.message)).toEqual([`${ENGLAND_FILE}:${englandLines.length}: expected England's ${ENGLAND_COUNCILS} councils with adult social care duties, one a row, found ${ENGLAND_COUNCILS - 1}`]);
  });

  it('refuses another header or a short row, naming what it expected', () => {
    expect(parseEngland(englandText.replace('short_name', 'shortname'), ENGLAND_FILE).errors.map((e) => e.message))
      .toEqual([`${ENGLAND_FILE}:1: expected column 3 of the header to be "short_name", found "shortname"`]);
    expect(parseEngland(changed(englandHeader, englandLines, 2, (l) => l.split(',').slice(0, 5).join(',')), ENGLAND_FILE).errors[0]?.message)
      .toBe(`${ENGLAND_FILE}:3: expected 7 fields (gss_code, name, short_name, region, type, former_gss_code, register_authority), found 5`);
  });
});

function lineOf(code: string): number {
  return englandText.split('\n').findIndex((l) => l.startsWith(`${code},`)) + 1;
}

describe('the later results (content/cqc-later-results.csv)', () => {
  it('reads every row with its council\'s code, its source, and empty cells as not recorded', () => {
    const { rows, errors } = parseLaterResults(laterText, LATER_FILE);
    expect(errors).toEqual([]);
    const records: Record<string, string>[] = parse(laterText, { columns: true, bom: true });
    expect(rows.map((r) => [r.gssCode, r.row.authority, r.row.rating, r.row.published, r.row.reportUrl ?? '', r.row.overallScore === null ? '' : String(r.row.overallScore), r.row.source]))
      .toEqual(records.map((r) => [r.gss_code, r.authority, r.rating, r.published, r.report_url, r.overall_score, r.source]));
    const york = rows.find((r) => r.gssCode === 'E06000014')?.row;
    expect(york).toMatchObject({ origin: 'later', rating: 'Requires improvement', overallScore: 39, line: 2 });
    expect(Object.values(york?.scores ?? {})).toEqual([1, 2, 2, 1, 2, 1, 1, 2, 2]);
    const leeds = rows.find((r) => r.row.authority === 'Leeds City Council')?.row;
    expect(Object.values(leeds?.scores ?? {}).every((s) => s === null)).toBe(true);
    expect(leeds?.overallScore).toBeNull();
  });

  it('refuses a printed overall score that disagrees with the nine scores, rounded up as CQC rounds', () => {
    const { errors } = parseLaterResults(changed(laterHeader, laterLines, 1, (l) => l.replace(',39,', ',40,')), LATER_FILE);
    expect(errors.map((e) => e.message)).toEqual([`${LATER_FILE}:2: column "overall_score": expected 39, CQC's printed score for 14 of 36 (rounded up), found 40`]);
  });

  it('refuses a rating that disagrees with the nine scores, or with the band of the printed score', () => {
    const nine = parseLaterResults(changed(laterHeader, laterLines, 1, (l) => l.replace(',Requires improvement,', ',Inadequate,')), LATER_FILE).errors;
    expect(nine[0]?.message).toBe(`${LATER_FILE}:2: column "rating": expected the rating CQC's method gives for 14 of 36 (39%), "Requires improvement", found "Inadequate"`);
    const hackney = laterLines.findIndex((l) => l.startsWith('London Borough of Hackney,')) + 1;
    const band = parseLaterResults(changed(laterHeader, laterLines, hackney, (l) => l.replace(',Requires improvement,', ',Good,')), LATER_FILE).errors;
    expect(band[0]?.message).toBe(`${LATER_FILE}:${hackney + 1}: column "rating": expected "Requires improvement", the band of CQC's overall score 62 (39-62%), found "Good"`);
  });

  it('refuses a row without its source, and a score or code that is not one', () => {
    const noSource = parseLaterResults(changed(laterHeader, laterLines, 2, (l) => `${l.slice(0, l.indexOf(',"https'))},`), LATER_FILE).errors;
    expect(noSource[0]?.message).toBe(`${LATER_FILE}:3: column "source": expected the source that states the result: its address and the words that say it, found it empty`);
    const score = parseLaterResults(changed(laterHeader, laterLines, 2, (l) => l.replace(',59,2,2,', ',59,5,2,')), LATER_FILE).errors;
    expect(score[0]?.message).toMatch(new RegExp(`^${LATER_FILE}:3: column "assessing-needs": .*found "5"$`));
    const code = parseLaterResults(changed(laterHeader, laterLines, 2, (l) => l.replace('E08000034', 'X1')), LATER_FILE).errors;
    expect(code[0]?.message).toMatch(new RegExp(`^${LATER_FILE}:3: column "gss_code": expected an ONS \\(GSS\\) code`));
  });

  it('keeps the line a record starts on when a quoted source runs over two lines', () => {
    const text = changed(laterHeader, laterLines, 1, (l) => l.replace('(CQC summary page:', '(CQC summary\npage:'));
    const { rows, errors } = parseLaterResults(text, LATER_FILE);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.row.line)).toEqual([2, 4, 5, 6, 7, 8, 9]);
  });
});
