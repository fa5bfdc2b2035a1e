import { describe, expect, it } from 'vitest';
import { parseAssessment } from '@/lib/assessment';
import { buildSearchIndex, paragraphDocuments } from '@/lib/search';
import { PAGE_SIZE, requestedPage, resultsPage, searchHref } from '@/lib/search/paging';
import { search } from '@/lib/search/query';
import { parseHarrow, readText } from './helpers';

const FILE = 'tests/fixtures/site/holmbury-borough-council.txt';
const index = buildSearchIndex(paragraphDocuments([parseHarrow(), parseAssessment(readText(FILE), FILE)]));
const outcome = search(index, 'safegaurding');
if (outcome.kind !== 'results') throw new Error('no results');
const { results, phrase } = outcome;

describe('requestedPage()', () => {
  it('reads a page number of up to four digits and takes anything else as page 1', () => {
    expect(requestedPage('2')).toBe(2);
    expect(requestedPage('0042')).toBe(42);
    expect(requestedPage('9999')).toBe(9999);
    expect(requestedPage(['3', '4'])).toBe(3);
    for (const raw of [undefined, '', '0', '-1', '2.5', 'two', ' 2', '10000', '1e3', '<b>']) expect(requestedPage(raw), String(raw)).toBe(1);
  });
});

describe('resultsPage()', () => {
  it('shows ten results a page and says which: results 11 to 20 of all of them', () => {
    expect(PAGE_SIZE).toBe(10);
    expect(results.length).toBeGreaterThan(30);
    const second = resultsPage(results, phrase, 2);
    expect(second).toMatchObject({ page: 2, first: 11, last: 20, total: results.length, pages: Math.ceil(results.length / 10) });
    expect(second.results.map((r) => r.document.id)).toEqual(results.slice(10, 20).map((r) => r.document.id));
  });

  it('moves a page past the end to the last page, and page 0 to the first', () => {
    const pages = Math.ceil(results.length / 10);
    const last = resultsPage(results, phrase, 99);
    expect(last).toMatchObject({ page: pages, first: (pages - 1) * 10 + 1, last: results.length });
    expect(last.results).toHaveLength(results.length - (pages - 1) * 10);
    expect(resultsPage(results, phrase, 0)).toMatchObject({ page: 1, first: 1, last: 10 });
  });

  it('gives one empty page for no results', () => {
    expect(resultsPage([], phrase, 3)).toEqual({ page: 1, pages: 1, first: 0, last: 0, total: 0, results: [] });
  });

  it('gives a page of exactly ten results one page, and of eleven two', () => {
    expect(resultsPage(results.slice(0, 10), phrase, 2)).toMatchObject({ page: 1, pages: 1, first: 1, last: 10 });
    expect(resultsPage(results.slice(0, 11), phrase, 2)).toMatchObject({ page: 2, pages: 2, first: 11, last: 11 });
  });

  it('gives each shown result a snippet with its matched word marked', () => {
    for (const result of resultsPage(results, phrase, 1).results) {
      expect(result.snippet.filter((s) => s.match).map((s) => s.text.toLowerCase())).toContain('safeguarding');
    }
  });
});

describe('searchHref()', () => {
  it('writes the query, the authority and a page after the first, escaped', () => {
    expect(searchHref('direct payments', undefined, 1)).toBe('/search?q=direct+payments');
    expect(searchHref('a&b <c> "d"', 'london-borough-of-harrow', 2)).toBe('/search?q=a%26b+%3Cc%3E+%22d%22&authority=london-borough-of-harrow&page=2');
    expect(searchHref('x', '', 3)).toBe('/search?q=x&page=3');
  });
});
