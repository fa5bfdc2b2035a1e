import { expect, test } from '@playwright/test';
import { reportsInBuild } from './content';

test('the home page lists Harrow with its rating, month and scores, marked as a full report on this site', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council care assessments, explained');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /London Borough of Harrow/ }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('link', { name: 'London Borough of Harrow' })).toHaveAttribute('href', '/london-borough-of-harrow');
  await expect(row).toContainText('Full report on this site');
  await expect(row.locator('td').first()).toHaveText('Requires improvement');
  await expect(row.locator('time')).toHaveAttribute('datetime', '2024-08');
  await expect(row.locator('time')).toHaveText('August 2024');
  await expect(row.locator('td.g')).toHaveText(['2', '2', '3', '2', '3', '2', '2', '2', '3']);
});

test('the home page marks every full report in the build, and no other council, as a full report on this site', async ({ page }) => {
  await page.goto('/');
  const marked = await page.locator('table.council-table tbody tr').filter({ hasText: 'Full report on this site' }).locator('th a').allTextContents();
  expect(marked.sort()).toEqual(reportsInBuild().map((a) => a.authority).sort());
});

test('a screen reader hears each score column by its statement\'s full name', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('columnheader', { name: 'Assessing needs' })).toHaveCount(1);
  await expect(page.getByRole('columnheader', { name: 'Learning, improvement and innovation' })).toHaveCount(1);
  await expect(page.getByRole('table').first().locator('caption')).toContainText('councils, by name');
});
