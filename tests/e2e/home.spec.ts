import { expect, test, type Page } from '@playwright/test';
import { expectedList, letters, withResult, type Listed } from './lists';

/**
 * `/`: every council the test build knows, by the name people use, with what
 * the site holds for each, against the content files (./lists.ts).
 */

const list = expectedList();
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const HOLDING = { report: 'full report on this site', register: 'CQC\'s result from the register', later: 'CQC\'s result recorded later', none: 'no result held on this site' };
const CQC_LIST = 'https://www.cqc.org.uk/care-services/local-authority-assessment-reports';

/** The line under a council's name, as the site words it. */
function holdingLine(council: Listed): string {
  const words = HOLDING[council.holds];
  return council.name === council.authority ? `${words.charAt(0).toUpperCase()}${words.slice(1)}` : `${council.authority}: ${words}`;
}

/** Each body row of the list as text: the name's link, the line under it, then each cell. */
async function shownRows(page: Page) {
  return page.locator('table.council-table tbody tr').evaluateAll((rows) => rows.map((row) => {
    const link = row.querySelector('th a');
    const line = (row.querySelector('th')?.textContent ?? '').slice((link?.textContent ?? '').length).trim();
    return {
      name: link?.textContent, href: link?.getAttribute('href'), line,
      cells: [...row.querySelectorAll('td')].map((cell) => cell.textContent),
      links: [...row.querySelectorAll('td a')].map((a) => a.getAttribute('href')),
    };
  }));
}

test('/ lists every council the build knows by the name people use, with what the site holds, its rating, month and nine scores', async ({ page, request }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council care assessments, explained');
  await expect(page.locator('.lead')).toContainText(`Here is every council, ${list.length} in all, with what this site holds for it.`);
  expect(await shownRows(page)).toEqual(list.map((c) => ({
    name: c.name, href: `/${c.slug}`, line: holdingLine(c),
    cells: c.holds === 'none'
      ? []
      : [c.rating ?? 'Not recorded', MONTH.format(new Date(`${c.published}-01T00:00:00Z`)), ...c.scores.map((s) => (s === null ? (c.holds === 'later' ? '-Not recorded' : '-Not scored in this assessment') : String(s)))],
    links: [],
  })));
  const counts = (holds: Listed['holds']) => list.filter((c) => c.holds === holds).length;
  const holdings = page.locator('section.holdings li');
  await expect(holdings).toHaveText([
    new RegExp(`full report.*: ${counts('report')} councils?$`), new RegExp(`register.*: ${counts('register')} councils?$`),
    new RegExp(`recorded later.*: ${counts('later')} councils?$`), new RegExp(`^No result held yet: ${counts('none')} councils?, `),
  ]);
  // The one way from the list to the reports the site does not hold: not a link repeated on each such row.
  await expect(holdings.last().getByRole('link', { name: 'CQC\'s list of reports' })).toHaveAttribute('href', CQC_LIST);
  await expect(page.locator(`table.council-table a[href="${CQC_LIST}"]`)).toHaveCount(0);
  for (const council of list) {
    const answer = await request.get(`/${council.slug}`);
    expect(answer.status(), council.slug).toBe(200);
    expect(await answer.text(), council.slug).toContain(`<h1>${council.authority}</h1>`);
  }
});

test('Harrow is filed under H, and a full report is marked for every report in the build and no other council', async ({ page }) => {
  await page.goto('/');
  const row = page.locator('tbody#letter-h tr').filter({ has: page.getByRole('rowheader', { name: /^Harrow London Borough of Harrow/ }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('link', { name: 'Harrow', exact: true })).toHaveAttribute('href', '/london-borough-of-harrow');
  await expect(row.locator('td.g')).toHaveText(['2', '2', '3', '2', '3', '2', '2', '2', '3']);
  const marked = await page.locator('table.council-table tbody th').filter({ hasText: /full report on this site/i }).locator('a').allTextContents();
  expect(marked.sort()).toEqual(list.filter((c) => c.holds === 'report').map((c) => c.name).sort());
});

test('a screen reader hears each score column by its statement\'s full name, and the table by its caption', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('columnheader', { name: 'Assessing needs' })).toHaveCount(1);
  await expect(page.getByRole('columnheader', { name: 'Learning, improvement and innovation' })).toHaveCount(1);
  await expect(page.getByRole('table', { name: `All ${list.length} councils, by the name people use` })).toHaveCount(1);
});

test.describe('on a phone (390 by 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('GOV.UK\'s postcode finder is on the first screen, and the A to Z, regions and kinds within two', async ({ page }) => {
    await page.goto('/');
    const finder = page.getByRole('link', { name: 'Find your local council' });
    await expect(finder).toHaveAttribute('href', 'https://www.gov.uk/find-local-council');
    expect((await finder.boundingBox())?.y).toBeLessThan(844);
    for (const name of ['Find a council by the first letter of its name', 'Show councils by region', 'Show councils by kind of council']) {
      const nav = page.getByRole('navigation', { name });
      const box = await nav.boundingBox();
      expect(box && box.y + box.height, name).toBeLessThan(2 * 844);
    }
  });
});

test('the A to Z has one link per first letter, and the region and kind lists are linked with their counts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: /first letter/ }).getByRole('link')).toHaveText(letters(list));
  const regions = [...new Set(list.flatMap((c) => c.region ?? []))];
  const byRegion = page.getByRole('navigation', { name: 'Show councils by region' }).getByRole('link');
  await expect(byRegion).toHaveCount(regions.length);
  for (const region of regions) {
    await expect(byRegion.filter({ hasText: `${region} (` })).toHaveText(`${region} (${list.filter((c) => c.region === region).length})`);
  }
  const byType = page.getByRole('navigation', { name: 'Show councils by kind of council' }).getByRole('link');
  await expect(byType).toHaveCount(new Set(list.flatMap((c) => c.type ?? [])).size);
  const counts = (await byType.allTextContents()).map((text) => Number(/\((\d+)\)$/.exec(text)?.[1]));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(list.filter((c) => c.type !== null).length);
  const byRating = page.getByRole('navigation', { name: 'Show councils by rating' });
  await expect(byRating.locator('[aria-current="page"]')).toHaveText(`All (${list.length})`);
  expect(withResult(list).length).toBeGreaterThan(0);
});

test('the site\'s script does nothing at load on a list: no query of the page, no date formatter', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { enhanceCalls: string[] }).enhanceCalls = calls;
    const fromEnhance = () => /enhance\.js/.test(new Error().stack ?? '');
    for (const [proto, names] of [[Document.prototype, ['querySelector', 'querySelectorAll', 'getElementsByClassName', 'getElementsByTagName']], [Element.prototype, ['querySelector', 'querySelectorAll', 'closest']]] as const) {
      for (const name of names) {
        const original = (proto as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
        if (!original) continue;
        Object.defineProperty(proto, name, { value(this: unknown, ...args: unknown[]) { if (fromEnhance()) calls.push(name); return original.apply(this, args); } });
      }
    }
    const Format = Intl.DateTimeFormat;
    Intl.DateTimeFormat = function (this: unknown, ...args: ConstructorParameters<typeof Format>) { if (fromEnhance()) calls.push('Intl.DateTimeFormat'); return new Format(...args); } as unknown as typeof Intl.DateTimeFormat;
  });
  await page.goto('/');
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.evaluate(() => new Promise((resolve) => { setTimeout(resolve, 200); }));
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  expect(scripts).toContain('/enhance.js');
  expect(await page.evaluate(() => (window as unknown as { enhanceCalls: string[] }).enhanceCalls)).toEqual([]);
});
