import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseAssessment } from '@/lib/assessment';
import { PAGE_SIZE } from '@/lib/search/paging';
import { SITE_NAME } from '@/lib/site';
import { axeViolations } from './axe';
import { COST, budget } from './budget';
import { registerCouncils } from './register';
import { checkPages } from './vnu';

/** The full reports of the test build (content/ and the site fixtures), parsed as the build parses them. */
function reports() {
  return ['content', 'tests/fixtures/site'].flatMap((dir) => readdirSync(path.join(process.cwd(), dir)).filter((f) => f.endsWith('.txt'))
    .map((f) => parseAssessment(readFileSync(path.join(process.cwd(), dir, f), 'utf8'), `${dir}/${f}`)));
}

/** Councils whose latest result on the site is the register's, with no full report in the test build, read from the CSVs. */
function registerOnlyCouncils(): { authority: string; slug: string; rating: string }[] {
  const withReport = new Set(reports().map((a) => a.slug));
  return registerCouncils().filter((c) => c.origin === 'register' && !withReport.has(c.slug));
}

const summary = (page: Page) => page.locator('.search-summary');
const results = (page: Page) => page.locator('.search-results > li');
const firstLink = (page: Page) => results(page).first().getByRole('heading').getByRole('link');

test('a phrase from a late finding leads to a result that lands on its paragraph, the phrase marked', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the assessments' }).fill('compliments in 2022- 2023');
  await page.getByRole('search', { name: 'Site search' }).getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=compliments/);
  await expect(summary(page)).toHaveText(/^1 result for “compliments in 2022- 2023”\.$/);
  const result = results(page).first();
  await expect(result.locator('mark')).toHaveText(['compliments in 2022- 2023']);
  await result.getByRole('link').click();
  await expect(page).toHaveURL('/london-borough-of-harrow/learning-improvement-and-innovation#learning-from-feedback-p4');
  const paragraph = page.locator('[id="learning-from-feedback-p4"]');
  await expect(paragraph).toContainText('The local authority recorded 64 compliments in 2022- 2023.');
  await expect(paragraph).toBeInViewport();
});

for (const width of [320, 390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('questions reach the pages that answer them: the overview, a statement, the glossary, a council', async ({ page }) => {
      await page.goto('/search?q=harrow+council+rating');
      await expect(firstLink(page)).toHaveAttribute('href', '/london-borough-of-harrow');
      await expect(results(page).first()).toContainText('Overall rating: Requires improvement. Overall score: 59% (21 of 36), calculated by this site');
      await page.goto('/search?q=requires+improvement');
      await expect(firstLink(page)).toHaveAttribute('href', '/london-borough-of-harrow');
      await expect(results(page).first().locator('mark')).toHaveText(['Requires improvement']);
      await page.goto('/search?q=score');
      const kinds = await results(page).locator('.search-results__kind').allTextContents();
      expect(kinds[0]).toBe('Overview');
      expect(kinds).toEqual(expect.arrayContaining(['Overview', 'Overview', 'Quality statement']));
      await expect(results(page).filter({ hasText: 'Holmbury Borough Council' }).first()).toContainText('CQC\'s overall score: 67%.');
      await page.goto('/search?q=sace');
      await expect(firstLink(page)).toHaveAttribute('href', '/glossary#sace');
      await expect(firstLink(page)).toHaveText('Survey of Adult Carers in England (SACE)');
      await page.goto('/search?q=safeguarding');
      await expect(firstLink(page)).toHaveText('Safeguarding');
      await expect(results(page).first().locator('.search-results__meta')).toContainText('Quality statement');
    });

    test('a council known only from the ratings register is found by its name and linked to its page', async ({ page }) => {
      const councils = registerOnlyCouncils();
      expect(councils.length).toBeGreaterThan(1);
      for (const council of [councils[0], councils.at(-1)]) {
        if (!council) throw new Error('no council');
        await page.goto(`/search?q=${encodeURIComponent(council.authority)}`);
        await expect(firstLink(page)).toHaveText(council.authority);
        await expect(firstLink(page)).toHaveAttribute('href', `/${council.slug}`);
        await expect(results(page).first()).toContainText(`Overall rating: ${council.rating || 'not recorded'}.`);
      }
    });

    test('results come ten a page with previous and next links, and every result once', async ({ page }) => {
      await page.goto('/search?q=safegaurding');
      const total = Number((await summary(page).textContent())?.match(/ of (\d+) for/)?.[1]);
      expect(total).toBeGreaterThan(2 * PAGE_SIZE);
      await expect(summary(page)).toHaveText(`Results 1 to 10 of ${total} for “safegaurding”.`);
      await expect(page.getByRole('link', { name: /Previous page/ })).toHaveCount(0);
      const seen: string[] = [];
      for (let n = 1; ; n++) {
        const first = (n - 1) * PAGE_SIZE + 1;
        await expect(summary(page)).toHaveText(`Results ${first} to ${Math.min(n * PAGE_SIZE, total)} of ${total} for “safegaurding”.`);
        await expect(page.locator('.search-pager__where')).toHaveText(`Page ${n} of ${Math.ceil(total / PAGE_SIZE)}`);
        await expect(page.locator('.search-results')).toHaveAttribute('start', String(first));
        seen.push(...await results(page).getByRole('heading').getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? '')));
        const next = page.getByRole('link', { name: /Next page/ });
        if (await next.count() === 0) break;
        await expect(next).toHaveAttribute('href', `/search?q=safegaurding&page=${n + 1}`);
        await next.click();
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      await page.getByRole('link', { name: /Previous page/ }).click();
      await expect(page).toHaveURL(new RegExp(`page=${Math.ceil(total / PAGE_SIZE) - 1}$`));
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    });

    test('a snippet marks the phrase itself: "direct payments", not "directory"', async ({ page }) => {
      await page.goto('/search?q=direct+payments');
      // The paragraph that also holds "directory of services", which "direct" starts.
      const result = results(page).filter({ hasText: 'explore creative ways direct payments could be used' });
      await expect(result).toHaveCount(1);
      await expect(result.locator('mark')).toHaveText(['direct payments']);
      await expect(result.locator('.search-results__meta')).toContainText('contains the whole phrase');
      for (const mark of await page.locator('.search-results mark').allTextContents()) expect(mark.toLowerCase()).toBe('direct payments');
    });

    test('the search page has one search box, with the "In" filter; other pages have the header\'s', async ({ page }) => {
      await page.goto('/search?q=reablement');
      await expect(page.getByRole('search')).toHaveCount(1);
      await expect(page.getByRole('searchbox')).toHaveCount(1);
      await expect(page.getByRole('searchbox', { name: 'Words or a phrase' })).toHaveValue('reablement');
      await expect(page.getByLabel('In', { exact: true })).toBeVisible();
      await page.goto('/glossary');
      await expect(page.getByRole('search', { name: 'Site search' })).toHaveCount(1);
    });

    test('the 404 page offers a search', async ({ page }) => {
      const response = await page.goto('/london-borough-of-harrow/no-such-page');
      expect(response?.status()).toBe(404);
      const form = page.getByRole('main').getByRole('search', { name: 'Search from this page' });
      await form.getByRole('searchbox', { name: 'Search the assessments' }).fill('direct payments');
      await form.getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL('/search?q=direct+payments');
      await expect(firstLink(page)).toHaveAttribute('href', '/glossary#direct-payments');
    });
  });
}

test('a page number is read as a number and kept within the results', async ({ page }) => {
  await page.goto('/search?q=safegaurding&page=999');
  const text = await summary(page).textContent() ?? '';
  const [, first, last, total] = text.match(/^Results (\d+) to (\d+) of (\d+) /) ?? [];
  expect(Number(last)).toBe(Number(total));
  expect(Number(first)).toBe(Math.floor((Number(total) - 1) / PAGE_SIZE) * PAGE_SIZE + 1);
  await page.goto(`/search?q=safegaurding&page=${encodeURIComponent('2"><script>alert(1)</script>')}`);
  await expect(summary(page)).toHaveText(/^Results 1 to 10 of /);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('search works from the header and can be narrowed to one assessment', async ({ page }) => {
    await page.goto('/london-borough-of-harrow');
    await page.getByRole('searchbox', { name: 'Search the assessments' }).fill('Section 42');
    await page.getByRole('search', { name: 'Site search' }).getByRole('button', { name: 'Search' }).click();
    await expect(summary(page)).toHaveText(/^\d+ results? for “Section 42”\.$/);
    await expect(firstLink(page)).toHaveAttribute('href', '/glossary#section-42');
    await page.getByLabel('In', { exact: true }).selectOption('london-borough-of-harrow');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(summary(page)).toHaveText(/for “Section 42” in London Borough of Harrow\.$/);
    await expect(page.locator('.search-results__title').first()).toContainText('Responding to concerns and undertaking Section 42 enquiries');
    await expect(page.locator('.search-results__meta', { hasText: 'Glossary' })).toHaveCount(0);
  });

  test('the next page of results is a plain link', async ({ page }) => {
    await page.goto('/search?q=safegaurding');
    await page.getByRole('link', { name: /Next page/ }).click();
    await expect(summary(page)).toHaveText(/^Results 11 to 20 of \d+ for “safegaurding”\.$/);
  });
});

test('hostile queries come back escaped: a script tag and a 5,000 character query', async ({ page, request }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => { dialogs++; void dialog.dismiss(); });
  const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  const response = await page.goto(`/search?q=${encodeURIComponent(hostile)}&authority=${encodeURIComponent('"><script>alert(3)</script>')}`);
  expect(response?.status()).toBe(200);
  await expect(summary(page)).toHaveText(`No results for “${hostile}”.`);
  await expect(page.locator('.notice')).toHaveText('There is no assessment called “"><script>alert(3)</script>” on this site, so this searches all of them.');
  expect(await page.locator('main img, main script').count()).toBe(0);
  const html = await (await request.get(`/search?q=${encodeURIComponent(hostile)}`)).text();
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
  expect(html.match(/<script/g)).toHaveLength(1);
  const long = await page.goto(`/search?q=${'a'.repeat(5000)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByText('Your search was longer than 200 characters, so only its first 200 were used.')).toBeVisible();
  await expect(page.getByRole('searchbox')).toHaveValue('a'.repeat(200));
  expect(dialogs).toBe(0);
});

test('an empty or wordless query gets a helpful page, and only result pages ask not to be indexed', async ({ page }) => {
  await page.goto('/search?q=');
  await expect(page.getByText('Type a word or a phrase from the reports')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await expect(page).toHaveTitle(`Search - ${SITE_NAME}`);
  await page.goto('/search?q=the');
  await expect(summary(page)).toHaveText('“the” has no words to search for.');
  await page.goto('/search?q=safegaurding&page=2');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
  await expect(page).toHaveTitle(new RegExp(`^Search results for “safegaurding”, page 2 of \\d+ - ${SITE_NAME}$`));
});

test('the glossary explains every dataset the content\'s comparisons cite', async ({ page }) => {
  const cited = new Set(reports().flatMap((a) => a.themes.flatMap((t) => t.statements.flatMap((s) => s.comparisons.map((c) => c.dataset))))
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

test('a statement page marks the first use of a glossary term, once, without changing the words, and explains it after the report\'s text', async ({ page }) => {
  await page.goto('/london-borough-of-harrow/safeguarding');
  const dols = page.locator('main abbr.glossary-term', { hasText: 'DoLS' });
  await expect(dols).toHaveCount(1);
  await expect(dols).toHaveAttribute('title', 'Deprivation of Liberty Safeguards');
  // A mark, not a link: no Tab stop inside CQC's words.
  await expect(page.locator('main .finding a.glossary-term, main .finding a[href^="/glossary"]')).toHaveCount(0);
  await expect(page.locator('[id="safeguarding-systems-processes-and-practices-p6"]')).toContainText(
    'National data showed that 19.57% of independent/local authority staff in Harrow had completed Mental Capacity Act (MCA) and Deprivation of Liberty Safeguards DoLS training.');
  await page.locator('.contents').getByRole('link', { name: 'Terms used on this page' }).click();
  await expect(page).toHaveURL(/#terms$/);
  const terms = page.getByRole('heading', { name: 'Terms used on this page' });
  await expect(terms).toBeInViewport();
  await expect(page.locator('[id="terms-dols"] dd')).toContainText('The legal process, under the Mental Capacity Act');
  await page.locator('.terms-used').getByRole('link', { name: 'glossary' }).click();
  await expect(page).toHaveURL('/glossary');
});

/** The search page in each of its states: empty, one page of results, the middle of several, none, no words, narrowed, too long. */
const SEARCH_STATES = ['/search', '/search?q=direct+payments', '/search?q=safegaurding&page=2', '/search?q=zzzqqq', '/search?q=the',
  '/search?q=reablement&authority=london-borough-of-harrow', `/search?q=${'care '.repeat(60)}`];

for (const width of [320, 1280]) {
  test(`axe finds no violations on the search page in any state at ${width} px`, { tag: '@heavy' }, async ({ page }) => {
    test.setTimeout(budget(SEARCH_STATES.length, COST.page + COST.axe));
    await page.setViewportSize({ width, height: 800 });
    const problems: string[] = [];
    for (const address of SEARCH_STATES) {
      await page.goto(address);
      problems.push(...await axeViolations(page, address));
    }
    expect(problems).toEqual([]);
  });
}

test('the search page passes the W3C Nu HTML checker in every state', { tag: '@heavy' }, async ({ request }) => {
  test.setTimeout(budget(1, COST.checkerRun + SEARCH_STATES.length * COST.fetch));
  const pages = await Promise.all(SEARCH_STATES.map(async (address) => ({ path: address, html: await (await request.get(address)).text() })));
  const problems = [...(await checkPages(pages)).entries()].flatMap(([address, messages]) => messages.map((m) => `${address}:${m.lastLine ?? '?'}: ${m.message}`));
  expect(problems).toEqual([]);
});
