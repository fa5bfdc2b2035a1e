import { expect, test } from '@playwright/test';
import { SITE_NAME } from '@/lib/site';
import { sitePages } from './pages';

/** A tab, a search result or a link preview never reads as CQC's own page: every page's titles end with the site's name. */
test('every page type\'s <title>, og:title and twitter:title end with the site\'s name', async ({ page, request }) => {
  const pages = await sitePages(request);
  const types = new Set(pages.map((p) => p.type));
  for (const type of ['overview', 'summary', 'later result', 'no result', 'theme', 'statement', 'national', 'search results', 'not found'] as const) {
    expect(types.has(type), type).toBe(true);
  }
  const wrong: string[] = [];
  for (const { path } of pages) {
    await page.goto(path);
    const titles = [
      await page.title(),
      await page.locator('meta[property="og:title"]').getAttribute('content'),
      await page.locator('meta[name="twitter:title"]').getAttribute('content'),
    ];
    if (!titles.every((t) => t === SITE_NAME || t?.endsWith(` - ${SITE_NAME}`))) wrong.push(`${path}: ${JSON.stringify(titles)}`);
  }
  expect(wrong).toEqual([]);
});
