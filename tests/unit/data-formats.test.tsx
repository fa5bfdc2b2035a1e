import { parse } from 'csv-parse/sync';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as dataFormatsPageModule from '@/app/data-formats/page';
import { getAssessments, getDownload } from '@/lib/content';
import { fresh } from './helpers';

/**
 * /data-formats documents each CSV column by column: checked here against
 * what the site serves from the real content, each CSV's header row and its
 * CSV on the Web metadata. The page and the downloads are loaded afresh
 * inside each test: the column tables are built as their modules load, and a
 * mutant is active only while a test runs (README, "Mutation testing").
 */

/** An HTML fragment's text: tags dropped, the entities React writes decoded. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&#x27;/g, '\'').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The cells of the body rows of the table in the section labelled `id`, as text. */
function tableRows(html: string, id: string): string[][] {
  const section = html.slice(html.indexOf(`<section aria-labelledby="${id}">`));
  const body = section.slice(section.indexOf('<tbody>'), section.indexOf('</tbody>'));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) => [...(row ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) => textOf(cell ?? '')));
}

type MetadataColumn = { titles: string; 'dc:description': string; datatype: string; 'dc:creator': string };

/** Each CSV's section on /data-formats with the rows of its table, its header as served and its metadata's columns. */
async function documented() {
  const { default: DataFormatsPage } = await fresh('@/app/data-formats/page', dataFormatsPageModule);
  const html = renderToStaticMarkup(await DataFormatsPage());
  const [example] = await getAssessments();
  if (!example) throw new Error('no full report in content/');
  const sections = { register: 'cqc-local-authority-ratings.csv', comparisons: `${example.slug}-comparisons.csv`, scores: `${example.slug}-scores.csv` };
  return Promise.all(Object.entries(sections).map(async ([id, file]) => {
    const [csv, metadata] = await Promise.all([getDownload(file), getDownload(`${file}-metadata.json`)]);
    if (!csv || !metadata) throw new Error(`no download ${file} or its metadata`);
    const [header]: string[][] = parse(csv.body(), { to_line: 1 });
    const columns: MetadataColumn[] = JSON.parse(metadata.body()).tableSchema.columns;
    return { id, file, rows: tableRows(html, id), header, columns };
  }));
}

describe('/data-formats against the CSVs the site serves', () => {
  it('lists each CSV\'s columns in the order of its header, each with the meaning its metadata gives', async () => {
    for (const { id, file, rows, header, columns } of await documented()) {
      expect(rows.map((r) => r[0]), id).toEqual(header);
      expect(rows.map((r) => r[1]), file).toEqual(columns.map((c) => c['dc:description']));
    }
  });

  it('gives each kind of value one wording in plain words, and each column whose it is as its metadata names the creator', async () => {
    const wordsOf = new Map<string, Set<string>>();
    const whoseOf = new Map<string, Set<string>>();
    const add = (map: Map<string, Set<string>>, key: string, value: string) => map.set(key, (map.get(key) ?? new Set()).add(value));
    for (const { rows, columns } of await documented()) {
      rows.forEach((row, i) => {
        const column = columns[i];
        if (!column) throw new Error(`no metadata for column ${row[0]}`);
        add(wordsOf, column.datatype, row[2] ?? '');
        add(whoseOf, column.titles.startsWith('site_') ? 'calculated' : column['dc:creator'], row[3] ?? '');
      });
    }
    const words = [...wordsOf.values()].map((set) => [...set]);
    expect(words.every((w) => w.length === 1 && /^[a-z][a-z ]+/.test(w[0] ?? '')), JSON.stringify(words)).toBe(true);
    expect(new Set(words.flat()).size).toBe(wordsOf.size);
    expect(wordsOf.get('date')).toEqual(new Set(['date (2024-08-16)']));
    expect(Object.fromEntries([...whoseOf].map(([creator, labels]) => [creator, [...labels]]))).toMatchObject({
      'Care Quality Commission': ['CQC'], calculated: ['This site\'s calculation'], 'Office for National Statistics; Department for Education': ['Official lists (ONS, DfE)'],
    });
  });
});
