import { expect, test } from '@playwright/test';
import { sitePages, sitemapPaths } from './pages';

const ASSET_PATHS = ['/sitemap.xml', '/robots.txt', '/downloads/london-borough-of-harrow.json', '/london-borough-of-harrow/safeguarding/card.png'];

test('every response carries the security headers and no X-Powered-By', async ({ request }) => {
  for (const p of [...(await sitePages(request)).map((page) => page.path), ...ASSET_PATHS]) {
    const headers = (await request.get(p)).headers();
    const scripts = p.startsWith('/search') ? "'self' 'unsafe-inline'" : "'self'";
    expect(headers['content-security-policy'], p).toBe(
      `default-src 'self'; script-src ${scripts}; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; manifest-src 'self'`);
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

test('every page may be kept by a CDN', async ({ request }) => {
  for (const { path: p, type } of await sitePages(request)) {
    if (type === 'not found' || type === 'search results') continue;
    const cache = (await request.get(p)).headers()['cache-control'] ?? '';
    expect(cache, p).toMatch(/\bpublic\b/);
    expect(cache, p).toMatch(/\bs-maxage=\d+/);
    expect(cache, p).not.toMatch(/no-store|private/);
  }
});

test('static pages carry no framework JavaScript: only JSON-LD and /enhance.js', async ({ page, request }) => {
  const pages = (await sitePages(request)).filter((page) => page.type !== 'search results' && page.type !== 'not found' && page.path !== '/search');
  for (const p of pages.map((page) => page.path)) {
    await page.goto(p);
    const scripts = await page.locator('script').evaluateAll((els) => els.map((el) => el.getAttribute('src') ?? el.getAttribute('type') ?? 'inline'));
    expect(scripts.filter((s) => s !== '/enhance.js' && s !== 'application/ld+json'), p).toEqual([]);
  }
});

test('pages run with the Content-Security-Policy without a single violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => { if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text()); });
  for (const p of ['/', '/london-borough-of-harrow', '/london-borough-of-harrow/safeguarding', '/search?q=reablement']) {
    await page.goto(p);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});
