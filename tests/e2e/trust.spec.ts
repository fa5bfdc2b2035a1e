import { expect, test } from '@playwright/test';
import { RATINGS, SCORE_LABELS } from '@/lib/assessment';
import { SITE_NAME } from '@/lib/site';
import { OGL_URL } from '@/lib/view/sources';
import { COST, budget } from './budget';
import { registerRows, reportsInBuild, reportsWithSources } from './content';
import { englandRecords } from './register';
import { sitePages } from './pages';

/** Issue 11 on Harrow (real, no printed overall score) and Holmbury (fixture, CQC's printed score 67): whose site, whose words. */
const reports = reportsWithSources();
const site = process.env.SITE_URL ?? '';

for (const { assessment, reportUrl } of reports) {
  const base = `/${assessment.slug}`;
  const pages = [base, ...assessment.themes.flatMap((t) => [t, ...t.statements]).map((s) => `${base}/${s.slug}`)];

  test(`every ${assessment.authority} page links to the report on CQC's website, ${reportUrl}`, async ({ page }) => {
    for (const path of pages) {
      await page.goto(path);
      const link = page.locator('.source-link-box').getByRole('link', { name: 'the full report on CQC\'s website' });
      await expect(link, path).toHaveAttribute('href', reportUrl);
      await expect(link, path).toBeVisible();
    }
    expect(pages).toHaveLength(1 + assessment.themes.length + assessment.themes.flatMap((t) => t.statements).length);
  });

  test(`every ${assessment.authority} statement page shows CQC's four scores in words with its own marked, and cites CQC's report by the statement`, async ({ page }) => {
    for (const statement of assessment.themes.flatMap((t) => t.statements)) {
      await page.goto(`${base}/${statement.slug}`);
      const cite = page.locator('section.citation');
      await expect(cite.locator('.citation__facts')).toContainText(`Source${reportUrl}`);
      await expect(cite.locator('.citation__harvard')).toContainText(
        `Care Quality Commission (${assessment.published.slice(0, 4)}) \u2018${statement.name}\u2019, in ${assessment.authority}: local authority assessment. Score ${statement.score} of 4`);
      await expect(cite.locator('.citation__harvard')).toContainText(`Available at: ${reportUrl} (CQC\u2019s website). Read at: ${site}${base}/${statement.slug} (Accessed: `);
      const steps = page.locator('.scale--score li');
      await expect(steps).toHaveText(SCORE_LABELS.map((label, i) => (i + 1 === statement.score ? `${i + 1}: ${label} (this score)` : `${i + 1}: ${label}`)));
      await expect(page.locator('.scale--score .scale__step--current')).toHaveCount(1);
    }
  });

  test(`${assessment.authority}'s overview leads with CQC's rating, the four ratings in words, then the score with whose it is`, async ({ page }) => {
    await page.goto(base);
    const block = page.locator('.rating-block');
    await expect(block.locator('.rating-badge')).toHaveText(`CQC's overall rating ${assessment.rating}`);
    await expect(block.locator('.scale--rating li')).toHaveText([...RATINGS].reverse().map((r) => (r === assessment.rating ? `${r} (this rating)` : r)));
    const headline = block.locator('.score-headline');
    if (assessment.overallScore === null) {
      await expect(headline).toHaveText('This site\'s calculation from CQC\'s scores: 21 of 36, 59%');
      await expect(headline).toHaveClass(/score-headline--site/);
      await expect(page.locator('.overall-score')).toContainText('The report does not print an overall score; this figure is the site\u2019s.');
      await expect(page.locator('.overall-score')).toContainText('2 more score points out of 36 would have reached Good.');
    } else {
      await expect(headline).toHaveText(`CQC's overall score: ${assessment.overallScore} out of 100`);
      await expect(headline).toHaveClass(/score-headline--cqc/);
      await expect(page.locator('.overall-score')).toContainText(`That is the overall score CQC prints, ${assessment.overallScore}.`);
    }
    const order = await page.locator('.rating-badge, .score-headline, .scale--rating').evaluateAll((els) => els.map((e) => e.className.split(' ')[0]));
    expect(order).toEqual(['rating-badge', 'score-headline', 'scale']);
    await expect(page.locator('.overall-score h2')).toHaveText('How the overall score is worked out (this site\'s calculation)');
  });
}

test('every page type carries the independence banner, the licence and the site\'s own name, on screen and in print', { tag: '@heavy' }, async ({ page, request }) => {
  const paths = (await sitePages(request)).map((p) => p.path);
  test.setTimeout(budget(2 * paths.length, COST.page));
  for (const media of ['screen', 'print'] as const) {
    await page.emulateMedia({ media });
    for (const path of paths) {
      await page.goto(path);
      const banner = page.locator('.independence-banner');
      await expect(banner, `${path} (${media})`).toBeVisible();
      await expect(banner, path).toHaveText('Independent A viewer of the Care Quality Commission\'s published reports, not a CQC website. About this site');
      await expect(banner.getByRole('link', { name: 'About this site' }), path).toHaveAttribute('href', '/about');
      await expect(page.locator('.site-footer__licence a'), `${path} (${media})`).toBeVisible();
      await expect(page.locator('.site-footer__licence a'), path).toHaveAttribute('href', OGL_URL);
      await expect(page.locator('.site-name'), path).toHaveText(SITE_NAME);
    }
  }
  expect(SITE_NAME.startsWith('CQC')).toBe(false);
  expect(paths.length).toBeGreaterThan(15);
});

test('the header is the site\'s own, not an official blue bar', async ({ page }) => {
  await page.goto('/');
  const background = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
  // A blue bar is dark with blue well above red: GOV.UK's #0b0c0c/#1d70b8 and the old #0b3d5c all are.
  expect(b - r > 40 && r + g + b < 400).toBe(false);
  await expect(page).toHaveTitle(/Council care assessments, explained/);
});

test('the About page says what the site is, where the data comes from with the register\'s provenance, and what it calculates', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this site');
  await expect(page.locator('main')).toContainText('It is not a CQC website, and CQC does not endorse it.');
  for (const heading of ['What the site does', 'Where the data comes from', 'What the site calculates', 'Licence']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  const full = reportsInBuild().length;
  await expect(page.locator('main')).toContainText(`${full === 1 ? 'One report is' : `${full} reports are`} shown in full`);
  await expect(page.locator('main')).toContainText(`The ${englandRecords().length} councils with adult social care duties`);
  const rows = registerRows();
  const councils = new Set(rows.map((r) => r.authority)).size;
  await expect(page.locator('main')).toContainText(`${rows.length} rows for ${councils} councils, complete to 3 October 2025`);
  await expect(page.getByRole('heading', { level: 3, name: 'Where the figures come from' })).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: 'How CQC rates councils, and how the site calculates' })).toHaveAttribute('href', '/how-cqc-rates');
});

test('with no operator configured, the About page and the accessibility statement say nothing about configuration', async ({ page }) => {
  for (const path of ['/about', '/accessibility']) {
    await page.goto(path);
    await expect(page.locator('main'), path).not.toContainText(/configur|CONTACT_EMAIL|SITE_OWNER|setting/i);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Accessibility statement for ${SITE_NAME}`);
});

test('the method page gives the four score labels, the four bands and CQC\'s method', async ({ page }) => {
  await page.goto('/how-cqc-rates');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How CQC rates councils');
  await expect(page.getByRole('table', { name: 'CQC\'s quality statement scores and their labels' }).locator('tbody tr')).toHaveText(SCORE_LABELS.map((l, i) => `${i + 1}${l}`));
  await expect(page.getByRole('table', { name: 'CQC\'s rating bands' }).locator('tbody tr')).toHaveText(
    ['Inadequate25% to 38%', 'Requires improvement39% to 62%', 'Good63% to 87%', 'Outstanding88% to 100%']);
  await expect(page.locator('main')).toContainText('2 more score points out of 36 would have reached Good: 23 out of 36 instead of 21.');
  await expect(page.locator('main')).toContainText('25 out of 36 is 69.4%, printed as 70.');
  await expect(page.getByRole('link', { name: /CQC's published method/ })).toHaveAttribute('href', 'https://www.cqc.org.uk/guidance-regulation/local-authorities/how-we-determine-ratings');
});

test.describe('the first screen of a phone, 390 by 844', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const bottom = async (locator: import('@playwright/test').Locator) => (await locator.boundingBox())?.y ?? Infinity;

  for (const { assessment } of reports) {
    test(`${assessment.authority}: the overview shows the council, CQC's rating and the score, whoever's it is, within 600 px`, async ({ page }) => {
      await page.goto(`/${assessment.slug}`);
      for (const selector of ['h1', '.rating-badge', '.score-headline']) {
        const box = await page.locator(selector).first().boundingBox();
        expect(box && box.y + box.height, selector).toBeLessThanOrEqual(600);
      }
      // The contents list comes after the rating block, not before it.
      expect(await bottom(page.locator('.contents'))).toBeGreaterThan(await bottom(page.locator('.score-headline')));
    });

    test(`${assessment.authority}: each statement page shows its name and score badge within 600 px`, async ({ page }) => {
      for (const statement of assessment.themes.flatMap((t) => t.statements)) {
        await page.goto(`/${assessment.slug}/${statement.slug}`);
        for (const selector of ['h1', '.statement-score .score-badge']) {
          const box = await page.locator(selector).first().boundingBox();
          expect(box && box.y + box.height, `${statement.slug}: ${selector}`).toBeLessThanOrEqual(600);
        }
        await expect(page.locator('.page-caption')).toHaveText(assessment.authority);
      }
    });
  }
});

test('on the overview\'s score list the statement names lead: bold, and larger than their badges', async ({ page }) => {
  await page.goto('/london-borough-of-harrow');
  const item = page.locator('.theme-scores .score-list li').first();
  const [name, badge] = await Promise.all([item.locator('.score-list__name'), item.locator('.score-badge__text')].map((l) => l.evaluate((el) => {
    const style = getComputedStyle(el);
    return { size: parseFloat(style.fontSize), weight: Number(style.fontWeight) };
  })));
  expect(name?.weight).toBe(700);
  expect(badge?.weight).toBe(400);
  expect(name?.size ?? 0).toBeGreaterThan(badge?.size ?? Infinity);
});
