import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseAssessment } from '@/lib/assessment';
import { SITE_NAME, absoluteUrl } from '@/lib/site';
import { DATATYPES, ORIGINS, type Datatype } from '@/lib/view/columns';
import { OGL_ATTRIBUTION_TEXT, OGL_URL } from '@/lib/view/sources';
import * as siteContent from '@/lib/content';
import * as columnsModule from '@/lib/view/columns';
import * as csvwModule from '@/lib/view/csvw';
import * as downloadsModule from '@/lib/view/downloads';
import * as registerDownloadsModule from '@/lib/view/register-downloads';
import { fresh, readText } from './helpers';

/**
 * The CSV on the Web metadata of every CSV the site serves, checked against
 * the CSVs themselves as the site writes them from the real content: the
 * columns are the header, in order, and every cell is a value of its
 * column's declared datatype (read here with csv-parse and plain rules, not
 * through the site's code).
 *
 * The modules under test are loaded afresh inside each test: their column
 * tables are built as they load, and a mutant is active only while a test
 * runs (README, "Mutation testing"). The schema below keeps the datatypes
 * loaded with this file, apart from the tables it checks.
 */

/** The CSV on the Web metadata, the columns and the reports' and the register's downloads, each a copy loaded as the test runs. */
async function load() {
  const [columns, csvw, downloads, register] = await Promise.all([
    fresh('@/lib/view/columns', columnsModule), fresh('@/lib/view/csvw', csvwModule),
    fresh('@/lib/view/downloads', downloadsModule), fresh('@/lib/view/register-downloads', registerDownloadsModule),
  ]);
  return { ...columns, ...csvw, ...downloads, ...register };
}

/** The site's downloads from the real content. */
const content = async () => siteContent;

const HOLMBURY = 'tests/fixtures/site/holmbury-borough-council.txt';
const absolute = (path: string) => `https://example.org${path}`;

/** Whether a cell (not empty: an empty cell is CSVW's null) is a value of an XML Schema datatype, by its lexical form. */
const LEXICAL: Record<Datatype, (cell: string) => boolean> = {
  string: () => true,
  integer: (cell) => /^[+-]?\d+$/.test(cell),
  decimal: (cell) => /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cell),
  date: (cell) => /^\d{4}-\d{2}-\d{2}$/.test(cell) && new Date(`${cell}T00:00:00Z`).toISOString().startsWith(cell),
  gYearMonth: (cell) => /^\d{4}-(0[1-9]|1[0-2])$/.test(cell),
  anyURI: (cell) => !/\s/.test(cell) && URL.canParse(cell),
};

/** What a metadata document must hold, as this site writes it (the vocabulary's own names). */
const MetadataSchema = z.object({
  '@context': z.literal('http://www.w3.org/ns/csvw'),
  url: z.url(),
  'dc:title': z.string().min(1),
  'dc:description': z.string().min(1),
  'dc:source': z.object({ '@id': z.url() }),
  'dc:license': z.object({ '@id': z.literal(OGL_URL) }),
  'dc:publisher': z.object({ 'schema:name': z.string().min(1), 'schema:url': z.object({ '@id': z.url() }) }),
  'dc:date': z.object({ '@value': z.iso.date(), '@type': z.literal('xsd:date') }),
  tableSchema: z.object({
    columns: z.array(z.object({
      // A URI template variable, not starting "_" (tabular-metadata, 5.6 "name").
      name: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9_.]|%[0-9A-Fa-f]{2})*$/),
      titles: z.string().min(1),
      'dc:description': z.string().min(1),
      datatype: z.enum(DATATYPES),
      'dc:creator': z.string().min(1),
    }).strict()),
  }),
});
type Metadata = z.infer<typeof MetadataSchema>;

/** Every cell of a CSV against its column's datatype: the cells that are not, as "<column> line <n>: <cell>". */
function mismatches(csv: string, metadata: Metadata): string[] {
  const [header, ...rows]: string[][] = parse(csv, { relax_column_count: false });
  expect(header).toEqual(metadata.tableSchema.columns.map((c) => c.titles));
  return rows.flatMap((row, i) => row.flatMap((cell, j) => {
    const column = metadata.tableSchema.columns[j];
    if (!column) return [`line ${i + 2}: a cell with no column`];
    return cell === '' || LEXICAL[column.datatype](cell) ? [] : [`${column.titles} line ${i + 2}: ${JSON.stringify(cell)} is not ${column.datatype}`];
  }));
}

describe('the CSV on the Web metadata of every CSV the site serves', () => {
  it('is served for each CSV, and for nothing else, at the CSV\'s name with -metadata.json added', async () => {
    const [{ getDownload, getDownloadFiles }, { metadataFile }] = await Promise.all([content(), load()]);
    const files = await getDownloadFiles();
    const csvs = files.filter((f) => f.endsWith('.csv'));
    expect(csvs).toContain('cqc-local-authority-ratings.csv');
    expect(csvs).toContain('london-borough-of-harrow-comparisons.csv');
    expect(files.filter((f) => f.endsWith('-metadata.json')).sort()).toEqual(csvs.map(metadataFile).sort());
    expect(metadataFile('cqc-local-authority-ratings.csv')).toBe('cqc-local-authority-ratings.csv-metadata.json');
    expect((await getDownload('cqc-local-authority-ratings.csv-metadata.json'))?.contentType).toBe('application/csvm+json; charset=utf-8');
  });

  it('names each CSV\'s columns in the order of its header, and every cell of the real CSVs is of its column\'s datatype', async () => {
    const [{ getDownload, getDownloadFiles }, { downloadPath, metadataFile }] = await Promise.all([content(), load()]);
    const csvs = (await getDownloadFiles()).filter((f) => f.endsWith('.csv'));
    for (const file of csvs) {
      const [csv, meta] = await Promise.all([getDownload(file), getDownload(metadataFile(file))]);
      if (!csv || !meta) throw new Error(`no download ${file} or its metadata`);
      const metadata = MetadataSchema.parse(JSON.parse(meta.body()));
      expect(metadata.url, file).toBe(absoluteUrl(downloadPath(file)));
      expect(mismatches(csv.body(), metadata), file).toEqual([]);
    }
  });

  it('checks a made-up council\'s CSVs too (Holmbury: CQC\'s wording, a figure level with England, no address on CQC\'s website)', async () => {
    const { downloadsFor, metadataFile, metadataFor } = await load();
    const holmbury = parseAssessment(readText(HOLMBURY), HOLMBURY);
    const downloads = new Map(downloadsFor(holmbury, { absolute, reportUrl: null }).map((d) => [d.file, d]));
    for (const csv of [...downloads.values()].filter((d) => d.file.endsWith('.csv'))) {
      const metadata = MetadataSchema.parse(JSON.parse(metadataFor(downloads, metadataFile(csv.file), { absolute, owner: null })?.body() ?? '{}'));
      expect(mismatches(csv.body(), metadata), csv.file).toEqual([]);
      expect(metadata['dc:source']['@id']).toBe('https://www.cqc.org.uk/');
      expect(metadata['dc:date']['@value']).toBe(holmbury.published);
    }
  });

  it('refuses a cell of the wrong kind, so the check above can fail', async () => {
    const { SCORE_COLUMNS, csvwMetadata } = await load();
    const metadata = MetadataSchema.parse(csvwMetadata('x.csv', { title: 't', description: 'd', source: 'https://www.cqc.org.uk/', date: '2024-08-16', columns: SCORE_COLUMNS }, { absolute, owner: null }));
    const row = ['A council', '2024-08', 'not an address', 'one', 'T', 'S', '2.5', 'L', 'https://example.org/a', 'licence'];
    expect(mismatches(`${SCORE_COLUMNS.map((c) => c.name).join(',')}\r\n${row.join(',')}\r\n`, metadata)).toEqual([
      'published line 2: "2024-08" is not date', 'report_url line 2: "not an address" is not anyURI',
      'theme_number line 2: "one" is not integer', 'score line 2: "2.5" is not integer',
    ]);
    expect(['1.5', '-5.11', '0.00', '12'].every(LEXICAL.decimal)).toBe(true);
    expect(['56.10%', '+', '1,234', '2024-02-30'].some(LEXICAL.decimal)).toBe(false);
    expect(LEXICAL.date('2024-02-30')).toBe(false);
    expect(LEXICAL.gYearMonth('2024-13')).toBe(false);
  });
});

describe('what the metadata says', () => {
  const harrowLike = async () => {
    const { COMPARISON_COLUMNS, csvwMetadata } = await load();
    return csvwMetadata('a-council-comparisons.csv', {
      title: 'A title', description: 'What it holds.', source: 'https://www.cqc.org.uk/care-services/local-authority-assessment-reports/a-0824',
      date: '2024-08-16', columns: COMPARISON_COLUMNS,
    }, { absolute, owner: null });
  };

  it('gives the CSV\'s address, title, description, CQC\'s report as the source, the licence, the site as publisher and the data\'s date', async () => {
    const metadata = await harrowLike();
    expect(metadata).toMatchObject({
      '@context': 'http://www.w3.org/ns/csvw',
      url: 'https://example.org/downloads/a-council-comparisons.csv',
      'dc:title': 'A title',
      'dc:source': { '@id': 'https://www.cqc.org.uk/care-services/local-authority-assessment-reports/a-0824' },
      'dc:license': { '@id': OGL_URL },
      'dc:publisher': { 'schema:name': SITE_NAME, 'schema:url': { '@id': 'https://example.org/' } },
      'dc:date': { '@value': '2024-08-16', '@type': 'xsd:date' },
    });
    expect(metadata['dc:rights']).toContain('Open Government Licence v3.0');
  });

  it('names whoever runs the site as its publisher only where SITE_OWNER names them', async () => {
    const { SCORE_COLUMNS, csvwMetadata } = await load();
    const owned = csvwMetadata('x.csv', { title: 't', description: 'd', source: 'https://www.cqc.org.uk/', date: '2024-08-16', columns: SCORE_COLUMNS }, { absolute, owner: 'An Organisation' });
    expect(owned['dc:publisher']['schema:name']).toBe('An Organisation');
    expect((await harrowLike())['dc:publisher']['schema:name']).toBe(SITE_NAME);
  });

  it('marks the site\'s calculations, and only those, in their names, their descriptions and whose they are', async () => {
    const { CALCULATED_NOTE, COMPARISON_COLUMNS, REGISTER_COLUMNS_DOC, SCORE_COLUMNS, SITE_PREFIX, csvwMetadata } = await load();
    const metadata = await harrowLike();
    const calculated = metadata.tableSchema.columns.filter((c) => c.titles.startsWith(SITE_PREFIX));
    expect(calculated.map((c) => c.titles)).toEqual(['site_difference_points', 'site_side_of_england_average']);
    for (const column of calculated) {
      expect(column['dc:description'].startsWith(CALCULATED_NOTE)).toBe(true);
      expect(column['dc:creator']).toBe(SITE_NAME);
    }
    expect(metadata['dc:description']).toBe('What it holds. Columns whose names start site_ (site_difference_points, site_side_of_england_average) are this site\'s calculations from CQC\'s figures, not figures CQC publishes.');
    expect(metadata.tableSchema.columns.find((c) => c.titles === 'value_percent')).toMatchObject({ datatype: 'decimal', 'dc:creator': 'Care Quality Commission' });
    expect(CALCULATED_NOTE).toBe('This site\'s calculation from CQC\'s figures, not a figure CQC publishes.');
    for (const column of COMPARISON_COLUMNS.filter((c) => c.origin !== 'calculated')) {
      expect(metadata.tableSchema.columns.find((c) => c.titles === column.name)?.['dc:description'], column.name).toBe(column.meaning);
    }
    for (const columns of [COMPARISON_COLUMNS, SCORE_COLUMNS, REGISTER_COLUMNS_DOC]) {
      for (const column of columns) expect(column.name.startsWith(SITE_PREFIX), column.name).toBe(column.origin === 'calculated');
    }
    expect(csvwMetadata('x.csv', { title: 't', description: 'd', source: 'https://www.cqc.org.uk/', date: '2024-08-16', columns: SCORE_COLUMNS }, { absolute, owner: null })['dc:description']).toBe('d');
  });

  it('keeps each header as the column\'s title and gives it a name CSV on the Web allows, one each', async () => {
    const { COMPARISON_COLUMNS, REGISTER_COLUMNS_DOC, SCORE_COLUMNS, csvwMetadata, csvwName } = await load();
    for (const columns of [COMPARISON_COLUMNS, SCORE_COLUMNS, REGISTER_COLUMNS_DOC]) {
      const described = csvwMetadata('x.csv', { title: 't', description: 'd', source: 'https://www.cqc.org.uk/', date: '2024-08-16', columns }, { absolute, owner: null });
      expect(described.tableSchema.columns.map((c) => c.titles)).toEqual(columns.map((c) => c.name));
      const names = described.tableSchema.columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(csvwName('assessing-needs')).toBe('assessing_needs');
    expect(csvwName('learning-improvement-and-innovation')).toBe('learning_improvement_and_innovation');
  });

  it('is found by its name only for a CSV that has a table, and listed for each such CSV', async () => {
    const { downloadsFor, metadataFiles, metadataFor } = await load();
    const holmbury = parseAssessment(readText(HOLMBURY), HOLMBURY);
    const downloads = new Map(downloadsFor(holmbury, { absolute, reportUrl: null }).map((d) => [d.file, d]));
    expect(metadataFiles(downloads.values())).toEqual(['holmbury-borough-council-comparisons.csv-metadata.json', 'holmbury-borough-council-scores.csv-metadata.json']);
    const context = { absolute, owner: null };
    expect(metadataFor(downloads, 'holmbury-borough-council-scores.csv-metadata.json', context)?.file).toBe('holmbury-borough-council-scores.csv-metadata.json');
    expect(metadataFor(downloads, 'holmbury-borough-council.json-metadata.json', context)).toBeUndefined();
    expect(metadataFor(downloads, 'holmbury-borough-council-scores.csv', context)).toBeUndefined();
    expect(metadataFor(downloads, 'no-such.csv-metadata.json', context)).toBeUndefined();
  });

  it('is a download of its own, named after its CSV, written only when served', async () => {
    const { LICENCE_COLUMN, metadataDownload } = await load();
    let written = 0;
    const table = { title: 't', description: 'd', source: 'https://www.cqc.org.uk/', date: '2024-08-16', columns: [LICENCE_COLUMN] };
    const download = metadataDownload({ file: 'x.csv', contentType: 'text/csv', title: 'X', body: () => '', table: { ...table, get title() { written += 1; return 't'; } } }, { absolute, owner: null });
    expect(download).toMatchObject({ file: 'x.csv-metadata.json', contentType: 'application/csvm+json; charset=utf-8', title: 'What the columns of x.csv mean (CSV on the Web metadata, JSON)' });
    expect(written).toBe(0);
    expect(JSON.parse(download.body())['dc:title']).toBe('t');
    expect(written).toBe(1);
  });
});

describe('columnsCsv()', () => {
  it('writes each record under its columns\' names, in the columns\' order', async () => {
    const { LICENCE_COLUMN, columnsCsv } = await load();
    expect(columnsCsv([LICENCE_COLUMN, { ...LICENCE_COLUMN, name: 'a' }], [{ a: 1, licence: 'x' }, { licence: null, a: 'b,c' }])).toBe('licence,a\r\nx,1\r\n,"b,c"\r\n');
  });

  it('refuses a record missing a column or holding one the CSV does not have', async () => {
    const { LICENCE_COLUMN, columnsCsv } = await load();
    expect(() => columnsCsv([LICENCE_COLUMN], [{}])).toThrow('missing licence; extra none');
    expect(() => columnsCsv([LICENCE_COLUMN], [{ licence: 'x', other: 1 }])).toThrow('missing none; extra other');
    expect(() => columnsCsv([LICENCE_COLUMN, { ...LICENCE_COLUMN, name: 'a' }], [{ b: 1, c: 2 }])).toThrow('missing licence, a; extra b, c');
  });
});

describe('the column tables of the CSVs', () => {
  const tables = async () => {
    const { COMPARISON_COLUMNS, REGISTER_COLUMNS_DOC, SCORE_COLUMNS } = await load();
    return { comparisons: COMPARISON_COLUMNS, scores: SCORE_COLUMNS, register: REGISTER_COLUMNS_DOC };
  };

  it('give every column a header name of its own, a meaning that is a sentence, a documented kind of value and whose the values are', async () => {
    for (const [table, columns] of Object.entries(await tables())) {
      expect(new Set(columns.map((c) => c.name)).size, table).toBe(columns.length);
      for (const column of columns) {
        const at = `${table}: ${column.name}`;
        expect(column.name, at).toMatch(/^[a-z][a-z_-]*[a-z]$/);
        expect(column.meaning, at).toMatch(/^\S.{15,}\.$/s);
        expect(DATATYPES, at).toContain(column.datatype);
        expect(Object.keys(ORIGINS), at).toContain(column.origin);
      }
    }
  });

  it('start with whose report or which council, and end every row with the licence, whose meaning quotes the attribution', async () => {
    const { LICENCE_COLUMN } = await load();
    for (const [table, columns] of Object.entries(await tables())) {
      expect(columns[0]?.name, table).toBe('authority');
      // Equal, not the same object: each table here comes from a copy of its module loaded by this test.
      expect(columns.at(-1), table).toEqual(LICENCE_COLUMN);
    }
    expect(LICENCE_COLUMN).toMatchObject({ name: 'licence', datatype: 'string', origin: 'site' });
    expect(LICENCE_COLUMN.meaning).toBe(`The same on every row: "${OGL_ATTRIBUTION_TEXT}". CQC's text and figures are Crown copyright, re-usable under that licence.`);
  });

  it('say each kind of value in plain words for /data-formats, a date and a month with an example of the form the CSVs write', async () => {
    const { DATATYPE_WORDS } = await load();
    const words = DATATYPES.map((d) => DATATYPE_WORDS[d]);
    expect(words.every((w) => /^[a-z][a-z ]+/.test(w)), words.join('; ')).toBe(true);
    expect(new Set(words).size).toBe(DATATYPES.length);
    const example = (d: Datatype) => /\((.+)\)$/.exec(DATATYPE_WORDS[d])?.[1] ?? '';
    expect(LEXICAL.date(example('date'))).toBe(true);
    expect(LEXICAL.gYearMonth(example('gYearMonth'))).toBe(true);
  });
});
