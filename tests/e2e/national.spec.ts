import { expect, test } from '@playwright/test';
import { STATEMENTS } from '@/lib/framework';
import { reportsInBuild } from './content';
import { englandRecords, laterRecords, registerCouncils, slugOf, snapshotDate, STATEMENT_COLUMNS, type Council } from './register';
import { bandCounts, BAND_LABELS, missingColumns, ratedAs, RATINGS, tableRows } from './tally';

/**
 * The national page and the register's pages against figures this file
 * works out itself from the CSV files the build loaded (./register.ts reads
 * them with csv-parse): every council of England with a result, once, by
 * its latest, from the register or the later results. The lists of councils
 * (`/` and the lists by rating, region and kind) are checked in home.spec.ts
 * and lists.spec.ts.
 */

const councils = registerCouncils();
const counted = `${councils.length} councils whose result this site holds`;
test('every council of England has a page, headed with its name', async ({ request }) => {
  for (const council of englandRecords()) {
    const response = await request.get(`/${slugOf(council.name ?? '')}`);
    expect(response.status(), council.name).toBe(200);
    expect(await response.text(), council.name).toContain(`<h1>${council.name?.replace(/&/g, '&amp;')}</h1>`);
  }
});

test('the national page counts ratings, overall scores and statement scores as the CSV files give them', async ({ page }) => {
  await page.goto('/national');
  await expect(page.locator('.lead')).toContainText(counted);
  await expect(page.locator('main')).toContainText(`which holds every result CQC had published by ${snapshotDate()}, and ${laterRecords().length} results published since`);
  expect(await tableRows(page, 'section[aria-labelledby="ratings"] table')).toEqual(
    RATINGS.map((r) => [r || 'Not recorded', String(ratedAs(councils, r).length)]));
  const printedMonths = new Map(reportsInBuild().filter((a) => a.overallScore !== null).map((a) => [a.authority, a.published.slice(0, 7)]));
  const byCqc = (c: Council) => c.printed !== null || printedMonths.get(c.authority) === c.published;
  const percents = [...new Set(councils.flatMap((c) => c.percent ?? []))].sort((a, b) => a - b);
  const percentRows = (await tableRows(page, 'section[aria-labelledby="overall-scores"] table')).filter((cells) => cells.length === 3);
  expect(percentRows).toEqual(percents.map((p) => {
    const at = councils.filter((c) => c.percent === p);
    return [`${p}%`, String(at.length), String(at.filter(byCqc).length)];
  }));
  const notKnown = councils.filter((c) => c.percent === null).length;
  await expect(page.locator('section[aria-labelledby="overall-scores"]')).toContainText(
    `Of the ${councils.length} councils, ${councils.filter((c) => c.percent !== null && byCqc(c)).length} have CQC's own figure`);
  await expect(page.locator('section[aria-labelledby="overall-scores"]')).toContainText(`for ${notKnown}, it is not known`);
  const extras = missingColumns(councils);
  expect(await tableRows(page, 'section[aria-labelledby="statement-scores"] table')).toEqual(STATEMENTS.map((s, index) => [
    s.name, ...[1, 2, 3, 4].map((score) => String(councils.filter((c) => c.scores[index] === score).length)), ...extras.map((e) => String(e.count(index))),
  ]));
  expect(STATEMENTS.map((s) => s.slug)).toEqual(STATEMENT_COLUMNS);
});

test('the national page counts each region and each kind of council, each linking to its list', async ({ page }) => {
  await page.goto('/national');
  const sets = (by: 'region' | 'type', values: string[]) => values.map((value) => councils.filter((c) => c[by] === value));
  const regions = [...new Set(englandRecords().map((c) => c.region ?? ''))];
  const kinds = ['county', 'unitary', 'metropolitan district', 'London borough', 'other'];
  const inEngland = (by: 'region' | 'type', value: string) => englandRecords().filter((c) => c[by] === value).length;
  const byRegion = await tableRows(page, '#ratings-by-region');
  expect(byRegion.map((cells) => cells[0])).toEqual(expect.arrayContaining(regions));
  for (const cells of byRegion) {
    const region = cells[0] ?? '';
    const members = councils.filter((c) => c.region === region);
    expect(cells.slice(1), region).toEqual([...RATINGS.map((r) => String(ratedAs(members, r).length)), String(members.length), String(inEngland('region', region))]);
    await expect(page.locator('#ratings-by-region tbody th a', { hasText: region }).first()).toHaveAttribute('href', /^\/region\/[a-z-]+$/);
  }
  expect((await tableRows(page, '#overall-by-kind')).map((cells) => cells.slice(1))).toEqual(sets('type', kinds).map((members) => {
    const bands = bandCounts(members);
    return [...bands.map((b) => String(b.councils)), String(members.filter((c) => c.percent === null).length),
      String(bands.reduce((n, b) => n + b.printed, 0)), String(bands.reduce((n, b) => n + b.councils - b.printed, 0))];
  }));
  expect((await tableRows(page, '#ratings-by-kind')).map((cells) => cells.at(-1))).toEqual(kinds.map((k) => String(inEngland('type', k))));
  await expect(page.locator('#overall-by-region thead')).toContainText(BAND_LABELS[0] ?? '');
});

test('a council whose rating is not recorded says so, and infers none', async ({ page }) => {
  const unrated = councils.find((c) => c.rating === '');
  if (!unrated) throw new Error('no council without a rating');
  await page.goto(`/${unrated.slug}`);
  await expect(page.locator('section[aria-labelledby="rating"]')).toContainText('Overall rating: not recorded.');
  await expect(page.locator('section[aria-labelledby="rating"] .rating-badge')).toHaveCount(0);
  await expect(page.locator('section[aria-labelledby="in-context"]')).toContainText('counted under no rating');
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

test('the sitemap lists the national page, its provenance, every rating list and every council of England\'s page', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const site = process.env.SITE_URL ?? '';
  const slugs = englandRecords().map((c) => slugOf(c.name ?? ''));
  for (const path of ['/national', '/national/about-the-data', '/rating/good', '/rating/not-recorded', ...slugs.map((s) => `/${s}`)]) {
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
