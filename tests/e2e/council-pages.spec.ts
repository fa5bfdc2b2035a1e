import { expect, test } from '@playwright/test';
import { STATEMENTS } from '@/lib/framework';
import { CQC_REPORTS_URL } from '@/lib/view/sources';
import { councilsWithoutResult, laterRecords, registerCouncils, snapshotDate, STATEMENT_COLUMNS, type Council } from './register';
import { bandCounts, BAND_LABELS, missingColumns, ratedAs, tableRows } from './tally';

/**
 * Councils' pages against figures this file works out itself from the CSV
 * files the build loaded (./register.ts): Harrow among the others, a
 * register row's page, each later result's page and the pages of councils
 * for which the site holds no result.
 */

const councils = registerCouncils();
const councilAt = (slug: string): Council => {
  const council = councils.find((c) => c.slug === slug);
  if (!council) throw new Error(`no result for /${slug}`);
  return council;
};
const harrow = councilAt('london-borough-of-harrow');
const KIND_NAMES: Record<string, string> = { 'London borough': 'London boroughs' };

test('Harrow\'s overview counts it among all councils, London boroughs and London, its band marked, with no word of position', async ({ page }) => {
  await page.goto('/london-borough-of-harrow');
  const context = page.locator('section[aria-labelledby="in-context"]');
  const rated = (members: Council[]) => ratedAs(members, 'Requires improvement').length;
  const boroughs = councils.filter((c) => c.type === harrow.type);
  const london = councils.filter((c) => c.region === harrow.region);
  await expect(context).toContainText(`${rated(councils)} of ${councils.length} councils were rated requires improvement, London Borough of Harrow among them.`);
  await expect(context).toContainText(`Among ${KIND_NAMES[harrow.type]}, ${rated(boroughs)} of the ${boroughs.length} whose result this site holds were rated requires improvement`);
  await expect(context).toContainText(`In London, ${rated(london)} of the ${london.length} whose result this site holds were rated requires improvement`);
  await expect(context).toContainText(`${harrow.percent}%, calculated by this site from CQC's scores (21 of 36, rounded up as CQC rounds), in the band CQC's method rates requires improvement (39% to 62%)`);
  await expect(context).toContainText(`${councils.length} councils: those in the ratings register, which holds every result CQC had published by ${snapshotDate()}`);
  const bandRows = await tableRows(page, 'section[aria-labelledby="in-context"] table:has(caption:text("bands"))');
  const sets = [councils, boroughs, london];
  expect(bandRows).toEqual([
    ...BAND_LABELS.map((label, index) => [label === 'Requires improvement: 39% to 62%' ? `${label}London Borough of Harrow's band` : label,
      ...sets.map((set) => String(bandCounts(set)[index]?.councils))]),
    ['Not known', ...sets.map((set) => String(set.filter((c) => c.percent === null).length))],
  ]);
  await expect(context.locator('tr.marked')).toHaveCount(1);
  const extras = missingColumns(councils);
  const statementRows = await tableRows(page, 'section[aria-labelledby="in-context"] table:has(caption:text("quality statement"))');
  expect(statementRows).toEqual(STATEMENTS.map((s, index) => [s.name, ...[1, 2, 3, 4].map((score) => {
    const n = String(councils.filter((c) => c.scores[index] === score).length);
    return harrow.scores[index] === score ? `${n} this council` : n;
  }), ...extras.map((e) => String(e.count(index)))]));
  expect(await context.textContent()).not.toMatch(/\b(lower|higher|best|worst|rank\w*|top|bottom|ahead|behind|league|position)\b/i);
});

test('each of Harrow\'s statement pages shows how all councils scored on it, Harrow\'s score marked', async ({ page }) => {
  for (const [index, statement] of STATEMENTS.entries()) {
    const score = harrow.scores[index];
    await page.goto(`/london-borough-of-harrow/${statement.slug}`);
    const section = page.locator('section[aria-labelledby="all-councils"]');
    const count = (s: number) => councils.filter((c) => c.scores[index] === s).length;
    await expect(section).toContainText(`${count(score ?? 0)} of ${councils.length} councils scored ${score} on ${statement.name.toLowerCase()}, London Borough of Harrow among them.`);
    const rows = await tableRows(page, 'section[aria-labelledby="all-councils"] table');
    expect(rows.map((cells) => cells[1])).toEqual([...[1, 2, 3, 4].map((s) => String(count(s))), ...missingColumns(councils).map((e) => String(e.count(index)))]);
    await expect(section.locator('tr.marked th')).toContainText(`${score}: `);
    await expect(section.locator('tr.marked th')).toContainText('London Borough of Harrow\'s score');
  }
});

test('a council known from the register has a summary page: CQC\'s rating and scores, its kind and region, the month and the way to its report', async ({ page }) => {
  const blackpool = councilAt('blackpool-council');
  await page.goto('/blackpool-council');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blackpool Council');
  await expect(page.locator('.council-identity')).toContainText(`ONS code ${blackpool.gss}`);
  await expect(page.locator('.council-identity a').first()).toHaveAttribute('href', /^\/type\//);
  await expect(page.locator('.council-identity a').last()).toHaveAttribute('href', /^\/region\//);
  await expect(page.locator('.lead')).toContainText('published August 2025');
  await expect(page.getByRole('link', { name: 'Read the full report on CQC\'s website' })).toHaveAttribute('href', blackpool.reportUrl);
  await expect(page.locator('section[aria-labelledby="rating"]')).toContainText('Inadequate');
  await expect(page.locator('section[aria-labelledby="rating"]')).toContainText(`This site's calculation from CQC's scores: 12 of 36, ${blackpool.percent}%`);
  const items = page.locator('section[aria-labelledby="scores"] li');
  await expect(items).toHaveCount(9);
  for (const [index, statement] of STATEMENTS.entries()) {
    await expect(items.nth(index)).toContainText(statement.name);
    await expect(items.nth(index)).toContainText(`Score ${blackpool.scores[index]} of 4`);
  }
  await expect(page.locator('section[aria-labelledby="in-context"]')).toContainText(`${ratedAs(councils, 'Inadequate').length} of ${councils.length} councils was rated inadequate: Blackpool Council.`);
});

test('each later result is shown as CQC\'s, recorded from its source, with "not recorded" for what no source gives', async ({ page }) => {
  const later = laterRecords();
  expect(later.length).toBeGreaterThan(0);
  for (const record of later) {
    const council = councils.find((c) => c.gss === record.gss_code);
    if (!council) throw new Error(`no council ${record.gss_code}`);
    await page.goto(`/${council.slug}`);
    const source = page.locator('.result-source');
    await expect(source, council.slug).toContainText('It is CQC\'s result, recorded from');
    for (const [address] of record.source?.matchAll(/https?:\/\/[^\s"()]+?(?=[.,;:]?(?:[\s"()]|$))/g) ?? []) await expect(source.locator(`a[href="${address}"]`), address).toHaveCount(1);
    for (const [, quoted] of record.source?.matchAll(/"([^"]*)"/g) ?? []) await expect(source.locator('q', { hasText: quoted ?? '' }).first()).toBeVisible();
    const missing = STATEMENT_COLUMNS.filter((c) => record[c] === '').length;
    await expect(page.locator('section[aria-labelledby="scores"] .not-scored', { hasText: /^Not recorded$/ })).toHaveCount(missing);
    await expect(page.locator('section[aria-labelledby="scores"]')).not.toContainText('Not scored');
    const rating = page.locator('section[aria-labelledby="rating"]');
    if (council.printed !== null) await expect(rating).toContainText(`CQC's overall score: ${council.printed} out of 100`);
    else if (council.percent === null) await expect(rating).toContainText('Overall score: not recorded');
    else await expect(rating).toContainText(`This site's calculation from CQC's scores`);
    const report = record.report_url || CQC_REPORTS_URL;
    await expect(page.locator('.report-link a')).toHaveAttribute('href', report);
  }
});

test('every council for which the site holds no result says so, with the date its data is complete to, and links CQC\'s list of reports', async ({ request }) => {
  const without = councilsWithoutResult();
  expect(without.length).toBeGreaterThan(0);
  for (const council of without) {
    // React's server rendering puts <!-- --> between adjacent pieces of text.
    const html = (await (await request.get(`/${council.slug}`)).text()).replace(/<!-- -->/g, '');
    expect(html, council.slug).toContain(`This site holds no result for ${council.authority.replace(/&/g, '&amp;')}</h2>`);
    expect(html, council.slug).toContain(`is complete to ${snapshotDate()}`);
    expect(html, council.slug).toContain('by summer 2026');
    expect(html, council.slug).toContain(`<p class="report-link"><a href="${CQC_REPORTS_URL}">`);
    expect(html, council.slug).toContain(`ONS code <span class="council-identity__code">${council.gss}</span>`);
    expect(html.toLowerCase(), council.slug).not.toMatch(/not\s+(been\s+)?assessed/);
  }
});

test('Holmbury\'s overview (a report of a council outside England\'s list) gives CQC\'s printed score as CQC\'s, and is counted in no figure', async ({ page }) => {
  await page.goto('/holmbury-borough-council');
  await expect(page.locator('.score-headline--cqc')).toHaveText('CQC\'s overall score: 67 out of 100');
  await expect(page.locator('section[aria-labelledby="in-context"]')).toContainText('so it is not counted in the figures for all councils');
});
