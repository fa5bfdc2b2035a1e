import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseAssessment, type Assessment } from '@/lib/assessment';
import { findingAnchor, paragraphAnchor, scoped } from '@/lib/view/anchors';
import { COST, budget } from './budget';
import { harrow } from './content';

const HOLMBURY = 'tests/fixtures/site/holmbury-borough-council.txt';
const holmbury = parseAssessment(readFileSync(path.join(process.cwd(), HOLMBURY), 'utf8'), HOLMBURY);
const reports: Assessment[] = [harrow(), holmbury];
const nameOf = (statement: { name: string }, finding: { heading: string | null }) => finding.heading ?? `the key findings of ${statement.name}`;

for (const assessment of reports) {
  test(`every finding of ${assessment.authority} has one visible, labelled link to its statement page's address`, async ({ page }) => {
    test.setTimeout(budget(assessment.themes.flatMap((t) => t.statements).length, COST.page));
    for (const statement of assessment.themes.flatMap((t) => t.statements)) {
      const address = `/${assessment.slug}/${statement.slug}`;
      await page.goto(address);
      const links = page.locator('main .finding__link > a.share-link');
      await expect(links, address).toHaveCount(statement.findings.length);
      for (const [i, finding] of statement.findings.entries()) {
        const link = links.nth(i);
        await expect(link).toHaveAttribute('href', `${address}#${findingAnchor(finding)}`);
        await expect(link).toHaveAccessibleName(`Link to this finding: ${nameOf(statement, finding)}`);
        await expect(link).toBeVisible();
        await expect(link).toHaveCSS('opacity', '1');
      }
      // Paragraphs' links sit in one closed disclosure a finding (one Tab stop), not beside each paragraph (glossary terms are marked, not linked).
      await expect(page.locator('.finding a:not(.share-link):not(.arrival > a)'), address).toHaveCount(0);
      const several = statement.findings.filter((f) => f.paragraphs.length > 1);
      await expect(page.locator('details.paragraph-links:not([open])'), address).toHaveCount(several.length);
      for (const finding of several) {
        const hrefs = finding.paragraphs.map((_, index) => `${address}#${paragraphAnchor(finding, index)}`);
        expect(await page.locator(`details.paragraph-links a[href^="${address}#${finding.slug}-p"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href'))), address).toEqual(hrefs);
      }
      await expect(page.locator('.finding__paragraph[id]'), address).toHaveCount(statement.findings.flatMap((f) => f.paragraphs).length);
      await expect(page.locator('.share-hint')).toHaveCount(1);
    }
  });
}

test('an unheaded finding\'s link is its address under "Key findings", which lands there and highlights it', async ({ page }) => {
  const statement = holmbury.themes.flatMap((t) => t.statements).find((s) => s.findings[0]?.heading === null);
  if (!statement) throw new Error('Holmbury has no unheaded finding');
  const address = `/${holmbury.slug}/${statement.slug}`;
  await page.goto(address);
  const link = page.locator('main .finding__link > a.share-link').first();
  await expect(link).toHaveAttribute('href', `${address}#key-findings`);
  await link.click();
  await expect(page).toHaveURL(`${address}#key-findings`);
  const heading = page.getByRole('heading', { level: 2, name: 'Key findings' });
  expect(await heading.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(heading).toHaveCSS('background-color', 'rgb(255, 247, 191)');
});

test('the first link is explained once, before the first finding, as the address to share', async ({ page }) => {
  await page.goto('/london-borough-of-harrow/safeguarding');
  const hint = page.locator('.share-hint');
  await expect(hint).toHaveText('Each finding has a \u201CLink to this finding\u201D: its address on the Safeguarding page. Share it to send someone straight to that finding, or open \u201CLink to a paragraph\u201D for one paragraph\'s address.');
  const [hintTop, linkTop] = await Promise.all([hint.boundingBox(), page.locator('a.share-link').first().boundingBox()]);
  expect(hintTop?.y ?? Infinity).toBeLessThan(linkTop?.y ?? 0);
});

test('a theme page links each finding to its statement page, and its old addresses of findings and paragraphs still land, saying where', async ({ page }) => {
  const assessment = harrow();
  const theme = assessment.themes.find((t) => t.statements.some((s) => s.slug === 'safeguarding'));
  const statement = theme?.statements.find((s) => s.slug === 'safeguarding');
  const finding = statement?.findings.find((f) => f.slug === 'making-safeguarding-personal');
  if (!theme || !statement || !finding) throw new Error('no Safeguarding');
  const old = scoped(statement.slug, paragraphAnchor(finding, 4));
  await page.goto(`/${assessment.slug}/${theme.slug}#${old}`);
  const item = page.locator(`[id="${scoped(statement.slug, findingAnchor(finding))}"]`);
  await expect(item).toBeInViewport();
  await expect(item.locator('.arrival')).toBeVisible();
  await expect(item.locator('.arrival')).toContainText(`${assessment.authority}: ${statement.name}`);
  const link = item.getByRole('link', { name: finding.heading ?? '' });
  await expect(link).toHaveAttribute('href', `/${assessment.slug}/safeguarding#making-safeguarding-personal`);
  await link.click();
  await expect(page).toHaveURL(`/${assessment.slug}/safeguarding#making-safeguarding-personal`);
  await expect(page.getByRole('heading', { name: finding.heading ?? '' })).toBeInViewport();
});

test('with JavaScript, the finding\'s link also copies its full address and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/london-borough-of-harrow/safeguarding');
  await page.getByRole('link', { name: 'Link to this finding: Making safeguarding personal' }).click();
  const address = `${new URL(page.url()).origin}/london-borough-of-harrow/safeguarding#making-safeguarding-personal`;
  await expect(page.locator('#copy-status')).toHaveText(`Link copied: ${address}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
});

test.describe('by keyboard and by touch', () => {
  test('the link is reached with Tab and followed with Enter', async ({ page }) => {
    await page.goto('/london-borough-of-harrow/safeguarding');
    const link = page.getByRole('link', { name: 'Link to this finding: Responding to local safeguarding risks and issues' });
    for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#responding-to-local-safeguarding-risks-and-issues$/);
  });

  test.describe('on a touch screen at 390 px', () => {
    test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

    test('the link shows without hover and a tap follows it', async ({ page }) => {
      await page.goto('/london-borough-of-harrow/safeguarding');
      const link = page.getByRole('link', { name: 'Link to this finding: Making safeguarding personal' });
      await expect(link).toBeVisible();
      const box = await link.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
      await link.tap();
      await expect(page).toHaveURL(/#making-safeguarding-personal$/);
    });
  });
});
