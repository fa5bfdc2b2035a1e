import { expect, test } from '@playwright/test';
import { harrow } from './content';

const assessment = harrow();
const theme = assessment.themes.find((t) => t.statements.some((s) => s.slug === 'safeguarding'));
if (!theme) throw new Error('no Safeguarding theme');
const themeLabel = `Theme ${theme.number}: ${theme.title}`;
const statementPage = `/${assessment.slug}/safeguarding`;

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    for (const width of [320, 390]) {
      test(`at ${width} px the breadcrumbs collapse to one link back to the parent`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(statementPage);
        const nav = page.getByRole('navigation', { name: 'Breadcrumb' });
        await expect(nav.getByRole('link')).toHaveCount(1);
        const back = nav.getByRole('link', { name: `Back to ${themeLabel}` });
        await expect(back).toBeVisible();
        await expect(back).toHaveAttribute('href', `/${assessment.slug}/${theme.slug}`);
        await expect(nav.getByRole('list')).toBeHidden();
        // Shorter than the whole trail would be at this width.
        const collapsed = (await nav.boundingBox())?.height ?? Infinity;
        const trail = await nav.evaluate((el) => {
          const list = el.querySelector('ol');
          const back = el.querySelector('.breadcrumbs__back');
          if (!(list instanceof HTMLElement) || !(back instanceof HTMLElement)) return 0;
          list.style.display = 'flex';
          back.style.display = 'none';
          const height = el.getBoundingClientRect().height;
          list.style.display = '';
          back.style.display = '';
          return height;
        });
        expect(collapsed).toBeLessThan(trail);
        await page.goto(`/${assessment.slug}`);
        await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText(['Back to Home']);
      });
    }

    test('at 1280 px the whole trail shows, ending with the page itself', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(statementPage);
      const nav = page.getByRole('navigation', { name: 'Breadcrumb' });
      await expect(nav.getByRole('link')).toHaveText(['Home', assessment.authority, themeLabel]);
      await expect(nav.getByRole('listitem').last()).toHaveText('Safeguarding');
      await expect(nav.getByRole('listitem').last()).toHaveAttribute('aria-current', 'page');
      await expect(nav.getByText(`Back to ${themeLabel}`)).toBeHidden();
    });
  });
}
