import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv';
import { parseAssessment } from '@/lib/assessment';
import { OGL_ATTRIBUTION_TEXT } from '@/lib/view/sources';
import * as downloadsModule from '@/lib/view/downloads';
import { fresh, parseHarrow, readText } from './helpers';

const harrow = parseHarrow();
const absolute = (path: string) => `https://example.org${path}`;
const CQC = 'https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0824';
const HOLMBURY = 'tests/fixtures/site/holmbury-borough-council.txt';
const holmbury = parseAssessment(readText(HOLMBURY), HOLMBURY);

describe('toCsv()', () => {
  it('round-trips fields with commas, quotes, line breaks, empties and numbers', () => {
    const rows = [
      ['sentence', 'value'],
      ['National data showed that 56.10% of people, "surveyed", were satisfied.', '56.10'],
      ['two\nlines and a\r\nCRLF', ''],
      ['', 12.5],
    ];
    const written = toCsv(rows);
    expect(parse(written)).toEqual(rows.map((r) => r.map(String)));
  });

  it('quotes only what needs quoting and doubles quotes', () => {
    expect(toCsv([['plain', 'a,b', 'say "hi"', null]])).toBe('plain,"a,b","say ""hi""",\r\n');
  });

  it('quotes a field holding a lone carriage return or a lone line feed, each on its own', () => {
    expect(toCsv([['a\rb', 'c\nd', 'e']])).toBe('"a\rb","c\nd",e\r\n');
    expect(parse(toCsv([['a\rb', 'x']]))).toEqual([['a\rb', 'x']]);
  });

  it('writes a number as its digits and ends every row, the last too, with CRLF', () => {
    expect(toCsv([[1, 2.5], [-3, 0]])).toBe('1,2.5\r\n-3,0\r\n');
  });
});

describe('the downloads', () => {
  const context = { absolute, reportUrl: CQC };
  /**
   * lib/view/downloads loaded afresh inside each test: its column tables are
   * built as the module loads, and a mutant is active only while a test runs.
   */
  const downloads = () => fresh('@/lib/view/downloads', downloadsModule);

  it('writes every Harrow figure once, with whose report, CQC\'s address, the figures as printed and the sentence word for word, and no verdict', async () => {
    const { comparisonsCsv } = await downloads();
    const rows: Record<string, string>[] = parse(comparisonsCsv(harrow, context), { columns: true });
    expect(rows).toHaveLength(26);
    const carers = rows.find((r) => r.value_percent === '40');
    expect(carers).toEqual({
      authority: 'London Borough of Harrow',
      published: '2024-08-16',
      report_url: CQC,
      theme: 'How London Borough of Harrow works with people',
      statement: 'Supporting people to live healthier lives',
      finding: 'Provision of accessible information and advice',
      measure: 'carers living in Harrow were not in paid employment because of caring responsibilities',
      value_percent: '40',
      england_average_percent: '28.14',
      site_difference_points: '11.86',
      site_side_of_england_average: 'above',
      cqc_wording: '',
      dataset: 'SACE',
      dataset_name: 'Survey of Adult Carers in England',
      dataset_period: '',
      source_sentence: 'National data showed 40% of carers living in Harrow were not in paid employment because of caring responsibilities, in comparison to the England average of 28.14% (SACE).',
      source_line: '323',
      sentence_address: 'https://example.org/london-borough-of-harrow/supporting-people-to-live-healthier-lives#provision-of-accessible-information-and-advice-p11',
      figure_address: 'https://example.org/london-borough-of-harrow/supporting-people-to-live-healthier-lives#provision-of-accessible-information-and-advice-p11-figure-1',
      licence: OGL_ATTRIBUTION_TEXT,
    });
    expect(rows.find((r) => r.value_percent === '23.63')?.dataset).toBe('');
    expect(rows.find((r) => r.value_percent === '56.10')).toMatchObject({ site_difference_points: '-5.11', site_side_of_england_average: 'below', dataset_period: '2021/2022' });
  });

  it('has the columns /data-formats documents, in order, and none that judges', async () => {
    const { COMPARISON_COLUMNS, SCORE_COLUMNS, comparisonsCsv, scoresCsv } = await downloads();
    const [header] = parse(comparisonsCsv(harrow, context)) as string[][];
    expect(header).toEqual(COMPARISON_COLUMNS.map((c) => c.name));
    expect(header?.filter((name) => /judge|verdict|better|worse|similar/.test(name))).toEqual([]);
    const [scoreHeader] = parse(scoresCsv(harrow, context)) as string[][];
    expect(scoreHeader).toEqual(SCORE_COLUMNS.map((c) => c.name));
  });

  it('writes CQC\'s wording, the dataset period and "equal" for a figure level with England (Holmbury)', async () => {
    const { comparisonsCsv } = await downloads();
    const rows: Record<string, string>[] = parse(comparisonsCsv(holmbury, { absolute, reportUrl: null }), { columns: true });
    expect(rows.map((r) => r.cqc_wording)).toContain('somewhat worse than');
    expect(rows.find((r) => r.value_percent === '61.20')).toMatchObject({
      england_average_percent: '61.20', site_difference_points: '0.00', site_side_of_england_average: 'equal', cqc_wording: 'the same as',
      dataset: 'SCWE', dataset_period: 'October 2024', report_url: '',
    });
  });

  it('writes the nine scores with their labels and addresses, whose report and CQC\'s address', async () => {
    const { scoresCsv } = await downloads();
    const rows: Record<string, string>[] = parse(scoresCsv(harrow, context), { columns: true });
    expect(rows.map((r) => [r.theme_number, r.statement, r.score])).toEqual([
      ['1', 'Assessing needs', '2'], ['1', 'Supporting people to live healthier lives', '2'], ['1', 'Equity in experience and outcomes', '3'],
      ['2', 'Care provision, integration and continuity', '2'], ['2', 'Partnerships and communities', '3'],
      ['3', 'Safe pathways, systems and transitions', '2'], ['3', 'Safeguarding', '2'],
      ['4', 'Governance, management and sustainability', '2'], ['4', 'Learning, improvement and innovation', '3'],
    ]);
    expect(rows[6]).toMatchObject({
      authority: 'London Borough of Harrow', published: '2024-08-16', report_url: CQC, theme: 'How London Borough of Harrow ensures safety within the system',
      score_label: 'Evidence shows some shortfalls', address: 'https://example.org/london-borough-of-harrow/safeguarding', licence: OGL_ATTRIBUTION_TEXT,
    });
  });

  it('offers the JSON and both CSVs, named by the authority\'s slug', async () => {
    const { downloadPath, downloadsFor } = await downloads();
    expect(downloadsFor(harrow, context).map((d) => [d.file, d.contentType, d.title])).toEqual([
      ['london-borough-of-harrow.json', 'application/json; charset=utf-8', 'The whole assessment (JSON)'],
      ['london-borough-of-harrow-comparisons.csv', 'text/csv; charset=utf-8', 'National figures against the England average (CSV)'],
      ['london-borough-of-harrow-scores.csv', 'text/csv; charset=utf-8', 'Quality statement scores (CSV)'],
    ]);
    expect(downloadPath('london-borough-of-harrow.json')).toBe('/downloads/london-borough-of-harrow.json');
  });

  it('describes each CSV for its metadata: title, what it holds, CQC\'s report as the source, the publication date and its columns', async () => {
    const { COMPARISON_COLUMNS, SCORE_COLUMNS, downloadsFor } = await downloads();
    const [json, comparisons, scores] = downloadsFor(harrow, context);
    expect(json?.table).toBeUndefined();
    expect(comparisons?.table).toEqual({
      title: 'London Borough of Harrow: national figures against the England average, from CQC\'s local authority assessment published 16 August 2024',
      description: 'The national figures against the England average in the Care Quality Commission\'s assessment of London Borough of Harrow\'s adult social care, '
        + 'published 16 August 2024, as the report prints them: one row per figure set beside an England average (a figure printed twice appears once), '
        + 'with the report\'s address on CQC\'s website and the addresses on this site.',
      source: CQC, date: '2024-08-16', columns: COMPARISON_COLUMNS,
    });
    expect(scores?.table).toMatchObject({ title: 'London Borough of Harrow: quality statement scores, from CQC\'s local authority assessment published 16 August 2024', columns: SCORE_COLUMNS });
    expect(scores?.table?.description).toContain(': one row per quality statement assessed, with');
    expect(downloadsFor(harrow, { absolute, reportUrl: null })[1]?.table?.source).toBe('https://www.cqc.org.uk/');
  });

  it('writes the JSON as the model, indented, ending in a new line', async () => {
    const { assessmentJson } = await downloads();
    const json = assessmentJson(harrow);
    expect(JSON.parse(json)).toEqual(harrow);
    expect(json.endsWith('}\n')).toBe(true);
  });
});
