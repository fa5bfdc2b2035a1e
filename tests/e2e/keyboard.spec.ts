import { expect, test, type Page } from '@playwright/test';
import { comparisonAnchor } from '@/lib/view/anchors';
import { COST, budget } from './budget';
import { harrow } from './content';
import { onePerType } from './pages';

/** Whether the focused element is visibly marked: an outline, a box shadow or a changed background. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
    return outline || style.boxShadow !== 'none' || style.backgroundColor === 'rgb(255, 191, 71)';
  });
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Tabs through the whole page; returns the stops that showed no focus, and how many were reached of how many there are. */
async function tabThrough(page: Page): Promise<{ unmarked: string[]; reached: number; expected: number }> {
  // Tab skips what sits inside a closed <details> (a figure's citation), though it has boxes.
  const expected = await page.locator(FOCUSABLE).evaluateAll((els) => els
    .filter((e) => e instanceof HTMLElement && e.getClientRects().length > 0)
    .filter((e) => e.tagName === 'SUMMARY' || !e.closest('details:not([open])')).length);
  const reached = new Set<string>();
  const unmarked: string[] = [];
  for (let i = 0; i < expected + 5; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      el.setAttribute('data-tab-seen', el.getAttribute('data-tab-seen') ?? String(Math.random()));
      return `${el.tagName.toLowerCase()} ${el.getAttribute('data-tab-seen')} ${(el.textContent ?? '').trim().slice(0, 40)}`;
    });
    if (id === null || reached.has(id)) break;
    reached.add(id);
    if (!(await focusIsVisible(page))) unmarked.push(id);
  }
  return { unmarked, reached: reached.size, expected };
}

for (const viewport of [{ name: 'phone', width: 390, height: 844 }, { name: 'desktop', width: 1280, height: 900 }]) {
  test(`Tab reaches every interactive element of one page of each type at ${viewport.name} width, each showing focus`, { tag: '@heavy' }, async ({ page, request }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const problems: string[] = [];
    const pages = await onePerType(request);
    test.setTimeout(budget(pages.length, COST.page + COST.tabThrough));
    for (const [i, { path }] of pages.entries()) {
      process.stdout.write(`keyboard at ${viewport.width}px: page ${i + 1} of ${pages.length}\n`);
      await page.goto(path);
      // The script shows a citation's copy button once the page has settled: count after it has.
      await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
      const { unmarked, reached, expected } = await tabThrough(page);
      if (unmarked.length > 0) problems.push(`${path}: focus not visible on ${unmarked.join('; ')}`);
      if (reached !== expected) problems.push(`${path}: Tab reached ${reached} of ${expected} elements`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

test('the skip link is the first Tab stop, shows itself, and moves focus to the main content', async ({ page }) => {
  await page.goto('/london-borough-of-harrow/safeguarding');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

/** Presses Tab from the top of the page until focus comes round again; returns what it stopped on, in order. */
async function tabStops(page: Page): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      if (el.hasAttribute('data-stop')) return 'again';
      el.setAttribute('data-stop', '');
      return `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}`;
    });
    if (stop === null || stop === 'again') break;
    stops.push(stop);
  }
  return stops;
}

const MAX_STOPS = 45;

test(`the Safeguarding page takes at most ${MAX_STOPS} Tab stops, with every finding and figure still linkable`, async ({ page }) => {
  const statement = harrow().themes.flatMap((t) => t.statements).find((s) => s.slug === 'safeguarding');
  if (!statement) throw new Error('no Safeguarding');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/london-borough-of-harrow/safeguarding');
  const figures = statement.comparisons.filter((c) => c.repeatOf === null);
  for (const finding of statement.findings) {
    await expect(page.locator(`main a[href="/london-borough-of-harrow/safeguarding#${finding.slug}"]`)).toHaveCount(1);
  }
  for (const figure of figures) {
    const id = comparisonAnchor(statement, figure);
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    expect(await page.locator(`main a[href$="#${id}"]`).count(), id).toBeGreaterThanOrEqual(1);
  }
  const stops = await tabStops(page);
  // Two stops per figure at most, counted where Tab actually stopped: its link and its citation.
  const rowStops = await page.locator('table.comparison-table tbody tr [data-stop]').count();
  expect(rowStops).toBe(2 * figures.length);
  test.info().annotations.push({ type: 'tab stops', description: `${stops.length} (${rowStops} in the comparison table's rows)` });
  expect(stops.length, stops.join('\n')).toBeLessThanOrEqual(MAX_STOPS);
});
