import path from 'node:path';
import { COST, budget } from './budget';
import { expect, test } from '@playwright/test';
import { freePort, startNextServer } from '../../scripts/shared/server-process';
import { SITE_NAME } from '@/lib/site';
import { EXTRA_PAGES, sitePages, sitemapPaths } from './pages';

const ASSET_PATHS = ['/sitemap.xml', '/robots.txt', '/downloads/london-borough-of-harrow.json', '/london-borough-of-harrow/safeguarding/card.png'];
/** The search page in each of its states: empty, results over several pages, no words, no results. */
const SEARCH_PAGES = ['/search', '/search?q=safegaurding&page=2', '/search?q=the', '/search?q=zzzzqqq'];
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; manifest-src 'self'";

test('every response carries the same security headers, /search too: no \'unsafe-inline\', no X-Powered-By', async ({ request }) => {
  for (const p of [...await sitemapPaths(request), ...EXTRA_PAGES, ...SEARCH_PAGES, ...ASSET_PATHS]) {
    const headers = (await request.get(p)).headers();
    expect(headers['content-security-policy'], p).toBe(CSP);
    expect(headers['x-content-type-options'], p).toBe('nosniff');
    expect(headers['referrer-policy'], p).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], p).toContain('camera=()');
    expect(headers['x-frame-options'], p).toBe('DENY');
    expect(headers['x-powered-by'], p).toBeUndefined();
  }
});

test('every page in the sitemap answers 200', async ({ request }) => {
  const paths = await sitemapPaths(request);
  const failed: string[] = [];
  for (const p of paths) {
    const status = (await request.get(p)).status();
    if (status !== 200) failed.push(`${p}: ${status}`);
  }
  expect(failed).toEqual([]);
});

test('every page may be kept by a CDN, and the stylesheet, named by its hash, for a year', async ({ request }) => {
  for (const p of [...await sitemapPaths(request), ...SEARCH_PAGES]) {
    const cache = (await request.get(p)).headers()['cache-control'] ?? '';
    expect(cache, p).toMatch(/\bpublic\b/);
    expect(cache, p).toMatch(/\bs-maxage=\d+/);
    expect(cache, p).not.toMatch(/no-store|private/);
  }
  const html = await (await request.get('/glossary')).text();
  const href = html.match(/<link rel="stylesheet" href="(\/styles\/site\.[0-9a-f]{10}\.css)"/)?.[1] ?? '';
  const css = await request.get(href);
  expect(css.status(), href).toBe(200);
  expect(css.headers()['content-type']).toMatch(/^text\/css/);
  expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('no page carries framework JavaScript, /search included: only JSON-LD and /enhance.js', async ({ page, request }) => {
  for (const p of [...(await sitePages(request)).map((sample) => sample.path), ...SEARCH_PAGES]) {
    await page.goto(p);
    const scripts = await page.locator('script').evaluateAll((els) => els.map((el) => el.getAttribute('src') ?? el.getAttribute('type') ?? 'inline'));
    expect(scripts.filter((s) => s !== '/enhance.js' && s !== 'application/ld+json'), p).toEqual([]);
    expect(scripts, p).toContain('/enhance.js');
  }
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/search?q=reablement');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/_next/'))).toEqual([]);
});

test('pages run with the Content-Security-Policy without a single violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => { if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text()); });
  for (const p of ['/', '/london-borough-of-harrow', '/london-borough-of-harrow/safeguarding', '/search?q=reablement', '/no-such-page']) {
    await page.goto(p);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});

test('/search is the same document as a static page: head essentials, header, footer and stylesheet', async ({ page }) => {
  const parts = async (p: string) => {
    await page.goto(p);
    return page.evaluate(() => {
      const html = (selector: string) => document.querySelector(selector)?.outerHTML.replace(/<!--.*?-->/g, '') ?? null;
      const header = document.querySelector('header.site-header')?.cloneNode(true);
      if (header instanceof Element) header.querySelector('form')?.remove();
      return {
        lang: document.documentElement.lang,
        charset: document.characterSet,
        viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content'),
        stylesheets: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')),
        skip: html('a.skip-link'),
        header: header instanceof Element ? header.outerHTML.replace(/<!--.*?-->/g, '') : null,
        main: document.querySelector('main')?.id,
        footer: html('footer.site-footer'),
        status: html('#copy-status'),
        scripts: [...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')),
      };
    });
  };
  const search = await parts('/search?q=reablement');
  expect(search).toEqual(await parts('/glossary'));
  expect(search.stylesheets).toHaveLength(1);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://assessments.example.org/glossary');
  await page.goto('/search?q=reablement');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://assessments.example.org/search');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Search the CQC local authority assessments/);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', 'https://assessments.example.org/card.png');
  await expect(page).toHaveTitle(new RegExp(`^Search results for “reablement”(, page 1 of \\d+)? - ${SITE_NAME}$`));
});

test('/search says the SITE_URL the site was built with, even when the server is started without it', { tag: '@heavy' }, async () => {
  // A second server: its start (seconds on a quiet machine) is the cost.
  test.setTimeout(budget(1, COST.serverStart));
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: '.next-test', NEXT_TELEMETRY_DISABLED: '1', INCLUDE_TEST_FIXTURES: '1' };
  delete env.SITE_URL;
  const server = await startNextServer(path.resolve('.'), env, await freePort());
  try {
    const html = await (await fetch(`${server.origin}/search?q=reablement`)).text();
    expect(html).toContain('<link rel="canonical" href="https://assessments.example.org/search"/>');
    expect(html).not.toContain('localhost');
  } finally {
    await server.stop();
  }
});

test.describe('addresses in another letter case', () => {
  for (const { from, to } of [
    { from: '/London-Borough-Of-Harrow/Safeguarding', to: '/london-borough-of-harrow/safeguarding' },
    { from: '/LONDON-BOROUGH-OF-HARROW', to: '/london-borough-of-harrow' },
    { from: '/Search?q=Direct+Payments&Page=2', to: '/search?q=Direct+Payments&Page=2' },
    { from: '/Glossary?x=1', to: '/glossary?x=1' },
    { from: '/Downloads/London-Borough-Of-Harrow.json', to: '/downloads/london-borough-of-harrow.json' },
  ]) {
    test(`${from} redirects permanently to ${to}, its query kept`, async ({ request }) => {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(response.headers().location).toBe(to);
      expect((await request.get(to)).status()).toBe(200);
    });
  }

  test('a browser following one lands on the page', async ({ page }) => {
    await page.goto('/London-Borough-Of-Harrow/Safeguarding#making-safeguarding-personal');
    await expect(page).toHaveURL('/london-borough-of-harrow/safeguarding#making-safeguarding-personal');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Safeguarding');
  });

  test('lower-case addresses and Next\'s own files are not redirected', async ({ request }) => {
    expect((await request.get('/london-borough-of-harrow/safeguarding', { maxRedirects: 0 })).status()).toBe(200);
    expect((await request.get('/_next/static/NoSuchFile.js', { maxRedirects: 0 })).status()).toBe(404);
    expect((await request.get('/no-such-page', { maxRedirects: 0 })).status()).toBe(404);
  });
});
