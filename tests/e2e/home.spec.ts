import { expect, test } from '@playwright/test';

test('the home page lists the Harrow assessment with its rating and date', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council care assessments, explained');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'London Borough of Harrow' }) });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Requires improvement');
  await expect(card.locator('time')).toHaveAttribute('datetime', '2024-08-16');
  await expect(card.locator('time')).toHaveText('16 August 2024');
});
