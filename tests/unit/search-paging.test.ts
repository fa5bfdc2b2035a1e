import { describe, expect, it } from 'vitest';
import { parseAssessment } from '@/lib/assessment';
import { paragraphDocuments, search } from '@/lib/search';
import { pageOfLevels } from '@/lib/search/engine';
import { PAGE_SIZE, pageWindow, requestedPage, searchHref } from '@/lib/search/paging';
import { parseHarrow, readText } from './helpers';
import { allResults, indexOf } from './search-helpers';

const FILE = 'tests/fixtures/site/holmbury-borough-council.txt';
const index = indexOf(paragraphDocuments([parseHarrow(), parseAssessment(readText(FILE), FILE)]));
const results = allResults(index, 'safegaurding');

/** One page of the search for "safegaurding". */
function pageOf(page: number) {
  const outcome = search(index, 'safegaurding', { page });
  if (outcome.kind !== 'results') throw new Error('no results');
  return outcome.page;
}

describe('requestedPage()', () => {
  it('reads a page number of up to four digits and takes anything else as page 1', () => {
    expect(requestedPage('2')).toBe(2);
    expect(requestedPage('0042')).toBe(42);
    expect(requestedPage('9999')).toBe(9999);
    expect(requestedPage(['3', '4'])).toBe(3);
    for (const raw of [undefined, null, '', '0', '-1', '2.5', 'two', ' 2', '10000', '1e3', '<b>']) expect(requestedPage(raw), String(raw)).toBe(1);
  });
});

describe('a page of results', () => {
  it('shows ten results a page and says which: results 11 to 20 of all of them', () => {
    expect(PAGE_SIZE).toBe(10);
    expect(results.length).toBeGreaterThan(30);
    const second = pageOf(2);
    expect(second).toMatchObject({ page: 2, first: 11, last: 20, total: results.length, pages: Math.ceil(results.length / 10) });
    expect(second.results.map((r) => r.document.id)).toEqual(results.slice(10, 20).map((r) => r.document.id));
  });

  it('moves a page past the end to the last page, and page 0 to the first', () => {
    const pages = Math.ceil(results.length / 10);
    const last = pageOf(99);
    expect(last).toMatchObject({ page: pages, first: (pages - 1) * 10 + 1, last: results.length });
    expect(last.results).toHaveLength(results.length - (pages - 1) * 10);
    expect(pageOf(0)).toMatchObject({ page: 1, first: 1, last: 10 });
  });

  it('gives one empty page for no results', () => {
    const outcome = search(index, 'zebra', { page: 3 });
    expect(outcome.kind === 'results' ? outcome.page : null).toEqual({ page: 1, pages: 1, first: 0, last: 0, total: 0, results: [] });
    expect(pageWindow(0, 3)).toEqual({ page: 1, pages: 1, first: 0, offset: 0, size: 0 });
  });

  it('gives exactly ten results one page, and eleven two', () => {
    expect(pageWindow(10, 2)).toEqual({ page: 1, pages: 1, first: 1, offset: 0, size: 10 });
    expect(pageWindow(11, 2)).toEqual({ page: 2, pages: 2, first: 11, offset: 10, size: 1 });
    expect(pageWindow(25, 3)).toEqual({ page: 3, pages: 3, first: 21, offset: 20, size: 5 });
  });

  it('gives each shown result a snippet with its matched word marked', () => {
    for (const result of pageOf(1).results) {
      expect(result.snippet.filter((s) => s.match).map((s) => s.text.toLowerCase())).toContain('safeguarding');
    }
  });
});

describe('pageOfLevels()', () => {
  /** Levels of the given sizes whose results are named by level and place, recording each fetch. */
  function levels(...sizes: number[]) {
    const fetched: string[] = [];
    return {
      fetched,
      levels: sizes.map((size, n) => ({
        size,
        fetch: (offset: number, limit: number) => {
          fetched.push(`${n}:${offset}+${limit}`);
          // As a level's query would, never more than it holds.
          return Array.from({ length: Math.max(0, Math.min(limit, size - offset)) }, (_, i) => ({ rowid: n * 100 + offset + i, score: 0, match: 'words' as const }));
        },
      })),
    };
  }
  const ids = (page: { rowid: number }[]) => page.map((r) => r.rowid);

  it('reads a page across the levels in order, from where the page starts', () => {
    const { levels: l, fetched } = levels(3, 4, 20);
    expect(ids(pageOfLevels({ offset: 0, size: 10 }, l))).toEqual([0, 1, 2, 100, 101, 102, 103, 200, 201, 202]);
    expect(fetched).toEqual(['0:0+3', '1:0+4', '2:0+3']);
  });

  it('skips the levels before the page, a level the page starts just after included, and fetches none after it', () => {
    const { levels: l, fetched } = levels(3, 7, 20, 5);
    expect(ids(pageOfLevels({ offset: 10, size: 10 }, l))).toEqual(Array.from({ length: 10 }, (_, i) => 200 + i));
    expect(fetched).toEqual(['2:0+10']);
  });

  it('asks a level for no more than it holds from where the page starts in it', () => {
    const { levels: l, fetched } = levels(12, 30);
    expect(ids(pageOfLevels({ offset: 8, size: 10 }, l))).toEqual([8, 9, 10, 11, 100, 101, 102, 103, 104, 105]);
    expect(fetched).toEqual(['0:8+4', '1:0+6']);
  });
});

describe('searchHref()', () => {
  it('writes the query, the authority and a page after the first, escaped', () => {
    expect(searchHref('direct payments', undefined, 1)).toBe('/search?q=direct+payments');
    expect(searchHref('a&b <c> "d"', 'london-borough-of-harrow', 2)).toBe('/search?q=a%26b+%3Cc%3E+%22d%22&authority=london-borough-of-harrow&page=2');
    expect(searchHref('x', '', 3)).toBe('/search?q=x&page=3');
  });
});
