import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { ENGLAND_FILE, LATER_FILE } from '@/lib/content-check';
import { COMPARISON_COLUMNS, SCORE_COLUMNS } from '@/lib/view/downloads';
import { REGISTER_COLUMNS_DOC } from '@/lib/view/register-downloads';
import { OGL_URL } from '@/lib/view/sources';
import { reportsInBuild } from './content';

/**
 * The downloads as the test build serves them, against the content files
 * the build read (content/ and tests/fixtures/site/), read here with
 * csv-parse: the register's CSV and JSON cover every council of England, and
 * every CSV has its CSV on the Web metadata beside it, served like the other
 * downloads with the licence's Link header.
 */

const site = process.env.SITE_URL ?? '';
const FOLDERS = ['content', 'tests/fixtures/site'];
const records = (file: string): Record<string, string>[] => parse(readFileSync(path.join(process.cwd(), file), 'utf8'), { columns: true, bom: true });
/** Every file of the ratings register the build read: each CSV of the content folders but England's councils and the later results. */
const registerFiles = FOLDERS.flatMap((folder) => readdirSync(path.join(process.cwd(), folder)).filter((name) => name.endsWith('.csv')).map((name) => `${folder}/${name}`))
  .filter((file) => file !== ENGLAND_FILE && file !== LATER_FILE);
const register = registerFiles.flatMap(records);
const later = records(LATER_FILE);
const england = records(ENGLAND_FILE);
const withResult = new Set([...england.filter((c) => register.some((r) => r.authority === c.register_authority)).map((c) => c.gss_code), ...later.map((r) => r.gss_code)]);
const REGISTER_CSV = '/downloads/cqc-local-authority-ratings.csv';

/** A download with the headers every download has: 200, an attachment of its own name, the licence's Link. */
async function download(request: APIRequestContext, address: string) {
  const response = await request.get(address);
  expect(response.status(), address).toBe(200);
  expect(response.headers()['content-disposition'], address).toBe(`attachment; filename="${address.split('/').at(-1)}"`);
  expect(response.headers().link, address).toBe(`<${OGL_URL}>; rel="license"`);
  return response;
}

test('the register CSV, linked from the national page, has every council of England and each published result', async ({ page, request }) => {
  await page.goto('/national');
  expect(await page.getByRole('link', { name: /\(CSV\)$/ }).getAttribute('href')).toBe(REGISTER_CSV);
  const csv = await download(request, REGISTER_CSV);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const [header, ...lines]: string[][] = parse(await csv.text());
  expect(header).toEqual(REGISTER_COLUMNS_DOC.map((c) => c.name));
  const rows: Record<string, string>[] = parse(await csv.text(), { columns: true });
  expect(lines).toHaveLength(register.length + later.length + england.length - withResult.size);
  expect(new Set(rows.map((r) => r.gss_code))).toEqual(new Set(england.map((c) => c.gss_code)));
  for (const record of register) expect(rows.find((r) => r.authority === record.authority && r.published === record.published), record.authority).toMatchObject(record);
  for (const { overall_score: overall, ...record } of later) {
    expect(rows.find((r) => r.gss_code === record.gss_code && r.published === record.published), record.authority).toMatchObject({ ...record, overall_score_cqc: overall });
  }
  for (const council of england.filter((c) => !withResult.has(c.gss_code))) {
    expect(rows.find((r) => r.gss_code === council.gss_code), council.name).toMatchObject({ authority: council.name, region: council.region, type: council.type, published: '', rating: '', source: '' });
  }
  expect(rows.every((r) => (r.licence ?? '').includes('Open Government Licence v3.0'))).toBe(true);
  const json = await (await download(request, '/downloads/cqc-local-authority-ratings.json')).json();
  expect(json).toMatchObject({ source: 'Care Quality Commission', councilsInEngland: england.length, councilsWithResult: withResult.size, licence: { name: 'Open Government Licence v3.0' } });
  expect(json.assessments).toHaveLength(lines.length);
});

test('every CSV has its CSV on the Web metadata beside it, naming its columns in order, served like the other downloads', async ({ request }) => {
  const csvs: (readonly [string, readonly { name: string }[]])[] = [
    [REGISTER_CSV, REGISTER_COLUMNS_DOC],
    ...reportsInBuild().flatMap((a) => [[`/downloads/${a.slug}-comparisons.csv`, COMPARISON_COLUMNS], [`/downloads/${a.slug}-scores.csv`, SCORE_COLUMNS]] as const),
  ];
  for (const [address, columns] of csvs) {
    const [header] = parse(await (await download(request, address)).text()) as string[][];
    expect(header, address).toEqual(columns.map((c) => c.name));
    const response = await download(request, `${address}-metadata.json`);
    expect(response.headers()['content-type']).toBe('application/csvm+json; charset=utf-8');
    const metadata = await response.json();
    expect(metadata, address).toMatchObject({ '@context': 'http://www.w3.org/ns/csvw', url: `${site}${address}`, 'dc:license': { '@id': OGL_URL } });
    expect(metadata.tableSchema.columns.map((c: { titles: string }) => c.titles), address).toEqual(header);
  }
});

test('/data-formats links each metadata file next to its CSV, marks the site\'s calculations as the site\'s, and keeps developers\' matters to their section', async ({ page, request }) => {
  await page.goto('/data-formats');
  await expect(page.locator(`#register ~ p a[href="${REGISTER_CSV}"] ~ a[href="${REGISTER_CSV}-metadata.json"]`)).toHaveCount(1);
  const hrefs = await page.locator('main a[href^="/downloads/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const csvs = hrefs.filter((h) => h.endsWith('.csv'));
  expect(csvs.length).toBeGreaterThan(1);
  expect(hrefs.filter((h) => h.endsWith('-metadata.json'))).toEqual(csvs.map((h) => `${h}-metadata.json`));
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  const table = page.getByRole('table', { name: 'National figures against the England average (CSV): columns' });
  const whose = (column: string) => table.locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${column}$`) }) }).locator('td').last();
  await expect(whose('site_difference_points')).toHaveText('This site\'s calculation');
  await expect(whose('site_side_of_england_average')).toHaveText('This site\'s calculation');
  await expect(whose('value_percent')).toHaveText('CQC');
  await expect(page.getByRole('heading', { name: 'For developers' })).toBeVisible();
  const readers = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelector('section[aria-labelledby="developers"]')?.remove();
    return copy.textContent ?? '';
  });
  expect(readers).not.toMatch(/command line|\bCLI\b|npm /i);
});
