import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { COST, budget } from './budget';
import { onePerType, sitePages } from './pages';

/**
 * Axe at two widths. At a phone's, every page of the whole-site sample
 * (every fixed page and page type, and a spread of each generated type:
 * tests/e2e/pages.ts); at a desktop's, one page of each type, as the
 * keyboard walk does. A generated type's pages share one template, so the
 * rest of its sample adds content, not layout: the phone width, where the
 * layout is tightest, checks them. The same walk checks each page's footer
 * link to the accessibility statement.
 */
const WIDTHS = [
  { name: 'phone', width: 375, height: 740, pages: sitePages, which: 'every page of the sample' },
  { name: 'desktop', width: 1280, height: 900, pages: onePerType, which: 'one page of each type' },
];

for (const viewport of WIDTHS) {
  test(`axe finds no violations on ${viewport.which} at ${viewport.name} width (${viewport.width}px), each linking the accessibility statement from its footer`, { tag: '@heavy' }, async ({ page, request }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const paths = (await viewport.pages(request)).map((p) => p.path);
    test.setTimeout(budget(paths.length, COST.page + COST.axe));
    const problems: string[] = [];
    for (const [i, path] of paths.entries()) {
      if (i % 10 === 0) process.stdout.write(`axe at ${viewport.width}px: page ${i + 1} of ${paths.length}\n`);
      await page.goto(path);
      problems.push(...await axeViolations(page, path));
      const footerLink = page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement', exact: true });
      if (await footerLink.count() !== 1 || await footerLink.getAttribute('href') !== '/accessibility') {
        problems.push(`${path}: the footer has no one link "Accessibility statement" to /accessibility`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(paths.length).toBeGreaterThan(15);
  });
}

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

test('the axe check reports what it should: faults planted in a page, each with its rule and element, and a page with a frame', async ({ page }) => {
  await page.goto('/about');
  expect(await axeViolations(page, '/about')).toEqual([]);
  await page.evaluate(() => {
    const main = document.querySelector('main');
    main?.insertAdjacentHTML('beforeend', '<img id="planted-image" src="/favicon.ico"><p id="planted-text">Faint words</p>');
    // Set through the CSSOM: the Content-Security-Policy refuses style attributes.
    const faint = document.getElementById('planted-text');
    faint?.style.setProperty('color', '#ccc');
    faint?.style.setProperty('background', '#fff');
  });
  const planted = await axeViolations(page, '/about');
  expect(planted.map((line) => line.split(' ')[1])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  expect(planted.join('\n')).toContain('#planted-image');
  expect(planted.join('\n')).toContain('#planted-text');
  await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<iframe title="planted" src="/about"></iframe>'));
  await page.locator('iframe').waitFor();
  expect(await axeViolations(page, '/about')).toEqual(['/about: the page has 1 frame(s); axe\'s legacy mode (tests/e2e/axe.ts) does not check cross-origin frames']);
});
