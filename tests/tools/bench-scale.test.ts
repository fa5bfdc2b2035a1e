import { describe, expect, it } from 'vitest';
import { distinctWords, misspelt, mixedSearches } from '@/scripts/bench/mixed-searches';
import { SCALE_PHRASE, SCALE_QUERIES, foundSummary, searchPath } from '@/scripts/bench/search-scale';
import { HARROW_FILE, readText } from '../unit/helpers';

describe('the benchmark at scale', () => {
  it('searches for a phrase that Harrow\'s report holds word for word', () => {
    expect(readText(HARROW_FILE)).toContain(SCALE_PHRASE);
    expect(SCALE_PHRASE.split(' ').length).toBeGreaterThanOrEqual(4);
    expect(SCALE_QUERIES.map((q) => [q.label, q.query, q.target])).toEqual([
      ['broad', 'care', 0.5], ['narrow', 'direct payments', 0.8], ['misspelt', 'safegaurding', 0.8], ['phrase', SCALE_PHRASE, null],
    ]);
    expect(searchPath('direct payments')).toBe('/search?q=direct%20payments');
  });

  it('reads what a results page says it found', () => {
    expect(foundSummary('<p>Results 11 to 20 of 4590 for')).toBe('Results 11 to 20 of 4590');
    expect(foundSummary('<p>3 results for <mark>x</mark>')).toBe('3 results');
    expect(foundSummary('<p>1 result for')).toBe('1 result');
    expect(foundSummary('<p>No results for')).toBe('No results');
    expect(foundSummary('<p>Search</p>')).toBeNull();
  });

  it('makes a thousand different searches from Harrow\'s words: as typed, misspelt, a later page, one report', () => {
    const slugs = ['london-borough-of-harrow', 'fictional-borough-of-ashcombe'];
    const paths = mixedSearches(readText(HARROW_FILE), slugs, 1000);
    expect(new Set(paths).size).toBe(1000);
    expect(paths.slice(0, 4)).toEqual([
      '/search?q=london', '/search?q=boorugh', '/search?q=harrow&page=2', '/search?q=local&authority=london-borough-of-harrow',
    ]);
    expect(paths.filter((p) => /&page=[2-5]$/.test(p))).toHaveLength(250);
    expect(paths.filter((p) => p.endsWith('&authority=fictional-borough-of-ashcombe'))).toHaveLength(125);
    expect(() => mixedSearches('few words here', slugs, 10)).toThrow('fewer than the 10 asked for');
  });

  it('misspells a word by swapping two letters near its middle', () => {
    expect(misspelt('safeguarding')).toBe('safegaurding');
    expect(misspelt('care')).toBe('cra' + 'e');
    expect(distinctWords('Care and CARE, carers: small words out')).toEqual(['carers', 'small', 'words']);
  });

});
