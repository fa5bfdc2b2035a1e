import type { SearchResult } from './query';
import type { Segment } from './snippet';

/**
 * Results come ten to a page with plain previous and next links
 * (`&page=N`), so a long list never makes one very long page and every page
 * works without JavaScript.
 */

export const PAGE_SIZE = 10;
/** A page number as our links write it: up to four digits; anything else is read as page 1. */
const PAGE_NUMBER = /^\d{1,4}$/;

export type ShownResult = SearchResult & { snippet: Segment[] };

/** One page of results: which page of how many, the place of its first and last result (from 1), and the results with snippets. */
export type ResultsPage = { page: number; pages: number; first: number; last: number; total: number; results: ShownResult[] };

/** The page asked for: a whole number from 1 in the first `page` parameter, else 1. */
export function requestedPage(raw: string | string[] | undefined | null): number {
  // Nothing given reads as "undefined" or "null", which is no page number either.
  const first = String(Array.isArray(raw) ? raw[0] : raw);
  if (!PAGE_NUMBER.test(first)) return 1;
  return Math.max(1, Number(first));
}

/** Where a page of `total` results starts: the page `requested` moved within 1 and the last page (a page past the end shows the last one). */
export type PageWindow = { page: number; pages: number; first: number; offset: number; size: number };

/** The window of the page `requested` over `total` results: its number, how many pages, the place of its first result (0 when none), and what to skip and take. */
export function pageWindow(total: number, requested: number): PageWindow {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, requested), pages);
  const offset = (page - 1) * PAGE_SIZE;
  return { page, pages, first: total === 0 ? 0 : offset + 1, offset, size: Math.min(PAGE_SIZE, Math.max(0, total - offset)) };
}

/** The address of a search: `/search?q=...`, with the authority and the page when they are not the default. */
export function searchHref(query: string, authority: string | undefined, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (authority) params.set('authority', authority);
  if (page > 1) params.set('page', String(page));
  return `/search?${params.toString()}`;
}
