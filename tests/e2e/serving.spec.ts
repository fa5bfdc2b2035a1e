import { expect, test } from '@playwright/test';
import { EXTRA_PAGES, sitemapPaths } from './pages';

const ASSET_PATHS = ['/sitemap.xml', '/robots.txt', '/downloads/london-borough-of-harrow.json', '/london-borough-of-harrow/safeguarding/card.png'];

test('every response carries the security headers and no X-Powered-By', async ({ request }) => {
  for (const p of [...await sitemapPaths(request), ...EXTRA_PAGES, ...ASSET_PATHS]) {
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

test('every page may be kept by a CDN', async ({ request }) => {
  for (const p of await sitemapPaths(request)) {
    const cache = (await request.get(p)).headers()['cache-control'] ?? '';
    expect(cache, p).toMatch(/\bpublic\b/);
    expect(cache, p).toMatch(/\bs-maxage=\d+/);
    expect(cache, p).not.toMatch(/no-store|private/);
  }
});

test('static pages carry no framework JavaScript: only JSON-LD and /enhance.js', async ({ page, request }) => {
  for (const p of (await sitemapPaths(request)).filter((path) => path !== '/search')) {
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
