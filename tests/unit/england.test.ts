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

  it('names the column of a bad short name, former code or register spelling, and shows the line', () => {
    const shortName = parseEngland(changed(englandHeader, englandLines, 1, (l) => l.replace(/^([^,]*,[^,]*,)[^,]*/, '$1 Harrow')), ENGLAND_FILE).errors;
    expect(shortName.map((e) => e.detail)).toEqual(['column "short_name": expected the council\'s name, without spaces around it, found " Harrow"']);
    const line = englandLines[0]?.replace(/^([^,]*,[^,]*,[^,]*,[^,]*,[^,]*,)[^,]*/, '$1E07000001');
    const former = parseEngland(changed(englandHeader, englandLines, 1, () => line ?? ''), ENGLAND_FILE).errors;
    expect(former.map((e) => [e.line, e.detail.split(':')[0], e.excerpt])).toEqual([[2, 'column "former_gss_code"', line]]);
    const spelling = parseEngland(changed(englandHeader, englandLines, 1, (l) => `${l.replace(/,[^,]*$/, ',')}Harrow `), ENGLAND_FILE).errors;
    expect(spelling.map((e) => e.detail)).toEqual(['column "register_authority": expected the council\'s name, without spaces around it, found "Harrow "']);
  });

  it('refuses a name or a register spelling given to two councils', () => {
    const [first = '', second = ''] = englandLines.map((l) => l.split(','));
    const sameName = [...second.slice(0, 1), first[1] ?? '', ...second.slice(2)].join(',');
    const named = parseEngland(changed(englandHeader, englandLines, 2, () => sameName), ENGLAND_FILE).errors;
    expect(named.map((e) => e.message)).toEqual([`${ENGLAND_FILE}:3: column "name": expected each council once, found "${first[1]}" again (first at line 2)`]);
    const withSpelling = englandLines.findIndex((l) => !l.endsWith(','));
    const spelling = englandLines[withSpelling]?.split(',').at(-1);
    const other = englandLines.findIndex((l, i) => i > withSpelling);
    const sameSpelling = parseEngland(changed(englandHeader, englandLines, other + 1, (l) => `${l.replace(/,[^,]*$/, ',')}${spelling}`), ENGLAND_FILE).errors;
    expect(sameSpelling.map((e) => e.message)).toEqual([`${ENGLAND_FILE}:${other + 2}: column "register_authority": expected each council once, found "${spelling}" again (first at line ${withSpelling + 2})`]);
  });

  it('counts the councils of a file with a header alone, at the line after it', () => {
    expect(parseEngland(`${englandHeader}\n`, ENGLAND_FILE).errors.map((e) => e.message))
      .toEqual([`${ENGLAND_FILE}:2: expected England's ${ENGLAND_COUNCILS} councils with adult social care duties, one a row, found 0`]);
  });

  it('refuses an empty file, a header short of a column or with one more, and text that is not CSV, each at its line', () => {
    const messages = (text: string) => parseEngland(text, ENGLAND_FILE).errors.map((e) => e.message);
    expect(messages('')).toEqual([`${ENGLAND_FILE}:1: expected a header line (gss_code,name,short_name,region,type,former_gss_code,register_authority), found an empty file`]);
    expect(messages(englandText.replace(',register_authority', ''))).toEqual([`${ENGLAND_FILE}:1: expected column 7 of the header to be "register_authority", found no more columns`]);
    expect(messages(englandText.replace(',register_authority', ',register_authority,notes'))).toEqual([`${ENGLAND_FILE}:1: expected 7 columns, found another, "notes"`]);
    const [notCsv] = messages(`${englandHeader}\nE09000015,"London Borough of Harrow\n`);
    expect(notCsv).toMatch(new RegExp(`^${ENGLAND_FILE}:1: expected CSV with fields quoted as RFC 4180 quotes them, found this: .+`));
    expect(parseEngland('', ENGLAND_FILE).councils).toEqual([]);
  });

  it('shows the line of a bad row as written when the file ends its lines with CRLF', () => {
    const crlf = changed(englandHeader, englandLines, 2, (l) => l.replace(/^E\d+/, 'E07000001')).replaceAll('\n', '\r\n');
    const [error] = parseEngland(crlf, ENGLAND_FILE).errors;
    expect([error?.line, error?.excerpt]).toEqual([3, englandLines[1]?.replace(/^E\d+/, 'E07000001')]);
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

  it('takes an empty rating or overall score as not recorded, checking what is given', () => {
    const york = (change: (line: string) => string) => parseLaterResults(changed(laterHeader, laterLines, 1, change), LATER_FILE);
    const unrated = york((l) => l.replace(',Requires improvement,', ',,'));
    expect(unrated.errors).toEqual([]);
    expect(unrated.rows[0]?.row).toMatchObject({ rating: null, overallScore: 39 });
    const unscored = york((l) => l.replace(',39,', ',,'));
    expect(unscored.errors).toEqual([]);
    expect(unscored.rows[0]?.row).toMatchObject({ rating: 'Requires improvement', overallScore: null });
    const partial = laterLines.findIndex((l) => l.split(',').slice(6, 15).includes('')) + 1;
    const partly = parseLaterResults(changed(laterHeader, laterLines, partial, (l) => l.replace(/^([^,]*,[^,]*,)[^,]*/, '$1')), LATER_FILE);
    expect(partly.errors).toEqual([]);
    expect(partly.rows[partial - 1]?.row.rating).toBeNull();
  });

  it('refuses a score or an overall score with anything around its digits, showing the line', () => {
    for (const score of ['01', ' 1', '1 ', '1.']) {
      const text = changed(laterHeader, laterLines, 1, (l) => l.replace(',39,1,2,', `,39,${score},2,`));
      const { errors } = parseLaterResults(text, LATER_FILE);
      expect(errors.map((e) => [e.line, e.detail, e.excerpt])).toEqual([[2, `column "assessing-needs": expected a score from 1 to 4, found "${score}"`, text.split('\n')[1]]]);
    }
    for (const overall of ['039', ' 39', '39 ', '39.']) {
      const { errors } = parseLaterResults(changed(laterHeader, laterLines, 1, (l) => l.replace(',39,', `,${overall},`)), LATER_FILE);
      expect(errors.map((e) => e.detail)).toEqual(overall === '039' ? [] : [`column "overall_score": expected CQC's overall score, a whole number from 25 to 100, found "${overall}"`]);
    }
  });

  it('refuses a file with another header, with one error and no rows', () => {
    expect(parseLaterResults(laterText.replace(',source', ',sources'), LATER_FILE)).toEqual({ rows: [], errors: [expect.objectContaining({ line: 1, detail: 'expected column 16 of the header to be "source", found "sources"' })] });
  });

  it('keeps the line a record starts on when a quoted source runs over two lines', () => {
    const text = changed(laterHeader, laterLines, 1, (l) => l.replace('(CQC summary page:', '(CQC summary\npage:'));
    const { rows, errors } = parseLaterResults(text, LATER_FILE);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.row.line)).toEqual([2, 4, 5, 6, 7, 8, 9]);
  });
});
