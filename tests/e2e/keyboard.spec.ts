import { expect, test, type Page } from '@playwright/test';

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

for (const path of ['/', '/london-borough-of-harrow', '/london-borough-of-harrow/assessing-needs', '/london-borough-of-harrow/providing-support']) {
  test(`Tab reaches every interactive element of ${path}, each showing focus`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path);
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
