import { expect, test, type Page } from '@playwright/test';
import { labelOf } from '@/lib/assessment';
import { STATEMENTS } from '@/lib/framework';
import { comparisonAnchor, findingAnchor, paragraphAnchor } from '@/lib/view/anchors';
import { NEXT_STEP_LINKS } from '@/lib/view/next-steps';
import { harrow } from './content';
import { councilsWithoutResult, registerCouncils } from './register';

/**
 * Issue 19: the reader who arrives by a shared link, on a phone, without
 * JavaScript. Every expectation comes from Harrow's report as the build
 * parses it and from the CSV files, never a typed figure.
 */

const assessment = harrow();
const statements = assessment.themes.flatMap((t) => t.statements);
const base = `/${assessment.slug}`;
/** The statement with the most findings of more than one paragraph, and a figure: the hardest page to land in. */
const statement = [...statements].filter((s) => s.comparisons.length > 0)
  .sort((a, b) => b.findings.filter((f) => f.paragraphs.length > 1).length - a.findings.filter((f) => f.paragraphs.length > 1).length)[0];
if (!statement) throw new Error('no statement with figures');
const finding = statement.findings.find((f) => f.heading !== null && f.paragraphs.length > 1);
const figure = statement.comparisons.find((c) => c.repeatOf === null);
if (!finding || !figure) throw new Error(`${statement.name} has no headed finding of several paragraphs, or no figure`);
const label = labelOf(statement.score);
const scoreWords = `${statement.score} of 4, ${label.charAt(0).toLowerCase()}${label.slice(1)}`;

/** The arrival note shown at the target, checked for the council, the statement, its score in words, whose words, and the way up. */
async function expectArrival(page: Page, scope: string) {
  const arrival = page.locator(scope).locator('.arrival').first();
  await expect(arrival).toBeVisible();
  await expect(arrival).toBeInViewport();
  await expect(arrival).toContainText(`${assessment.authority}: ${statement?.name}`);
  await expect(arrival).toContainText(`CQC's score for this quality statement: ${scoreWords}.`);
  await expect(arrival).toContainText('The words here are CQC\'s, from its published report.');
  await expect(arrival.getByRole('link', { name: `Read ${statement?.name} from the start` })).toHaveAttribute('href', `${base}/${statement?.slug}`);
  // All of it on the first screen of a 390 by 844 phone.
  expect((await arrival.boundingBox())?.y ?? Infinity).toBeLessThan(844);
  expect(await page.locator('.arrival:visible').count()).toBe(1);
}

test.describe('arriving by a link on a phone, without JavaScript', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  const path = `${base}/${statement.slug}`;

  test(`at a finding of ${statement.name}: the council, the statement, CQC's score in words, whose words, and the way up`, async ({ page }) => {
    await page.goto(`${path}#${findingAnchor(finding)}`);
    await expect(page.getByRole('heading', { name: finding.heading ?? '' })).toBeInViewport();
    await expectArrival(page, `section.finding:has([id="${findingAnchor(finding)}"])`);
  });

  test(`at a paragraph of ${statement.name}`, async ({ page }) => {
    const id = paragraphAnchor(finding, finding.paragraphs.length - 1);
    await page.goto(`${path}#${id}`);
    await expectArrival(page, `[id="${id}"]`);
    await expect(page.locator(`[id="${id}"] .prose`)).toBeInViewport();
  });

  test(`at a figure of ${statement.name}`, async ({ page }) => {
    const id = comparisonAnchor(statement, figure);
    await page.goto(`${path}#${id}`);
    await expectArrival(page, `[id="${id}"]`);
  });

  test('at a paragraph of the overview: the council, the section, CQC\'s rating and whose words', async ({ page }) => {
    await page.goto(`${base}#peoples-experiences-p2`);
    const arrival = page.locator('[id="peoples-experiences-p2"] .arrival');
    await expect(arrival).toBeInViewport();
    await expect(arrival).toContainText(`CQC's overall rating: ${assessment.rating.toLowerCase()}.`);
    await expect(arrival).toContainText('The words here are CQC\'s');
  });

  test('with no address to land at, no arrival note shows', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('.arrival:visible')).toHaveCount(0);
    expect(await page.locator('.arrival').count()).toBeGreaterThan(statement.findings.length);
  });

  test('a paragraph\'s address is one Tab stop a finding away: open "Link to a paragraph" with the keyboard, then follow a paragraph\'s link', async ({ page }) => {
    await page.goto(path);
    const disclosure = page.locator(`section.finding:has([id="${findingAnchor(finding)}"]) details.paragraph-links`);
    const summary = disclosure.locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(disclosure).toHaveAttribute('open', '');
    const links = disclosure.getByRole('link');
    await expect(links).toHaveCount(finding.paragraphs.length);
    await page.keyboard.press('Tab');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${path}#${paragraphAnchor(finding, 0)}`);
    await expect(page.locator(`[id="${paragraphAnchor(finding, 0)}"] .arrival`)).toBeVisible();
  });
});

const register = registerCouncils();
const kinds = [
  { kind: 'a full report', path: base },
  { kind: 'a register result', path: `/${register.find((c) => c.origin === 'register' && c.slug !== assessment.slug)?.slug}` },
  { kind: 'a later result', path: `/${register.find((c) => c.origin === 'later')?.slug}` },
  { kind: 'no result', path: `/${councilsWithoutResult()[0]?.slug}` },
];

for (const width of [390, 1280]) {
  test.describe(`at ${width} px without JavaScript`, () => {
    test.use({ viewport: { width, height: 844 }, javaScriptEnabled: false });

    for (const { kind, path } of kinds) {
      test(`a council's page with ${kind} ends with "What you can do", the site's words, linking to national services only`, async ({ page }) => {
        await page.goto(path);
        const steps = page.locator('section[aria-labelledby="what-you-can-do"]');
        await expect(steps.getByRole('heading', { level: 2, name: 'What you can do' })).toBeVisible();
        await expect(steps).toContainText('This section is this site\'s, not CQC\'s');
        expect(await steps.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(Object.values(NEXT_STEP_LINKS));
        // Nothing of the council's own comes after it but the way back to the top.
        expect(await page.locator('main > section').last().getAttribute('aria-labelledby')).toBe('what-you-can-do');
      });
    }

    test('a theme page gives each statement\'s score, its findings\' headings linking to its page, and its figures, at a quarter of the statements\' height', async ({ page }) => {
      const theme = [...assessment.themes].sort((a, b) => b.statements.length - a.statements.length)[0];
      if (!theme) throw new Error('no theme');
      let statementsHeight = 0;
      for (const s of theme.statements) {
        await page.goto(`${base}/${s.slug}`);
        statementsHeight += await page.locator('main').evaluate((el) => el.getBoundingClientRect().height);
      }
      await page.goto(`${base}/${theme.slug}`);
      for (const s of theme.statements) {
        const section = page.locator(`section[aria-labelledby="${s.slug}"]`);
        await expect(section.locator('.statement-score')).toContainText(`Score ${s.score} of 4`);
        const links = section.locator('.finding-headings li > a');
        expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
          .toEqual(s.findings.map((f) => `${base}/${s.slug}#${findingAnchor(f)}`));
        await expect(section.getByRole('link', { name: `Read all of CQC's findings on ${s.name}` })).toHaveAttribute('href', `${base}/${s.slug}`);
      }
      const height = await page.locator('main').evaluate((el) => el.getBoundingClientRect().height);
      test.info().annotations.push({ type: 'height', description: `${theme.slug}: ${Math.round(height)} px against ${Math.round(statementsHeight)} px of its statements' pages` });
      expect(height).toBeLessThanOrEqual(statementsHeight / 4);
      // Every statement of the theme is scored in this report, so CQC's note that some may not be is left out.
      expect(theme.statements).toHaveLength(STATEMENTS.filter((s) => s.theme === theme.number).length);
      await expect(page.locator('main')).not.toContainText('We may not always review all quality statements');
    });

    test('with no contact configured, the accessibility statement and About imply none', async ({ page }) => {
      for (const path of ['/accessibility', '/about', '/data-formats']) {
        await page.goto(path);
        await expect(page.locator('main'), path).not.toContainText(/tell us|contact us|email us/i);
      }
      await page.goto('/data-formats');
      // Developers' words only in the section for developers.
      const outside = await page.locator('main').evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement;
        copy.querySelector('[aria-labelledby="developers"]')?.remove();
        // A column's name in a table of columns is what a spreadsheet shows: readers need it there.
        copy.querySelectorAll('table').forEach((table) => table.remove());
        return copy.textContent ?? '';
      });
      expect(outside).not.toMatch(/command line|source_line|npm /);
    });
  });
}
