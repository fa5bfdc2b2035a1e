import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '@/lib/assessment';
import { ENGLAND_FILE, LATER_FILE } from '@/lib/content-check';
import { STATEMENT_SLUGS } from '@/lib/framework';
import { parseLaterResults, parseProvenance, parseRegister, type Council, type Snapshot } from '@/lib/register';
import { formatMonth } from '@/lib/view/councils';
import { formatDate } from '@/lib/view/format';
import { OGL_ATTRIBUTION_TEXT } from '@/lib/view/sources';
import * as registerDownloadsModule from '@/lib/view/register-downloads';
import { HARROW_FILE, fresh, parseHarrow, readText } from './helpers';
import { councilsOf, englandCouncils } from './register-helpers';

const REGISTER = 'content/cqc-local-authority-ratings.csv';
const PROVENANCE = 'content/cqc-local-authority-ratings.md';
const HOLMBURY = 'tests/fixtures/site/holmbury-borough-council.txt';
const text = readText(REGISTER);
/** A content file read as records by csv-parse, apart from the code under test. */
const records = (file: string): Record<string, string>[] => parse(readText(file), { columns: true, bom: true });
const source = records(REGISTER);
const laterSource = records(LATER_FILE);
const englandSource = records(ENGLAND_FILE);
/** The ONS codes of England's councils with a result: a register row (by its register_authority) or a later result. */
const withResult = new Set([
  ...englandSource.filter((c) => source.some((r) => r.authority === c.register_authority)).map((c) => c.gss_code),
  ...laterSource.map((r) => r.gss_code),
]);
const registerCouncilCount = new Set(source.map((r) => r.authority)).size;
/** The snapshot as its provenance states it ("Snapshot: 3 October 2025"), read here apart from lib/register. */
const snapshotWords = /^Snapshot:\s*(.+)$/m.exec(readText(PROVENANCE))?.[1]?.trim() ?? '';
const snapshot: Snapshot = { ...parseProvenance(readText(PROVENANCE), PROVENANCE), rows: source.length, councils: registerCouncilCount };
const absolute = (path: string) => `https://example.org${path}`;
const EMPTY_RESULT = Object.fromEntries(['rating', 'overall_score_cqc', 'published', 'report_url', ...STATEMENT_SLUGS, 'source'].map((c) => [c, '']));

/** Every council as the build joins them: the register, the later results (or these of them), Harrow's report and Holmbury's (a made-up council outside England's list). Built inside each test. */
function realCouncils(later = parseLaterResults(readText(LATER_FILE), LATER_FILE).rows): Council[] {
  const reports = [{ file: HARROW_FILE, assessment: parseHarrow() }, { file: HOLMBURY, assessment: parseAssessment(readText(HOLMBURY), HOLMBURY) }];
  return councilsOf(parseRegister(text, REGISTER).rows, reports, later).councils;
}

/**
 * lib/view/register-downloads, loaded afresh inside each test: its column
 * table is built as the module loads, and a mutant is active only while a
 * test runs.
 */
const load = () => fresh('@/lib/view/register-downloads', registerDownloadsModule);

/** The CSV as records, written as the test runs. */
const written = async (): Promise<Record<string, string>[]> => parse((await load()).registerCsv(realCouncils(), snapshot, absolute), { columns: true });

describe('the register as CSV', () => {
  it('has a row for each published result and one for each council of England with none, so every council of England appears', async () => {
    const rows = await written();
    expect(rows).toHaveLength(source.length + laterSource.length + englandSource.length - withResult.size);
    expect(new Set(rows.map((r) => r.gss_code))).toEqual(new Set(englandSource.map((c) => c.gss_code)));
    for (const council of englandSource) {
      expect(rows.filter((r) => r.gss_code === council.gss_code && r.published !== '').length > 0, council.name).toBe(withResult.has(council.gss_code));
    }
  });

  it('holds every row of the register with its columns as the file gives them, the council\'s code, region and type, and the register as its source', async () => {
    const rows = await written();
    for (const record of source) {
      const council = englandSource.find((c) => c.register_authority === record.authority);
      const row = rows.find((r) => r.authority === record.authority && r.published === record.published);
      expect(row, record.authority).toMatchObject({
        ...record, gss_code: council?.gss_code, region: council?.region, type: council?.type,
        source: `Ratings register, snapshot of ${snapshotWords}: ${record.report_url}`,
      });
    }
  });

  it('holds every later result with CQC\'s printed overall score and the source it was found at, word for word', async () => {
    const rows = await written();
    for (const { gss_code: code, overall_score: overall, source: found, ...result } of laterSource) {
      const row = rows.find((r) => r.gss_code === code && r.published === result.published);
      expect(row, result.authority).toMatchObject({ ...result, overall_score_cqc: overall, source: found });
    }
  });

  it('gives a council with no result its official name, code, region and type, with every result column empty', async () => {
    const rows = await written();
    const without = englandSource.filter((c) => !withResult.has(c.gss_code));
    expect(without.length).toBeGreaterThan(0);
    for (const council of without) {
      expect(rows.filter((r) => r.gss_code === council.gss_code)).toEqual([{
        authority: council.name, gss_code: council.gss_code, region: council.region, type: council.type, ...EMPTY_RESULT,
        address: expect.stringMatching(/^https:\/\/example\.org\/[a-z0-9-]+$/), licence: OGL_ATTRIBUTION_TEXT,
      }]);
    }
  });

  it('leaves out a council outside England\'s list, though its full report is on the site', async () => {
    const councils = realCouncils();
    expect(councils.find((c) => c.slug === 'holmbury-borough-council')).toMatchObject({ england: null });
    const { registerLines } = await load();
    expect((await written()).some((r) => r.authority === 'Holmbury Borough Council' || (r.address ?? '').endsWith('/holmbury-borough-council'))).toBe(false);
    expect(registerLines(councils).some((l) => l.slug === 'holmbury-borough-council')).toBe(false);
  });

  it('takes CQC\'s printed overall score from a full report of the result\'s month, never from the scores', async () => {
    const report = parseAssessment(readText(HOLMBURY), HOLMBURY);
    const [england] = englandCouncils();
    const [row] = parseRegister(text, REGISTER).rows;
    if (!england || !row) throw new Error('no council or row');
    const month = report.published.slice(0, 7);
    const council: Council = {
      slug: 'a-council', authority: england.name, england, aliases: [], report: { file: HOLMBURY, assessment: report },
      rows: [{ ...row, published: month }, { ...row, published: '2023-12' }],
    };
    const lines: string[][] = parse((await load()).registerCsv([council], snapshot, absolute));
    const column = lines[0]?.indexOf('overall_score_cqc') ?? -1;
    expect(lines.slice(1).map((l) => [l[6], l[column]])).toEqual([['2023-12', ''], [month, String(report.overallScore)]]);
    expect(report.overallScore).toBe(67);
  });

  it('adds the council\'s page on this site and the licence to each row', async () => {
    const rows = await written();
    const harrow = rows.find((r) => r.authority === 'London Borough of Harrow');
    expect(harrow?.address).toBe('https://example.org/london-borough-of-harrow');
    expect(harrow?.overall_score_cqc).toBe('');
    expect(rows.every((r) => r.licence === OGL_ATTRIBUTION_TEXT)).toBe(true);
    expect(OGL_ATTRIBUTION_TEXT).toBe('Contains public sector information licensed under the Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)');
  });

  it('has exactly the documented columns, in order: the council, its result, the source, then address and licence', async () => {
    const { REGISTER_COLUMNS_DOC, registerCsv } = await load();
    const header = registerCsv(realCouncils(), snapshot, absolute).split('\r\n')[0];
    expect(header).toBe(['authority', 'gss_code', 'region', 'type', 'rating', 'overall_score_cqc', 'published', 'report_url', ...STATEMENT_SLUGS, 'source', 'address', 'licence'].join(','));
    expect(REGISTER_COLUMNS_DOC.map((c) => c.name).join(',')).toBe(header);
  });

  it('documents the kinds of council its type column holds, each as the CSV writes it', async () => {
    const { REGISTER_COLUMNS_DOC } = await load();
    const meaning = REGISTER_COLUMNS_DOC.find((c) => c.name === 'type')?.meaning ?? '';
    const kinds = /^The kind of council: (.+) \(the City of London and the Isles of Scilly\)\.$/.exec(meaning)?.[1]?.split(', ') ?? [];
    expect(new Set(kinds)).toEqual(new Set(englandSource.map((c) => c.type)));
    expect(kinds).toHaveLength(new Set(kinds).size);
  });

  it('lists a council\'s assessments oldest first, each a row of its own, and councils by name', async () => {
    const { registerCsv, registerLines } = await load();
    const header = text.split('\n')[0] ?? '';
    const two = parseRegister(`${header}
Blackpool Council,Good,2025-09,https://www.cqc.org.uk/x/b-0925,3,3,3,3,3,3,3,3,3
Blackpool Council,Requires improvement,2024-05,https://www.cqc.org.uk/x/b-0524,2,2,2,2,2,2,2,,2
`, 'r.csv').rows;
    const built = councilsOf(two, []).councils;
    expect(registerLines(built).filter((l) => l.row).map((l) => l.row?.published)).toEqual(['2024-05', '2025-09']);
    const lines: string[][] = parse(registerCsv(built, snapshot, absolute));
    const blackpool = lines.filter((l) => l[0] === 'Blackpool Council');
    expect(blackpool.map((r) => [r[0], r[4], r[6]])).toEqual([
      ['Blackpool Council', 'Requires improvement', '2024-05'], ['Blackpool Council', 'Good', '2025-09'],
    ]);
    expect(blackpool[0]?.[lines[0]?.indexOf('governance-management-and-sustainability') ?? -1]).toBe('');
    const names = lines.slice(1).map((l) => l[0] ?? '');
    expect(names).toHaveLength(englandSource.length + 1);
    expect(lines.slice(1).map((l) => l[1])).toEqual(built.flatMap((c) => c.england ? Array(Math.max(1, c.rows.length)).fill(c.england.gssCode) : []));
  });
});

describe('the register as JSON', () => {
  const document = async () => JSON.parse((await load()).registerJson(realCouncils(), snapshot, absolute));

  it('carries the source, the licence, the snapshot, the counts and the provenance word for word', async () => {
    expect(await document()).toMatchObject({
      source: 'Care Quality Commission',
      licence: { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
      attribution: OGL_ATTRIBUTION_TEXT, snapshot: snapshot.date, councils: registerCouncilCount, provenance: readText(PROVENANCE),
      councilsInEngland: englandSource.length, councilsWithResult: withResult.size,
    });
    expect(snapshot.date).toBe('2025-10-03');
  });

  it('holds a result for each row of the CSV, County Durham\'s rating as null and a council with no result as nulls', async () => {
    const json = await document();
    expect(json.assessments).toHaveLength((await written()).length);
    expect(json.assessments.find((a: { authority: string }) => a.authority === 'County Durham').rating).toBeNull();
    const without = englandSource.find((c) => !withResult.has(c.gss_code));
    expect(json.assessments.find((a: { gssCode: string }) => a.gssCode === without?.gss_code)).toMatchObject({
      authority: without?.name, region: without?.region, type: without?.type,
      rating: null, overallScoreCqc: null, published: null, reportUrl: null, scores: null, source: null,
    });
    const harrow = englandSource.find((c) => c.register_authority === 'London Borough of Harrow');
    expect(json.assessments.find((a: { authority: string }) => a.authority === 'London Borough of Harrow')).toEqual({
      authority: 'London Borough of Harrow', gssCode: harrow?.gss_code, region: harrow?.region, type: harrow?.type,
      rating: 'Requires improvement', overallScoreCqc: null, published: '2024-08',
      reportUrl: 'https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0824',
      scores: Object.fromEntries(STATEMENT_SLUGS.map((slug, i) => [slug, [2, 2, 3, 2, 3, 2, 2, 2, 3][i]])),
      source: `Ratings register, snapshot of ${snapshotWords}: https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0824`,
      address: 'https://example.org/london-borough-of-harrow',
    });
  });

  it('offers both as downloads with their names, types and titles, the CSV with its metadata\'s table', async () => {
    const { REGISTER_COLUMNS_DOC, registerCsv, registerDownloads, registerJson } = await load();
    const councils = realCouncils();
    const downloads = registerDownloads(councils, snapshot, absolute);
    expect(downloads.map((d) => [d.file, d.contentType, d.title])).toEqual([
      ['cqc-local-authority-ratings.csv', 'text/csv; charset=utf-8', 'Every council\'s rating and scores (CSV)'],
      ['cqc-local-authority-ratings.json', 'application/json; charset=utf-8', 'Every council\'s rating and scores, with the provenance (JSON)'],
    ]);
    expect(downloads[0]?.table?.columns).toBe(REGISTER_COLUMNS_DOC);
    expect(downloads[1]?.table).toBeUndefined();
    expect(downloads[0]?.body()).toBe(registerCsv(councils, snapshot, absolute));
    expect(downloads[1]?.body()).toBe(registerJson(councils, snapshot, absolute));
    expect((await document()).title).toBe('Published ratings and quality statement scores of English councils\' adult social care assessments');
  });

  it('describes the register CSV with the snapshot\'s date and how many results came after it, to which month', async () => {
    const { registerTable } = await load();
    const table = registerTable(realCouncils(), snapshot, absolute);
    const latest = formatMonth([...laterSource.map((r) => r.published ?? '')].sort().at(-1) ?? '');
    expect(table).toMatchObject({
      title: 'CQC ratings and quality statement scores of England\'s councils\' adult social care',
      date: snapshot.date, source: 'https://www.cqc.org.uk/care-services/local-authority-assessment-reports',
    });
    expect(table.description).toMatch(/^Every council in England with adult social care duties, with each result of the Care Quality Commission's local authority assessments /);
    expect(table.description).toContain(': the rating, CQC\'s printed overall score where known, the month, the report\'s address and the nine quality statement scores, one row per result, ');
    expect(table.description).toContain('each council\'s oldest first; a council with no published result has one row with those columns empty. From the ratings register');
    expect(table.description).toContain(`From the ratings register (snapshot of ${formatDate(snapshot.date)}; how it was compiled and checked: https://example.org/national/about-the-data) and ${laterSource.length} results published after it to ${latest}, each recorded from a named source.`);
    expect(registerTable([], snapshot, absolute).description).toContain('and no results recorded after it.');
  });

  it('counts a single later result as one result, to its month', async () => {
    const { registerTable } = await load();
    const [first] = parseLaterResults(readText(LATER_FILE), LATER_FILE).rows;
    if (!first) throw new Error(`no later result in ${LATER_FILE}`);
    const table = registerTable(realCouncils([first]), snapshot, absolute);
    expect(table.description).toContain(` and 1 result published after it to ${formatMonth(laterSource[0]?.published ?? '')}, each recorded from a named source.`);
  });
});
