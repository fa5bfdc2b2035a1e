import type { APIRequestContext } from '@playwright/test';
import { SITE_PAGES } from '@/lib/view/site-pages';
import { PROVENANCE_PATH } from '@/lib/view/national-meta';
import { reportsInBuild } from './content';
import { councilsWithoutResult, registerCouncils } from './register';

/**
 * Which pages the whole-site tests visit. Every type of page is checked, and
 * of the generated types (councils' pages of each kind, themes, statements,
 * the lists by rating, region and kind) a sample: the first, the last and a
 * few spread between them in sitemap order, always with each full report's
 * own (Harrow's and Holmbury's in test builds). A council's page is an
 * overview (the site holds its report), a summary (its latest result is the
 * register's), a later result (recorded after the register's snapshot) or a
 * page saying the site holds no result; which, is read from the content's
 * CSV files. England's 153 councils make the sitemap about two hundred and
 * fifty pages; the sample stays about fifty.
 */

/** Every page of the site, discovered from its sitemap (not a hand-kept list), as paths. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
  if (paths.length < 3) throw new Error(`the sitemap lists only ${paths.length} pages`);
  return paths;
}

/** A page that does not exist, to check the 404 page like any other. */
export const MISSING_PAGE = '/london-borough-of-harrow/no-such-page';

/** A page of search results. */
export const SEARCH_RESULTS = '/search?q=direct%20payments';

/** Pages the sitemap cannot list but a reader reaches: the 404 page and a page of search results. */
export const EXTRA_PAGES = [MISSING_PAGE, SEARCH_RESULTS];

export type PageType =
  | 'home' | 'national' | 'rating list' | 'region list' | 'type list' | 'overview' | 'summary' | 'later result' | 'no result'
  | 'theme' | 'statement' | 'fixed' | 'search results' | 'not found';

/** Generated types: many pages made from content, of which a sample is checked. */
const GENERATED: readonly PageType[] = [
  'rating list', 'region list', 'type list', 'overview', 'summary', 'later result', 'no result', 'theme', 'statement',
];

/** The lists of councils under their own address part: `/rating/good`, `/region/london`, `/type/unitary`. */
const LISTS: Readonly<Record<string, PageType>> = { rating: 'rating list', region: 'region list', type: 'type list' };

let councilKinds: Map<string, PageType> | undefined;

/** What each council's page (without a full report) is, by its address, from the CSV files. */
function councilKind(slug: string): PageType | undefined {
  councilKinds ??= new Map<string, PageType>([
    ...registerCouncils().map((c) => [c.slug, c.origin === 'later' ? 'later result' : 'summary'] as const),
    ...councilsWithoutResult().map((c) => [c.slug, 'no result'] as const),
  ]);
  return councilKinds.get(slug);
}

export type SitePage = { path: string; type: PageType };

/** The fixed pages: each is a type of its own. */
const FIXED = new Set<string>([...SITE_PAGES.map((p) => p.path), PROVENANCE_PATH].filter((p) => p !== '/' && p !== '/national'));

/** What kind of page a sitemap path is, told from the fixed pages, the full reports the test build holds and the content's CSV files. */
export function pageType(path: string): PageType {
  if (path === '/') return 'home';
  if (path === '/national') return 'national';
  if (FIXED.has(path)) return 'fixed';
  const [first, second, ...rest] = path.split('/').filter(Boolean);
  const list = first === undefined ? undefined : LISTS[first];
  if (list && second && rest.length === 0) return list;
  const report = reportsInBuild().find((a) => a.slug === first);
  const council = first === undefined ? undefined : councilKind(first);
  if (!second && report) return 'overview';
  if (!second && council) return council;
  if (report && rest.length === 0) return report.themes.some((t) => t.slug === second) ? 'theme' : 'statement';
  throw new Error(`the sitemap lists ${path}, a page of no known type: add its type to tests/e2e/pages.ts`);
}

/** `count` paths spread evenly from the first to the last, in order. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const picks = new Set(Array.from({ length: count }, (_, i) => Math.round((i * (items.length - 1)) / (count - 1))));
  return items.filter((_, index) => picks.has(index));
}

/** Per generated type: the spread sample, plus each full report's first page of that type if the spread missed it. */
export function samplePaths(paths: readonly string[], perType = 5): SitePage[] {
  const typed = paths.map((path) => ({ path, type: pageType(path) }));
  const sample: SitePage[] = [];
  for (const type of new Set(typed.map((p) => p.type))) {
    const ofType = typed.filter((p) => p.type === type);
    if (!GENERATED.includes(type)) {
      sample.push(...ofType);
      continue;
    }
    const picked = spread(ofType, perType);
    for (const report of reportsInBuild()) {
      const own = ofType.find((p) => p.path === `/${report.slug}` || p.path.startsWith(`/${report.slug}/`));
      if (own && !picked.includes(own)) picked.push(own);
    }
    sample.push(...picked);
  }
  return sample;
}

/** The pages the whole-site tests check: the sitemap's sample and the pages it cannot list. */
export async function sitePages(request: APIRequestContext): Promise<SitePage[]> {
  return [
    ...samplePaths(await sitemapPaths(request)),
    { path: SEARCH_RESULTS, type: 'search results' },
    { path: MISSING_PAGE, type: 'not found' },
  ];
}

/** Every fixed page and one page of each other type (the first of the sample): for the slower checks, such as the keyboard's. */
export async function onePerType(request: APIRequestContext): Promise<SitePage[]> {
  const seen = new Set<PageType>();
  return (await sitePages(request)).filter((page) => {
    if (page.type === 'fixed') return true;
    if (seen.has(page.type)) return false;
    seen.add(page.type);
    return true;
  });
}
