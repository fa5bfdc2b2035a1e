import { LRUCache } from 'lru-cache';
import { search, type SearchIndex, type SearchOutcome } from '@/lib/search';
import { requestedPage } from '@/lib/search/paging';
import { cleanQuery } from '@/lib/search/query';
import { getSearchIndex } from '@/lib/search-index';
import { homeCard } from '@/lib/view/cards';
import { siteTitle } from '@/lib/view/metadata';
import { renderDocument } from './render';
import { SearchDocument, type SearchHead } from './search-document';
import { SearchPage } from './search-page';

const DESCRIPTION = 'Search the CQC local authority assessments on this site: councils\u2019 ratings and scores, quality statements, findings and the glossary.';

/** The title of a page of /search: what was searched for, and the page of results, then the site's name. */
export function searchTitle(outcome: SearchOutcome): string {
  if (outcome.kind === 'empty') return siteTitle('Search');
  const pages = outcome.kind === 'results' ? outcome.page.pages : 1;
  const page = outcome.kind === 'results' ? outcome.page.page : 1;
  return siteTitle(`Search results for \u201C${outcome.query}\u201D${pages > 1 ? `, page ${page} of ${pages}` : ''}`);
}

/**
 * The /search page for a request's query parameters (`q`, `authority`,
 * `page`), as a whole HTML document. Every value a reader sent reaches the
 * page only as React text or attributes, which React escapes.
 */
export function renderSearch(index: SearchIndex, params: URLSearchParams): string {
  const wanted = params.get('authority') ?? undefined;
  const found = index.reports.find((r) => r.slug === wanted);
  const authority = found ? { slug: found.slug, name: found.authority } : undefined;
  const outcome = search(index, params.getAll('q'), { authority: authority?.slug, page: requestedPage(params.get('page')) });
  const head: SearchHead = { title: searchTitle(outcome), description: DESCRIPTION, card: homeCard(index.reports.length), noindex: outcome.kind !== 'empty' };
  return renderDocument(
    <SearchDocument head={head}>
      <SearchPage outcome={outcome} reports={index.reports} authority={authority} unknownAuthority={wanted && !found ? wanted : undefined} />
    </SearchDocument>,
  );
}

/**
 * Pages already rendered, by what decides them. The index is read-only, so
 * the same query, filter and page always give the same page: a search many
 * readers make at once (a council in the news) is rendered once. Bounded by
 * total size (SEARCH_CACHE_MB, default 32; 0 turns it off, as the benchmark
 * does to measure the engine itself), so any mix of queries holds the
 * server's memory steady.
 */
export function cacheMegabytes(setting: string | undefined): number {
  if (setting === undefined || setting.trim() === '') return DEFAULT_CACHE_MB;
  const megabytes = Number(setting);
  if (!Number.isFinite(megabytes) || megabytes < 0) throw new Error(`SEARCH_CACHE_MB must be a number of megabytes, 0 or more; found "${setting}"`);
  return megabytes;
}

const DEFAULT_CACHE_MB = 32;
const megabytes = cacheMegabytes(process.env.SEARCH_CACHE_MB);
// Strings are UTF-16 in memory: two bytes a code unit.
const rendered = megabytes === 0 ? null
  : new LRUCache<string, string>({ maxSize: megabytes * 1024 * 1024, sizeCalculation: (html, key) => (html.length + key.length) * 2 });

/** The key of a request: the query as search reads it, the authority and the page asked for. */
export function cacheKey(params: URLSearchParams): string {
  return JSON.stringify([cleanQuery(params.getAll('q')).query, params.get('authority') ?? '', requestedPage(params.get('page'))]);
}

/** The /search page for a request, rendered once per key. */
export function searchHtml(params: URLSearchParams): string {
  if (rendered === null) return renderSearch(getSearchIndex(), params);
  const key = cacheKey(params);
  let html = rendered.get(key);
  if (html === undefined) {
    html = renderSearch(getSearchIndex(), params);
    rendered.set(key, html);
  }
  return html;
}
