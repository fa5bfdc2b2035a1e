import { expect, test } from '@playwright/test';
import { expectedList, ratedAs, withResult } from './lists';
import { slugOf } from './register';

/**
 * The lists by region, kind and rating against the content files
 * (./lists.ts): each holds exactly its councils, says how many of how many,
 * and is reached from `/` by a plain link, without JavaScript.
 */

const list = expectedList();
const SITE_NAME = 'Council care assessments, explained';
const regions = [...new Set(list.flatMap((c) => c.region ?? []))];
const types = [...new Set(list.flatMap((c) => c.type ?? []))];
const RATINGS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate', ''];
const names = (councils: typeof list) => councils.map((c) => c.name);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each region\'s list, linked from /, holds its councils and says how many of them have a result', async ({ page }) => {
    for (const region of regions) {
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Show councils by region' }).getByRole('link', { name: new RegExp(`^${region} \\(`) }).click();
      await expect(page).toHaveURL(`/region/${slugOf(region)}`);
      const councils = list.filter((c) => c.region === region);
      const held = withResult(councils).length;
      const place = region === 'London' || region === 'Yorkshire and The Humber' ? region : `the ${region}`;
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Councils in ${place}`);
      await expect(page).toHaveTitle(`Councils in ${place} - ${SITE_NAME}`);
      await expect(page.locator('.lead')).toHaveText(`${held} of ${councils.length} councils in ${place} ${held === 1 ? 'has' : 'have'} a result on this site.`);
      expect(await page.locator('table.council-table tbody th a').allTextContents(), region).toEqual(names(councils));
      await expect(page.getByRole('navigation', { name: 'Show councils by region' }).locator('[aria-current="page"]')).toHaveText(`${region} (${councils.length})`);
    }
  });

  test('each kind\'s list, linked from /, holds its councils and says how many of them have a result', async ({ page }) => {
    for (const type of types) {
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Show councils by kind of council' }).locator(`a[href="/type/${slugOf(type)}"]`).click();
      await expect(page).toHaveURL(`/type/${slugOf(type)}`);
      const councils = list.filter((c) => c.type === type);
      const held = withResult(councils).length;
      await expect(page.locator('.lead')).toContainText(`${held} of ${councils.length} `);
      await expect(page.locator('.lead')).toContainText(' a result on this site.');
      await expect(page).toHaveTitle(new RegExp(` - ${SITE_NAME}$`));
      expect(await page.locator('table.council-table tbody th a').allTextContents(), type).toEqual(names(councils));
    }
  });

  test('the list narrows to one rating by plain links, each counting the councils with a result', async ({ page }) => {
    await page.goto('/');
    const held = withResult(list).length;
    for (const rating of RATINGS) {
      const label = rating || 'Not recorded';
      const rated = ratedAs(list, rating);
      await page.getByRole('navigation', { name: 'Show councils by rating' }).getByRole('link', { name: `${label} (${rated.length})` }).click();
      await expect(page).toHaveURL(`/rating/${slugOf(label)}`);
      await expect(page.locator('.lead')).toContainText(`${rated.length} of ${held} councils with a result on this site`);
      expect(await page.locator('table.council-table tbody th a').allTextContents(), label).toEqual(names(rated));
      await page.getByRole('navigation', { name: 'Show councils by rating' }).getByRole('link', { name: /^All/ }).click();
    }
  });

  test('a letter of the A to Z lands on its first council, at the top of the screen, on a phone and a desktop', async ({ page }) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      for (const letter of ['C', 'H', 'S', [...new Set(list.map((c) => c.name.charAt(0).toUpperCase()))].at(-1) ?? '']) {
        await page.goto('/');
        await page.getByRole('navigation', { name: /first letter/ }).getByRole('link', { name: letter, exact: true }).click();
        await expect(page).toHaveURL(`/#letter-${letter.toLowerCase()}`);
        const first = page.locator(`tbody#letter-${letter.toLowerCase()} tr`).first();
        await expect(first.locator('th a')).toHaveText(list.find((c) => c.name.toUpperCase().startsWith(letter))?.name ?? '');
        await expect(first).toBeInViewport();
        // Landed: the group's top is at the top of the screen (or the page is scrolled to its end, for a last letter with little
        // below it), not above or below, whatever the groups above were estimated at before they were drawn.
        const { top, atEnd } = await page.locator(`tbody#letter-${letter.toLowerCase()}`).evaluate((group) => ({
          top: group.getBoundingClientRect().top, atEnd: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
        }));
        expect(top, `${letter} at ${width}px`).toBeGreaterThanOrEqual(0);
        if (!atEnd) expect(top, `${letter} at ${width}px`).toBeLessThan(40);
      }
    }
  });
});

test('the sitemap lists every list by rating, region and kind, and each has a share card', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const site = process.env.SITE_URL ?? '';
  const paths = [
    ...RATINGS.map((r) => `/rating/${slugOf(r || 'Not recorded')}`), ...regions.map((r) => `/region/${slugOf(r)}`), ...types.map((t) => `/type/${slugOf(t)}`),
  ];
  for (const path of paths) {
    expect(xml, path).toContain(`<loc>${site}${path}</loc>`);
    const card = await request.get(`${path}/card.png`);
    expect(card.status(), path).toBe(200);
    expect(card.headers()['content-type'], path).toBe('image/png');
  }
  expect((await request.get('/region/wales')).status()).toBe(404);
  expect((await request.get('/type/parish')).status()).toBe(404);
});
