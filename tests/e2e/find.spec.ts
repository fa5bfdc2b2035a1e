import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseAssessment } from '@/lib/assessment';

test('a phrase from a late finding leads to a result that lands on its paragraph', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the assessments' }).fill('compliments in 2022- 2023');
  await page.getByRole('search', { name: 'Site search' }).getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=compliments/);
  await expect(page.locator('.search-summary')).toHaveText(/^1 result for “compliments in 2022- 2023”\.$/);
  const result = page.locator('.search-results li').first();
  await expect(result.locator('mark').first()).toHaveText('compliments');
  await result.getByRole('link').click();
  await expect(page).toHaveURL('/london-borough-of-harrow/learning-improvement-and-innovation#learning-from-feedback-p4');
  const paragraph = page.locator('[id="learning-from-feedback-p4"]');
  await expect(paragraph).toContainText('The local authority recorded 64 compliments in 2022- 2023.');
  await expect(paragraph).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('search works from the header and can be narrowed to one assessment', async ({ page }) => {
    await page.goto('/london-borough-of-harrow');
    await page.getByRole('searchbox', { name: 'Search the assessments' }).fill('Section 42');
    await page.getByRole('search', { name: 'Site search' }).getByRole('button', { name: 'Search' }).click();
    await expect(page.locator('.search-summary')).toHaveText(/^\d+ results? for “Section 42”\.$/);
    await page.getByLabel('In', { exact: true }).selectOption('london-borough-of-harrow');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(page.locator('.search-summary')).toHaveText(/for “Section 42” in London Borough of Harrow\.$/);
    await expect(page.locator('.search-results__title').first()).toContainText('Responding to concerns and undertaking Section 42 enquiries');
  });
});

test('hostile queries come back escaped: a script tag and a 5,000 character query', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => { dialogs++; void dialog.dismiss(); });
  const response = await page.goto(`/search?q=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('.search-summary')).toHaveText('No results for “<script>alert(1)</script><img src=x onerror=alert(2)>”.');
  expect(await page.locator('main img, main script').count()).toBe(0);
  const long = await page.goto(`/search?q=${'a'.repeat(5000)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByText('Your search was longer than 200 characters, so only its first 200 were used.')).toBeVisible();
  expect(dialogs).toBe(0);
});

test('an empty or wordless query gets a helpful page', async ({ page }) => {
  await page.goto('/search?q=');
  await expect(page.getByText('Type a word or a phrase from the reports')).toBeVisible();
  await page.goto('/search?q=the');
  await expect(page.locator('.search-summary')).toHaveText('“the” has no words to search for.');
});

test('the glossary explains every dataset the content\'s comparisons cite', async ({ page }) => {
  const dir = path.join(process.cwd(), 'content');
  const cited = new Set(readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) =>
    parseAssessment(readFileSync(path.join(dir, f), 'utf8'), f).themes.flatMap((t) => t.statements.flatMap((s) => s.comparisons.map((c) => c.dataset))))
    .filter((d) => d !== null));
  expect(cited.size).toBeGreaterThanOrEqual(6);
  await page.goto('/glossary');
  for (const code of cited) {
    const term = page.locator(`dt[id="${code.toLowerCase()}"]`);
    await expect(term, code).toContainText(code);
    await expect(term.locator('xpath=following-sibling::dd[1]'), code).toContainText('Published by');
  }
  await expect(page.getByText('not on their own a judgement', { exact: false }).first()).toBeVisible();
});

test('a statement page marks the first use of a glossary term, once, without changing the words', async ({ page }) => {
  await page.goto('/london-borough-of-harrow/safeguarding');
  const dols = page.locator('main a.glossary-term[href="/glossary#dols"]');
  await expect(dols).toHaveCount(1);
  await expect(dols.locator('abbr')).toHaveAttribute('title', 'Deprivation of Liberty Safeguards');
  await expect(page.locator('[id="safeguarding-systems-processes-and-practices-p6"]')).toContainText(
    'National data showed that 19.57% of independent/local authority staff in Harrow had completed Mental Capacity Act (MCA) and Deprivation of Liberty Safeguards DoLS training.');
  await dols.click();
  await expect(page).toHaveURL('/glossary#dols');
  await expect(page.locator('dt[id="dols"]')).toBeInViewport();
});
