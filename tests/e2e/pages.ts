import type { APIRequestContext } from '@playwright/test';

/** Every page of the site, discovered from its sitemap (not a hand-kept list), as paths. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
  if (paths.length < 3) throw new Error(`the sitemap lists only ${paths.length} pages`);
  return paths;
}

/** A page that does not exist, to check the 404 page like any other. */
export const MISSING_PAGE = '/london-borough-of-harrow/no-such-page';

/** Pages the sitemap cannot list but a reader reaches: the 404 page and a page of search results. */
export const EXTRA_PAGES = [MISSING_PAGE, '/search?q=direct%20payments'];
