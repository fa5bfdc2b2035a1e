import { expect, test, type Page } from '@playwright/test';
import { comparisonAnchor } from '@/lib/view/anchors';
import { harrow } from './content';

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

for (const path of ['/', '/london-borough-of-harrow', '/london-borough-of-harrow/assessing-needs', '/london-borough-of-harrow/providing-support', '/search?q=safegaurding&page=2']) {
  test(`Tab reaches every interactive element of ${path}, each showing focus`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path);
    const expected = await page.locator(FOCUSABLE).evaluateAll((els) => els.filter((e) => e instanceof HTMLElement && e.getClientRects().length > 0).length);
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
    expect(unmarked, `focus not visible on: ${unmarked.join('; ')}`).toEqual([]);
    expect(reached.size).toBe(expected);
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
  // The comparison table's rows are cut to two stops per figure on the trust branch (issue 13). Until that is merged
  // its rows alone have more, and this test is expected to fail; once they have two or fewer, it must pass.
  const rowStops = await page.locator('table.comparison-table tbody tr').locator('a[href], summary, [tabindex="0"]').count();
  test.fail(rowStops > 2 * figures.length, `the comparison table's rows have ${rowStops} stops for ${figures.length} figures`);
  const stops = await tabStops(page);
  test.info().annotations.push({ type: 'tab stops', description: `${stops.length} (${rowStops} in the comparison table's rows)` });
  expect(stops.length, stops.join('\n')).toBeLessThanOrEqual(MAX_STOPS);
});
