import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { COST, budget } from './budget';
import { sitePages } from './pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const WIDTHS = [{ name: 'phone', width: 375, height: 740 }, { name: 'desktop', width: 1280, height: 900 }];

for (const viewport of WIDTHS) {
  test(`axe finds no violations on any page type at ${viewport.name} width (${viewport.width}px)`, { tag: '@heavy' }, async ({ page, request }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const paths = (await sitePages(request)).map((p) => p.path);
    test.setTimeout(budget(paths.length, COST.page + COST.axe));
    const problems: string[] = [];
    for (const [i, path] of paths.entries()) {
      if (i % 10 === 0) process.stdout.write(`axe at ${viewport.width}px: page ${i + 1} of ${paths.length}\n`);
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

test('every page type links to the accessibility statement from its footer', { tag: '@heavy' }, async ({ page, request }) => {
  const pages = await sitePages(request);
  test.setTimeout(budget(pages.length, COST.page));
  for (const { path } of pages) {
    await page.goto(path);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }), path).toHaveAttribute('href', '/accessibility');
  }
});

test('the accessibility statement says what is accessible, what is not, and how to report a problem', async ({ page }) => {
  await page.goto('/accessibility');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement for Council care assessments, explained');
  for (const heading of ['How accessible this website is', 'Feedback and contact information',
    'Enforcement procedure', 'Technical information about this website\'s accessibility', 'Preparation of this accessibility statement']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  // The test build sets no CONTACT_EMAIL: no section asks readers to report to an address there is none of.
  await expect(page.getByRole('heading', { name: 'Reporting accessibility problems with this website' })).toHaveCount(0);
  await expect(page.locator('main')).toContainText('CQC\'s website, which says how to ask CQC for a report in another format');
});
