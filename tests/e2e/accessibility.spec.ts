import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitePages } from './pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const WIDTHS = [{ name: 'phone', width: 375, height: 740 }, { name: 'desktop', width: 1280, height: 900 }];

for (const viewport of WIDTHS) {
  test(`axe finds no violations on any page type at ${viewport.name} width (${viewport.width}px)`, async ({ page, request }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const paths = (await sitePages(request)).map((p) => p.path);
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of violations) {
        problems.push(`${path}: ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(paths.length).toBeGreaterThan(15);
  });
}

test('every page type links to the accessibility statement from its footer', async ({ page, request }) => {
  for (const { path } of await sitePages(request)) {
    await page.goto(path);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }), path).toHaveAttribute('href', '/accessibility');
  }
});

test('the accessibility statement says what is accessible, what is not, and how to report a problem', async ({ page }) => {
  await page.goto('/accessibility');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement for Council care assessments, explained');
  for (const heading of ['How accessible this website is', 'Feedback and contact information', 'Reporting accessibility problems with this website',
    'Enforcement procedure', 'Technical information about this website\'s accessibility', 'Preparation of this accessibility statement']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
});
