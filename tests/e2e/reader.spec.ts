import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Statement } from '@/lib/assessment';
import { comparisonAnchor, scoped } from '@/lib/view/anchors';
import { harrow } from './content';

const assessment = harrow();
const base = `/${assessment.slug}`;
const statements = assessment.themes.flatMap((t) => t.statements);

/** Each figure of the statement, once, in its own row, with both numbers exactly as the report prints them. */
async function expectFiguresAsPrinted(page: Page, within: Locator, statement: Statement, idPrefix?: string) {
  const shown = statement.comparisons.filter((c) => c.repeatOf === null);
  await expect(within.locator('table.comparison-table tbody tr')).toHaveCount(shown.length);
  for (const c of shown) {
    const row = page.locator(`[id="${scoped(idPrefix, comparisonAnchor(statement, c))}"]`);
    await expect(row.locator('td .cell-value').nth(0)).toHaveText(c.valueText);
    await expect(row.locator('td .cell-value').nth(1)).toHaveText(c.englandAverageText);
  }
}

test.describe('the overview', () => {
  test('shows the rating, the nine scores grouped by theme and the calculated percentage as the site\'s', async ({ page }) => {
    await page.goto(base);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('London Borough of Harrow');
    await expect(page.locator('.rating-badge')).toHaveText('CQC\'s overall rating Requires improvement');
    await expect(page.locator('.lead')).toHaveText('Adult social care assessment by the Care Quality Commission (CQC), published 16 August 2024.');
    const overall = page.locator('.overall-score');
    await expect(overall).toContainText('The 9 quality statement scores add up to 21 out of a possible 36, which is 58.3%, rounded up to 59%.');
    await expect(overall).toContainText('this site\'s calculation');
    await expect(overall).toContainText('By CQC\'s published method, 39% to 62% is requires improvement; 59% is in the upper part of that band. 2 more score points out of 36 would have reached Good.');
    const scores = page.locator('#scores ~ .theme-scores li');
    await expect(scores).toHaveCount(9);
    for (const [index, s] of statements.entries()) {
      await expect(scores.nth(index)).toContainText(s.name);
      await expect(scores.nth(index).locator('.score-badge')).toHaveText(`Score ${s.score} of 4: ${s.scoreLabel.charAt(0).toLowerCase()}${s.scoreLabel.slice(1)}`);
    }
    await expect(page.getByRole('heading', { level: 3, name: 'Theme 2: Providing support' })).toBeVisible();
  });

  test('shows the summaries and the About section', async ({ page }) => {
    await page.goto(base);
    await expect(page.getByRole('heading', { level: 2, name: "Summary of people's experiences" })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Summary of strengths, areas for development and next steps' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Financial facts' })).toBeVisible();
    await expect(page.getByText('its total budget would be £326,694,000')).toBeVisible();
  });
});

for (const statement of statements) {
  test(`the statement page for "${statement.name}" shows its score, label and every figure as printed`, async ({ page }) => {
    const response = await page.goto(`${base}/${statement.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(statement.name);
    await expect(page.locator('.statement-score .score-badge')).toHaveText(
      `Score ${statement.score} of 4: ${statement.scoreLabel.charAt(0).toLowerCase()}${statement.scoreLabel.slice(1)}`);
    await expectFiguresAsPrinted(page, page.locator('main'), statement);
    await expect(page.getByRole('link', { name: /^Back to Theme \d/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the London Borough of Harrow overview' })).toBeVisible();
  });
}

test('the Assessing needs table reads 56.10% against 61.21%, 5.11 percentage points below, from the ASCS of 2021/2022', async ({ page }) => {
  await page.goto(`${base}/assessing-needs`);
  const row = page.getByRole('row').filter({ hasText: 'satisfied with the care and support they received' });
  await expect(row.getByRole('cell')).toHaveText(['London Borough of Harrow56.10%', 'England average61.21%',
    'Difference (this site\'s calculation)5.11 percentage points below the England averageThis site matched the measure to ASCOF measure 3A (overall satisfaction of people who use services with their care and support), in which a higher figure is better.',
    'DatasetASCS, 2021/2022', /^Link to this figureCite this figure/]);
  await expect(row.locator('abbr')).toHaveAttribute('title', 'Adult Social Care Survey');
});

test('the carers-in-employment figure is stated as a fact, with no direction of better the site cannot source', async ({ page }) => {
  await page.goto(`${base}/supporting-people-to-live-healthier-lives`);
  const row = page.getByRole('row').filter({ hasText: 'not in paid employment' });
  await expect(row.getByRole('cell')).toHaveText(['London Borough of Harrow40%', 'England average28.14%', 'Difference (this site\'s calculation)11.86 percentage points above the England average', 'DatasetSACE', /^Link to this figure/]);
});

test('a figure printed twice in the report appears once in its table', async ({ page }) => {
  await page.goto(`${base}/care-provision-integration-and-continuity`);
  await expect(page.getByRole('row').filter({ hasText: /^.*at short notice or in an emergency/ })).toHaveCount(1);
  await expect(page.locator('table.comparison-table tbody tr')).toHaveCount(5);
});

test('statement pages link to their neighbours in report order', async ({ page }) => {
  await page.goto(`${base}/equity-in-experience-and-outcomes`);
  await expect(page.getByRole('link', { name: /Previous statement\s+Supporting people to live healthier lives/ })).toHaveAttribute('href', `${base}/supporting-people-to-live-healthier-lives`);
  await expect(page.getByRole('link', { name: /Next statement\s+Care provision, integration and continuity/ })).toHaveAttribute('href', `${base}/care-provision-integration-and-continuity`);
});

for (const theme of assessment.themes) {
  test(`the theme page for theme ${theme.number} shows each statement's badge and table`, async ({ page }) => {
    await page.goto(`${base}/${theme.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Theme ${theme.number}: ${theme.title}`);
    for (const statement of theme.statements) {
      const section = page.locator(`section[aria-labelledby="${statement.slug}"]`);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(statement.name);
      await expect(section.locator('.statement-score .score-badge')).toContainText(`Score ${statement.score} of 4`);
      await expectFiguresAsPrinted(page, section, statement, statement.slug);
    }
  });
}

for (const address of ['/no-such-council', `${base}/no-such-statement`, `${base}/assessing-needs/more`]) {
  test(`an unknown address, ${address}, gives a 404 page with a way home`, async ({ page }) => {
    const response = await page.goto(address);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the list of assessments' }).click();
    await expect(page).toHaveURL('/');
  });
}

test('a statement page fits a 320 pixel screen without sideways scrolling of the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${base}/supporting-people-to-live-healthier-lives`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});
