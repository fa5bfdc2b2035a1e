import { expect, test, type Page } from '@playwright/test';
import { SYSTEM_CHROMIUM_ARGS, findChromium } from './chromium';
import { expectedList, withResult } from './lists';
import { slugOf } from './register';

/**
 * How the lists of councils are drawn: on a phone every score carries its
 * statement's short name; rows off screen are left to the browser to skip
 * (content-visibility), which must not cost find-in-page, printing or
 * screen readers anything.
 */

const list = expectedList();
const last = list.at(-1);
if (!last) throw new Error('no council listed');
const first = (key: 'region' | 'type') => list.find((c) => c[key] !== null)?.[key] ?? '';
const LISTS = ['/', `/region/${slugOf(first('region'))}`, `/type/${slugOf(first('type'))}`, '/rating/good'];

/** Every score cell of the page with the label drawn before it and the short name heading its column. */
async function scoreLabels(page: Page) {
  return page.locator('table.council-table').evaluate((table) => {
    const heads = [...table.querySelectorAll('thead .glance-head__text')].map((h) => h.textContent);
    return [...table.querySelectorAll('tbody tr')].flatMap((row) => [...row.querySelectorAll('td.g')].map((cell, index) => ({
      label: getComputedStyle(cell, '::before').content, expected: `"${heads[index]}"`,
    })));
  });
}

for (const width of [320, 430]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('every score on each list is labelled with its statement\'s short name, and nothing scrolls sideways', async ({ page }) => {
      for (const path of LISTS) {
        await page.goto(path);
        const labels = await scoreLabels(page);
        expect(labels.length, path).toBeGreaterThan(0);
        expect(labels.filter((l) => l.label !== l.expected), path).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBe(0);
      }
    });
  });
}

test('at 1280 px the scores are a table of digits under their column headers, with no labels drawn', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  expect((await scoreLabels(page)).filter((l) => l.label !== 'none' && l.label !== 'normal')).toEqual([]);
  const heads = await page.locator('thead th').evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().left)));
  const cells = await page.locator('tbody tr').filter({ has: page.locator('td.g') }).first().locator('th, td').evaluateAll((c) => c.map((x) => Math.round(x.getBoundingClientRect().left)));
  expect(cells).toEqual(heads);
});

test('letter groups far off screen are left unrendered at first, and find-in-page still finds the last council and shows it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const lastName = page.locator('table.council-table tbody tr').last().locator('th');
  expect(await lastName.evaluate((cell) => cell.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);
  expect(await page.evaluate((name) => (window as unknown as { find: (text: string) => boolean }).find(name), last.authority)).toBe(true);
  await expect(lastName).toBeInViewport();
  expect(await lastName.evaluate((cell) => cell.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
});

test('printed, the list is a plain table with every row drawn', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  const rows = await page.locator('table.council-table tbody tr').evaluateAll((all) => all.map((row) => ({
    display: getComputedStyle(row).display, skipped: !row.checkVisibility({ contentVisibilityAuto: true }), height: row.getBoundingClientRect().height,
  })));
  expect(rows).toHaveLength(list.length);
  expect(rows.filter((r) => r.display !== 'table-row' || r.skipped || r.height === 0)).toEqual([]);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('a screen reader is given every council\'s row, skipped or not: the accessibility tree holds them all', async ({ playwright }) => {
  // Chromium builds the whole tree, skipped content included, when a screen reader is running; this flag is how it is told one is.
  const browser = await playwright.chromium.launch({ executablePath: findChromium()?.executablePath, args: [...SYSTEM_CHROMIUM_ARGS, '--force-renderer-accessibility'] });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto('/');
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
  const named = (role: string) => nodes.filter((n) => !n.ignored && n.role?.value.toLowerCase() === role).map((n) => n.name?.value ?? '');
  expect(named('table').some((name) => name.startsWith(`All ${list.length} councils`))).toBe(true);
  const headers = named('rowheader');
  expect(headers).toHaveLength(list.length);
  expect(headers.at(-1)).toContain(last.name);
  expect(named('row').length).toBe(list.length + 1);
  // A council with a result has its rating, month and nine scores; one without has its row header alone.
  expect(named('cell').length).toBe(withResult(list).length * 11);
  await browser.close();
});
