import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import { STATEMENTS } from '@/lib/framework';
import { reportsInBuild } from './content';
import { expectedList } from './lists';
import { registerCouncils, registerRecords, snapshotDate, STATEMENT_COLUMNS } from './register';

/**
 * The register's pages against figures this file works out itself from the
 * register CSVs the build loaded (./register.ts reads them with csv-parse).
 * The lists of councils (`/` and the lists by rating, region and kind) are
 * checked in home.spec.ts and lists.spec.ts.
 */

const councils = registerCouncils();
const counted = `${councils.length} councils published by ${snapshotDate()}`;
const RATINGS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate', ''];
const ratedAs = (rating: string) => councils.filter((c) => c.rating === rating);
const harrow = councils.find((c) => c.slug === 'london-borough-of-harrow');
if (!harrow) throw new Error('Harrow is not in the register');

/** The cells of each body row of a table, header cell first, as text. */
async function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.locator(`${selector} tbody tr`).evaluateAll((rows) => rows.map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

test('the national page counts ratings, overall scores and statement scores as the register does', async ({ page }) => {
  await page.goto('/national');
  await expect(page.locator('.lead')).toContainText(counted);
  expect(await tableRows(page, 'section[aria-labelledby="ratings"] table')).toEqual(
    RATINGS.map((r) => [r || 'Not recorded', String(ratedAs(r).length)]));
  const printedMonths = new Map(reportsInBuild().filter((a) => a.overallScore !== null).map((a) => [a.authority, a.published.slice(0, 7)]));
  const percents = [...new Set(councils.map((c) => c.percent))].sort((a, b) => a - b);
  const percentRows = (await tableRows(page, 'section[aria-labelledby="overall-scores"] table')).filter((cells) => cells.length === 3);
  expect(percentRows).toEqual(percents.map((p) => {
    const at = councils.filter((c) => c.percent === p);
    return [`${p}%`, String(at.length), String(at.filter((c) => printedMonths.get(c.authority) === c.published).length)];
  }));
  expect(await tableRows(page, 'section[aria-labelledby="statement-scores"] table')).toEqual(STATEMENTS.map((s, index) => [
    s.name, ...[1, 2, 3, 4].map((score) => String(councils.filter((c) => c.scores[index] === score).length)),
  ]));
  expect(STATEMENTS.map((s) => s.slug)).toEqual(STATEMENT_COLUMNS);
});

test('Harrow\'s overview puts it among all councils with the counts of the register', async ({ page }) => {
  await page.goto('/london-borough-of-harrow');
  const context = page.locator('section[aria-labelledby="in-context"]');
  const same = ratedAs('Requires improvement').length;
  await expect(context).toContainText(`${same} of ${councils.length} councils were rated requires improvement, London Borough of Harrow among them.`);
  const lower = councils.filter((c) => c.percent < harrow.percent).length;
  const higher = councils.filter((c) => c.percent > harrow.percent).length;
  const others = councils.filter((c) => c.percent === harrow.percent).length - 1;
  await expect(context).toContainText(`${harrow.percent}%: ${lower} councils scored lower, ${higher} higher and ${others} others the same`);
  await expect(context).toContainText('calculated by this site from CQC\'s scores (21 of 36');
  await expect(context).toContainText(counted);
  const rows = await tableRows(page, 'section[aria-labelledby="in-context"] table');
  expect(rows).toEqual(STATEMENTS.map((s, index) => [s.name, ...[1, 2, 3, 4].map((score) => {
    const n = String(councils.filter((c) => c.scores[index] === score).length);
    return harrow.scores[index] === score ? `${n} this council` : n;
  })]));
});

test('Holmbury\'s overview labels its printed 67% as CQC\'s figure', async ({ page }) => {
  await page.goto('/holmbury-borough-council');
  await expect(page.locator('section[aria-labelledby="in-context"]')).toContainText('The 67% is CQC\'s overall score, as its report prints it.');
});

test('each of Harrow\'s statement pages shows how all councils scored on it, Harrow\'s score marked', async ({ page }) => {
  for (const [index, statement] of STATEMENTS.entries()) {
    const score = harrow.scores[index];
    await page.goto(`/london-borough-of-harrow/${statement.slug}`);
    const section = page.locator('section[aria-labelledby="all-councils"]');
    const count = (s: number) => councils.filter((c) => c.scores[index] === s).length;
    await expect(section).toContainText(`${count(score ?? 0)} of ${councils.length} councils scored ${score} on ${statement.name.toLowerCase()}, London Borough of Harrow among them.`);
    const rows = await tableRows(page, 'section[aria-labelledby="all-councils"] table');
    expect(rows.map((cells) => cells[1])).toEqual([1, 2, 3, 4].map((s) => String(count(s))));
    await expect(section.locator('tr.marked th')).toContainText(`${score}: `);
    await expect(section.locator('tr.marked th')).toContainText('London Borough of Harrow\'s score');
  }
});

test('a council known only from the register has a summary page: CQC\'s rating and scores, the month and the way to its report', async ({ page }) => {
  const blackpool = councils.find((c) => c.slug === 'blackpool-council');
  if (!blackpool) throw new Error('no Blackpool');
  await page.goto('/blackpool-council');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blackpool Council');
  await expect(page.locator('.lead')).toContainText('published August 2025');
  await expect(page.getByRole('link', { name: 'Read the full report on CQC\'s website' })).toHaveAttribute('href', blackpool.reportUrl);
  await expect(page.locator('section[aria-labelledby="rating"]')).toContainText('Inadequate');
  const items = page.locator('section[aria-labelledby="scores"] li');
  await expect(items).toHaveCount(9);
  for (const [index, statement] of STATEMENTS.entries()) {
    await expect(items.nth(index)).toContainText(statement.name);
    await expect(items.nth(index)).toContainText(`Score ${blackpool.scores[index]} of 4`);
  }
  await expect(page.locator('section[aria-labelledby="in-context"]')).toContainText(`${ratedAs('Inadequate').length} of ${councils.length} councils was rated inadequate: Blackpool Council.`);
});

test('a council whose rating the register does not record says so, and infers none', async ({ page }) => {
  await page.goto('/county-durham');
  await expect(page.locator('section[aria-labelledby="rating"]')).toContainText('Overall rating: not recorded.');
  await expect(page.locator('section[aria-labelledby="rating"] .rating-badge')).toHaveCount(0);
  await expect(page.locator('section[aria-labelledby="in-context"]')).toContainText('counted under no rating');
});

test('the register downloads hold every row the build read, with the provenance and the licence', async ({ page, request }) => {
  await page.goto('/national');
  const csvHref = await page.getByRole('link', { name: /\(CSV\)$/ }).getAttribute('href');
  expect(csvHref).toBe('/downloads/cqc-local-authority-ratings.csv');
  const csv = await request.get(csvHref ?? '');
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const rows: Record<string, string>[] = parse(await csv.text(), { columns: true });
  const records = registerRecords();
  expect(rows).toHaveLength(records.length);
  for (const record of records) expect(rows.find((r) => r.authority === record.authority && r.published === record.published)).toMatchObject(record);
  expect(rows.every((r) => (r.licence ?? '').includes('Open Government Licence v3.0'))).toBe(true);
  const json = await (await request.get('/downloads/cqc-local-authority-ratings.json')).json();
  expect(json).toMatchObject({ source: 'Care Quality Commission', councils: councils.length, licence: { name: 'Open Government Licence v3.0' } });
  expect(json.provenance).toContain(`Snapshot: ${snapshotDate()}`);
  expect(json.assessments).toHaveLength(records.length);
});

test('the provenance is on the site, linked from the national page and from /data-formats', async ({ page }) => {
  for (const from of ['/national', '/data-formats']) {
    await page.goto(from);
    await page.getByRole('link', { name: 'Where the figures come from' }).first().click();
    await expect(page).toHaveURL('/national/about-the-data');
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Published ratings and scores of English councils');
  await expect(page.locator('main')).toContainText(`Snapshot: ${snapshotDate()}`);
  await expect(page.locator('main')).toContainText('Open Government Licence v3.0');
});

test('the sitemap lists the national page, its provenance, every rating list and every council\'s page', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const site = process.env.SITE_URL ?? '';
  for (const path of ['/national', '/national/about-the-data', '/rating/good', '/rating/not-recorded', ...expectedList().map((c) => `/${c.slug}`)]) {
    expect(xml, path).toContain(`<loc>${site}${path}</loc>`);
  }
});

for (const path of ['/', '/national', '/rating/good', '/region/london', '/type/unitary', '/blackpool-council', '/london-borough-of-harrow', '/london-borough-of-harrow/assessing-needs']) {
  test(`${path} fits a 320 pixel screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
}
