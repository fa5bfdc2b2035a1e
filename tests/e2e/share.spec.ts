import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { comparisonAnchor } from '@/lib/view/anchors';
import { COMPARISON_COLUMNS, SCORE_COLUMNS } from '@/lib/view/downloads';
import { SITE_NAME } from '@/lib/site';
import { OGL_ATTRIBUTION_TEXT, OGL_URL } from '@/lib/view/sources';
import { COST, budget } from './budget';
import { harrow, reportsWithSources } from './content';
import { sitemapPaths } from './pages';

const assessment = harrow();
const base = `/${assessment.slug}`;
const site = process.env.SITE_URL ?? '';
const statements = assessment.themes.flatMap((t) => t.statements);
const CQC_REPORT = 'https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0824';

test('a fragment address lands on its paragraph and highlights it', async ({ page }) => {
  await page.goto(`${base}/safeguarding#making-safeguarding-personal-p5`);
  const paragraph = page.locator('[id="making-safeguarding-personal-p5"]');
  await expect(paragraph).toContainText('66.67% of individuals lacking capacity');
  await expect(paragraph).toBeInViewport();
  expect(await paragraph.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(paragraph).toHaveCSS('background-color', 'rgb(255, 247, 191)');
});

test('a fragment address lands on a figure\'s table row', async ({ page }) => {
  const statement = statements.find((s) => s.slug === 'assessing-needs');
  const comparison = statement?.comparisons[1];
  if (!statement || !comparison) throw new Error('no comparison');
  const id = comparisonAnchor(statement, comparison);
  await page.goto(`${base}/assessing-needs#${id}`);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await expect(page.locator(`[id="${id}"] td .cell-value`).first()).toHaveText('70.13%');
});

for (const statement of statements) {
  test(`"${statement.name}" has its canonical address, share tags and a share card`, async ({ page, request }) => {
    const path = `${base}/${statement.slug}`;
    await page.goto(path);
    await expect(page).toHaveTitle(`${statement.name}: score ${statement.score} of 4 - London Borough of Harrow adult social care assessment - ${SITE_NAME}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}${path}`);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${site}${path}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', new RegExp(`^${statement.name}: score ${statement.score} of 4`));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /CQC scored London Borough of Harrow \d of 4/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', `London Borough of Harrow, ${statement.name}: score ${statement.score} of 4, ${statement.scoreLabel.toLowerCase()}.`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image?.startsWith(`${site}${path}/`)).toBe(true);
    const response = await request.get(new URL(image ?? '').pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
  });
}

test('the citation gives the report, CQC, 16 August 2024, the statement, CQC\'s address, the canonical address and today\'s date', async ({ page }) => {
  await page.goto(`${base}/safeguarding`);
  const citation = page.locator('section.citation').last();
  await expect(citation.getByRole('heading', { name: 'Cite this page' })).toBeVisible();
  await expect(citation).toContainText('London Borough of Harrow: local authority assessment');
  await expect(citation).toContainText('Care Quality Commission');
  await expect(citation).toContainText('16 August 2024');
  await expect(citation).toContainText('Safeguarding, score 2 of 4 (Evidence shows some shortfalls)');
  await expect(citation).toContainText(`${site}${base}/safeguarding`);
  await expect(citation).toContainText(`Source${CQC_REPORT}`);
  const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  // The script writes the reader's date once the page has settled and the citation nears the screen (lib/browser/enhance.ts).
  await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
  await citation.scrollIntoViewIfNeeded();
  await expect(citation.locator('.citation__harvard')).toHaveText(
    'Harvard style: Care Quality Commission (2024) \u2018Safeguarding\u2019, in London Borough of Harrow: local authority assessment. '
    + 'Score 2 of 4 (Evidence shows some shortfalls). Published 16 August 2024. '
    + `Available at: ${CQC_REPORT} (CQC\u2019s website). Read at: ${site}${base}/safeguarding (Accessed: ${today}).`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the citation still reads, asking for the access date', async ({ page }) => {
    await page.goto(`${base}/safeguarding`);
    await expect(page.locator('section.citation .citation__harvard').last()).toContainText('(Accessed: the date you read this).');
  });
});

test('a figure\'s citation quotes its source sentence word for word', async ({ page }) => {
  await page.goto(`${base}/safeguarding`);
  const row = page.getByRole('row').filter({ hasText: 'lacking capacity' });
  await row.getByText('Cite this figure').click();
  const citation = row.locator('.citation');
  await expect(citation).toContainText('66.67% against an England average of 83.12%');
  await expect(citation).toContainText('Safeguarding Adults Collection (SAC)');
  await expect(citation).toContainText('\u201CNational data showed that in Harrow 66.67% of individuals lacking capacity were supported by an advocate, family or friend. The England average was 83.12% Safeguarding Adults Collection (SAC).\u201D');
  await expect(citation).toContainText(`${site}${base}/safeguarding#making-safeguarding-personal-p5-figure-1`);
});

test('the JSON download is exactly what the CLI prints, served as a JSON attachment', async ({ page, request }) => {
  await page.goto(base);
  const href = await page.getByRole('link', { name: 'The whole assessment (JSON)' }).getAttribute('href');
  expect(href).toBe('/downloads/london-borough-of-harrow.json');
  const response = await request.get(href ?? '');
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(response.headers()['content-disposition']).toBe('attachment; filename="london-borough-of-harrow.json"');
  const cli = spawnSync('npm', ['run', '--silent', 'parse', '--', 'content/london-borough-of-harrow.txt'], { encoding: 'utf8' });
  expect(cli.status).toBe(0);
  expect(await response.text()).toBe(cli.stdout);
});

test('the CSV downloads hold 26 figures and 9 scores, exactly as printed', async ({ request }) => {
  const comparisons = await request.get('/downloads/london-borough-of-harrow-comparisons.csv');
  expect(comparisons.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(comparisons.headers()['content-disposition']).toBe('attachment; filename="london-borough-of-harrow-comparisons.csv"');
  const rows: Record<string, string>[] = parse(await comparisons.text(), { columns: true });
  expect(rows).toHaveLength(26);
  expect(rows[0]).toMatchObject({ statement: 'Assessing needs', value_percent: '56.10', england_average_percent: '61.21', site_difference_points: '-5.11', dataset: 'ASCS' });
  const scores: Record<string, string>[] = parse(await (await request.get('/downloads/london-borough-of-harrow-scores.csv')).text(), { columns: true });
  expect(scores.map((s) => s.score)).toEqual(['2', '2', '3', '2', '3', '2', '2', '2', '3']);
});

test('the sitemap lists every page and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(urls).toEqual(expect.arrayContaining([`${site}/`, `${site}${base}`, ...statements.map((s) => `${site}${base}/${s.slug}`),
    ...assessment.themes.map((t) => `${site}${base}/${t.slug}`)]));
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${site}/sitemap.xml`);
});

test('the overview describes the report in JSON-LD, at its address on CQC\'s website', async ({ page }) => {
  await page.goto(base);
  const data: unknown = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent() ?? '{}');
  expect(data).toMatchObject({
    '@type': 'Report', name: 'London Borough of Harrow: local authority assessment', datePublished: '2024-08-16',
    publisher: { name: 'Care Quality Commission' }, url: CQC_REPORT,
  });
});

test('every page of the sitemap points its share card tags at a PNG that exists', { tag: '@heavy' }, async ({ request }) => {
  const paths = await sitemapPaths(request);
  // Each page, then at most one card per page.
  test.setTimeout(budget(2 * paths.length, COST.fetch));
  const images = new Set<string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const tags = [...html.matchAll(/<meta (?:property|name)="(og:image|twitter:image)" content="([^"]+)"/g)].map((m) => ({ tag: m[1], url: m[2] ?? '' }));
    expect(tags.map((t) => t.tag).sort(), path).toEqual(['og:image', 'twitter:image']);
    for (const { url } of tags) {
      expect(url.startsWith(`${site}/`), `${path}: ${url}`).toBe(true);
      images.add(new URL(url).pathname);
    }
  }
  for (const image of images) {
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(response.headers()['content-type'], image).toBe('image/png');
    expect((await response.body()).subarray(1, 4).toString(), image).toBe('PNG');
  }
  expect(paths.length).toBeGreaterThan(15);
});

for (const { assessment, reportUrl } of reportsWithSources()) {
  test(`${assessment.authority}'s CSVs carry whose report, when, CQC's address and the licence in every row, in the documented columns`, async ({ page, request }) => {
    for (const [file, columns] of [[`${assessment.slug}-comparisons.csv`, COMPARISON_COLUMNS], [`${assessment.slug}-scores.csv`, SCORE_COLUMNS]] as const) {
      const response = await request.get(`/downloads/${file}`);
      expect(response.headers().link, file).toBe(`<${OGL_URL}>; rel="license"`);
      const [header, ...rows]: string[][] = parse(await response.text());
      expect(header, file).toEqual(columns.map((c) => c.name));
      expect(rows.length, file).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.slice(0, 3), file).toEqual([assessment.authority, assessment.published, reportUrl]);
        expect(row.at(-1), file).toBe(OGL_ATTRIBUTION_TEXT);
      }
    }
    expect((await request.get(`/downloads/${assessment.slug}.json`)).headers().link).toBe(`<${OGL_URL}>; rel="license"`);
    await page.goto('/data-formats');
    await expect(page.getByRole('table', { name: 'National figures against the England average (CSV): columns' }).locator('tbody th')).toHaveText(COMPARISON_COLUMNS.map((c) => c.name));
  });
}
