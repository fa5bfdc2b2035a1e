import { expect, test, type Page } from '@playwright/test';
import type { Assessment, Statement } from '@/lib/assessment';
import { comparisonAnchor } from '@/lib/view/anchors';
import { measureLabel } from '@/lib/view/comparisons';
import { reportsWithSources } from './content';

/** The national figures as facts, on Harrow and Holmbury: no verdicts, CQC's words as CQC's, blocks on a phone, two tab stops a figure. */
const reports = reportsWithSources();
const site = process.env.SITE_URL ?? '';
const withFigures = (a: Assessment) => a.themes.flatMap((t) => t.statements).filter((s) => s.comparisons.length > 0);
const shown = (s: Statement) => s.comparisons.filter((c) => c.repeatOf === null);
const FOCUSABLE = 'a[href], button:not([hidden]), input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The tab stops inside `selector`: visible focusable elements, less those inside a closed <details> (which Tab skips). */
async function tabStops(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).locator(FOCUSABLE).evaluateAll((els) => els
    .filter((e) => e instanceof HTMLElement && e.getClientRects().length > 0)
    .filter((e) => e.tagName === 'SUMMARY' || !e.closest('details:not([open])'))
    .map((e) => (e.textContent ?? '').trim()));
}

for (const { assessment, reportUrl } of reports) {
  const base = `/${assessment.slug}`;

  test(`${assessment.authority}: every comparison row states both figures and the gap, with no verdict but CQC's quoted words`, async ({ page }) => {
    for (const statement of withFigures(assessment)) {
      await page.goto(`${base}/${statement.slug}`);
      for (const c of shown(statement)) {
        const row = page.locator(`[id="${comparisonAnchor(statement, c)}"]`);
        // innerText: the row header also holds the note shown only when a link lands on the row (components/arrival.tsx).
        await expect(row.getByRole('rowheader')).toHaveText(measureLabel(c.metric), { useInnerText: true });
        await expect(row.locator('td').nth(0)).toHaveText(`${assessment.authority}${c.valueText}`);
        await expect(row.locator('td').nth(1)).toHaveText(`England average${c.englandAverageText}`);
        await expect(row.locator('.difference__gap')).toHaveText(/^(\d+(\.\d+)? percentage points? (above|below) the England average|Equal to the England average)$/);
        const quoted = c.reportWording === null ? null : `${c.reportWording} the England average`;
        if (quoted) await expect(row.locator('.cqc-wording')).toHaveText(`CQC's report: \u201C${quoted}\u201D`);
        else await expect(row.locator('.cqc-wording')).toHaveCount(0);
        // What is left once CQC's words (the measure, quoted wordings, the citation) and a named source's direction are taken out is the site's: no verdicts there.
        const own = await row.evaluate((tr) => {
          const copy = tr.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('th, .cqc-wording__quote, .measure-direction, details').forEach((el) => el.remove());
          return copy.textContent ?? '';
        });
        expect(own, `${statement.slug}: ${c.metric}`).not.toMatch(/better|worse|similar/i);
      }
    }
  });

  test(`${assessment.authority}: each figure's citation names the statement, the figure, the dataset with its period and CQC's address`, async ({ page }) => {
    const statement = withFigures(assessment)[0];
    const c = statement ? shown(statement).find((x) => x.dataset !== null) : undefined;
    if (!statement || !c) throw new Error('no figure with a dataset');
    await page.goto(`${base}/${statement.slug}`);
    const row = page.locator(`[id="${comparisonAnchor(statement, c)}"]`);
    await row.getByText('Cite this figure').click();
    const citation = row.locator('.citation');
    await expect(citation).toContainText(`Quality statement: ${statement.name}`);
    await expect(citation).toContainText(`Measure: ${c.metric}`);
    await expect(citation).toContainText(`Figure: ${c.valueText} against an England average of ${c.englandAverageText}`);
    await expect(citation).toContainText(new RegExp(`Dataset: [^\\n]+\\(${c.dataset}\\)${c.datasetPeriod ? `, ${c.datasetPeriod.replace('/', '\\/')}` : ''}`));
    await expect(citation).toContainText(`Source: ${reportUrl}`);
    await expect(citation.locator('.citation__harvard')).toContainText(`\u2018${statement.name}\u2019, in ${assessment.authority}: local authority assessment. Figure: ${c.metric}`);
    await expect(citation.locator('.citation__harvard')).toContainText(`Available at: ${reportUrl} (CQC\u2019s website). Read at: ${site}${base}/${statement.slug}#${comparisonAnchor(statement, c)} (Accessed: `);
  });

  test(`${assessment.authority}: at 320 and 390 px each figure is a block that fits, with labelled lines; at 1280 px a table`, async ({ page }) => {
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const statement of withFigures(assessment)) {
        await page.goto(`${base}/${statement.slug}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${statement.slug} at ${width}`).toBe(0);
        const rows = page.locator('.comparison-table tbody tr');
        for (const fits of await rows.evaluateAll((trs) => trs.map((tr) => tr.scrollWidth <= tr.clientWidth + 1 && tr.getBoundingClientRect().right <= window.innerWidth))) {
          expect(fits, `${statement.slug} at ${width}`).toBe(true);
        }
        const display = await rows.first().evaluate((tr) => getComputedStyle(tr).display);
        expect(display, `${statement.slug} at ${width}`).toBe(width === 1280 ? 'table-row' : 'block');
        await expect(rows.first().locator('.cell-label').first()).toBeVisible({ visible: width !== 1280 });
        // Screen readers still hear a table in the blocks: one row header per figure.
        await expect(page.getByRole('table', { name: /compared with the England average/ }).getByRole('rowheader')).toHaveCount(shown(statement).length);
      }
    }
  });
}

test('Harrow\'s negated measures get no "which way is better" line, and a measure from the reviewed table names its source', async ({ page }) => {
  await page.goto('/london-borough-of-harrow/supporting-people-to-live-healthier-lives');
  const carers = page.getByRole('row').filter({ hasText: 'not in paid employment' });
  await expect(carers.getByRole('cell').nth(2)).toHaveText(/^Difference \(this site's calculation\)11\.86 percentage points above the England average$/);
  await expect(carers.locator('.measure-direction')).toHaveCount(0);
  await page.goto('/london-borough-of-harrow/assessing-needs');
  await expect(page.getByRole('row').filter({ hasText: 'did not buy any additional care' }).locator('.measure-direction')).toHaveCount(0);
  await page.goto('/london-borough-of-harrow/safeguarding');
  await expect(page.getByRole('row').filter({ hasText: 'People who used services in Harrow felt safe' }).locator('.measure-direction'))
    .toHaveText('This site matched the measure to ASCOF measure 4A (people who use services who feel safe), in which a higher figure is better.');
});

test('Holmbury: CQC\'s "similar to" stays CQC\'s, a measure outside the table gets no direction, the level figure is "equal"', async ({ page }) => {
  await page.goto('/holmbury-borough-council/assessing-needs');
  const control = page.getByRole('row').filter({ hasText: 'control over their daily life' });
  await expect(control.getByRole('cell').nth(2)).toContainText('1.78 percentage points above the England averageCQC\'s report: \u201Csimilar to the England average\u201D');
  await page.goto('/holmbury-borough-council/care-provision-integration-and-continuity');
  await expect(page.getByRole('row').filter({ hasText: 'choice over services' }).locator('.measure-direction')).toHaveCount(0);
  await page.goto('/holmbury-borough-council/governance-management-and-sustainability');
  await expect(page.locator('.difference__gap')).toHaveText('Equal to the England average');
  await expect(page.locator('.bars-key')).toContainText('Holmbury Borough Council, upper bar; England average, lower bar and line');
});

test('the Safeguarding page\'s five figures take two tab stops each, and each is linkable by keyboard and by touch', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/london-borough-of-harrow/safeguarding');
  expect(await tabStops(page, '.comparisons')).toEqual(Array.from({ length: 5 }, () => ['Link to this figure', 'Cite this figure']).flat());
  const link = page.getByRole('link', { name: 'Link to this figure' }).nth(4);
  await expect(link).toBeVisible();
  await expect(link).toHaveCSS('opacity', '1');
  await link.tap();
  await expect(page).toHaveURL(/#making-safeguarding-personal-p5-figure-1$/);
  await page.goto('/london-borough-of-harrow/safeguarding');
  await page.getByRole('link', { name: 'Link to this figure' }).first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#safeguarding-systems-processes-and-practices-p5-figure-1$/);
  await context.close();
});

test('on a theme page a figure links to its address on its statement\'s page', async ({ page }) => {
  await page.goto('/london-borough-of-harrow/how-the-local-authority-ensures-safety-within-the-system');
  await expect(page.locator('[id="safeguarding--making-safeguarding-personal-p5-figure-1"]').getByRole('link', { name: 'Link to this figure' }))
    .toHaveAttribute('href', '/london-borough-of-harrow/safeguarding#making-safeguarding-personal-p5-figure-1');
});

test('with JavaScript a citation\'s copy button copies the reference with today\'s date', async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto('/london-borough-of-harrow/safeguarding');
  const cite = page.locator('section.citation');
  await cite.getByRole('button', { name: 'Copy the reference' }).click();
  await expect(page.locator('#copy-status')).toHaveText('Reference copied');
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await cite.locator('#cite-reference').textContent());
  expect(copied).toContain(`(Accessed: ${today}).`);
  expect(copied.startsWith('Care Quality Commission (2024) \u2018Safeguarding\u2019, in London Borough of Harrow: local authority assessment.')).toBe(true);
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no copy button shows, and the citation reads as plain text asking for the date', async ({ page }) => {
    await page.goto('/holmbury-borough-council/safeguarding');
    await expect(page.getByRole('button', { name: 'Copy the reference' })).toHaveCount(0);
    await expect(page.locator('section.citation .citation__harvard')).toContainText('(Accessed: the date you read this).');
  });
});
