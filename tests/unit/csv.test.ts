import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv';
import { assessmentJson, comparisonsCsv, scoresCsv } from '@/lib/view/downloads';
import { parseHarrow } from './helpers';

const harrow = parseHarrow();
const absolute = (path: string) => `https://example.org${path}`;

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
  it('writes every Harrow figure once, with the sentence that states it word for word', () => {
    const rows: Record<string, string>[] = parse(comparisonsCsv(harrow, absolute), { columns: true });
    expect(rows).toHaveLength(26);
    const carers = rows.find((r) => r.value_percent === '40');
    expect(carers).toMatchObject({
      statement: 'Supporting people to live healthier lives',
      finding: 'Provision of accessible information and advice',
      england_average_percent: '28.14',
      difference_points: '11.86',
      direction: 'above',
      judgement: 'worse',
      dataset: 'SACE',
      dataset_name: 'Survey of Adult Carers in England',
      source_line: '323',
      address: 'https://example.org/london-borough-of-harrow/supporting-people-to-live-healthier-lives#provision-of-accessible-information-and-advice-p11-figure-1',
    });
    expect(carers?.source_sentence).toBe('National data showed 40% of carers living in Harrow were not in paid employment because of caring responsibilities, in comparison to the England average of 28.14% (SACE).');
    expect(rows.find((r) => r.value_percent === '23.63')?.dataset).toBe('');
  });

  it('writes the nine scores with their labels and addresses', () => {
    const rows: Record<string, string>[] = parse(scoresCsv(harrow, absolute), { columns: true });
    expect(rows.map((r) => [r.theme_number, r.statement, r.score])).toEqual([
      ['1', 'Assessing needs', '2'], ['1', 'Supporting people to live healthier lives', '2'], ['1', 'Equity in experience and outcomes', '3'],
      ['2', 'Care provision, integration and continuity', '2'], ['2', 'Partnerships and communities', '3'],
      ['3', 'Safe pathways, systems and transitions', '2'], ['3', 'Safeguarding', '2'],
      ['4', 'Governance, management and sustainability', '2'], ['4', 'Learning, improvement and innovation', '3'],
    ]);
    expect(rows[6]).toMatchObject({ score_label: 'Evidence shows some shortfalls', address: 'https://example.org/london-borough-of-harrow/safeguarding' });
  });

  it('writes the JSON as the model, indented, ending in a new line', () => {
    const json = assessmentJson(harrow);
    expect(JSON.parse(json)).toEqual(harrow);
    expect(json.endsWith('}\n')).toBe(true);
  });
});
