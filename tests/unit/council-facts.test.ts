import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { LATER_FILE } from '@/lib/content-check';
import { councilIdentity, figureHeadline, missingScoreText, resultFigure } from '@/lib/view/council-facts';
import { sourceParts, sourceText } from '@/lib/view/result-source';
import * as resultSourceModule from '@/lib/view/result-source';
import * as councilFactsModule from '@/lib/view/council-facts';
import { councilAt, realCouncils } from './council-helpers';
import { fresh, readText } from './helpers';
import { englandCouncils } from './register-helpers';

describe('a later result\'s source, as the page shows it', () => {
  it('keeps every word of every source in the later results, in order', () => {
    const records: Record<string, string>[] = parse(readText(LATER_FILE), { columns: true, bom: true });
    expect(records.length).toBeGreaterThan(0);
    for (const { source } of records) expect(sourceText(sourceParts(source ?? ''))).toBe(source);
  });

  it('makes each address a link named by its website, leaving a sentence\'s punctuation out of it', async () => {
    const { sourceParts: parts, siteOf } = await fresh('@/lib/view/result-source', resultSourceModule);
    expect(parts('https://www.cqc.org.uk/a/b (CQC page); overall score from https://news.example.org/x-1.')).toEqual([
      { kind: 'link', href: 'https://www.cqc.org.uk/a/b', text: 'cqc.org.uk' },
      { kind: 'text', text: ' (CQC page); overall score from ' },
      { kind: 'link', href: 'https://news.example.org/x-1', text: 'news.example.org' },
      { kind: 'text', text: '.' },
    ]);
    expect(parts('http://www.hellorayo.co.uk/hits, and more...')).toEqual([
      { kind: 'link', href: 'http://www.hellorayo.co.uk/hits', text: 'hellorayo.co.uk' },
      { kind: 'text', text: ', and more...' },
    ]);
    expect(parts('as https://example.org/a/b...')).toEqual([{ kind: 'text', text: 'as ' }, { kind: 'link', href: 'https://example.org/a/b', text: 'example.org' }, { kind: 'text', text: '...' }]);
    expect(siteOf('http://www.hellorayo.co.uk/hits')).toBe('hellorayo.co.uk');
    // Only a leading "www." is dropped.
    expect(siteOf('https://awww.com/cats')).toBe('awww.com');
  });

  it('makes each quoted passage a quotation, and leaves an unmatched quote mark as text', async () => {
    const { sourceParts: parts } = await fresh('@/lib/view/result-source', resultSourceModule);
    expect(parts('press release ("rated good", "a score of 62")')).toEqual([
      { kind: 'text', text: 'press release (' },
      { kind: 'quote', text: 'rated good' },
      { kind: 'text', text: ', ' },
      { kind: 'quote', text: 'a score of 62' },
      { kind: 'text', text: ')' },
    ]);
    expect(parts('quoted "" and said "good')).toEqual([{ kind: 'text', text: 'quoted ' }, { kind: 'quote', text: '' }, { kind: 'text', text: ' and said "good' }]);
    expect(parts('')).toEqual([]);
  });

  it('keeps an address with nothing after its scheme as text', () => {
    expect(sourceParts('see https://; then')).toEqual([{ kind: 'text', text: 'see https://; then' }]);
  });
});

describe('what and where a council is', () => {
  it('names its kind without an article and its region with one where a reader puts one', () => {
    const england = englandCouncils();
    const byName = (name: string) => {
      const found = england.find((c) => c.shortName === name);
      if (!found) throw new Error(`no ${name}`);
      return councilIdentity(found);
    };
    expect(byName('Harrow')).toEqual({
      kind: 'London borough', kindPath: '/type/london-borough', article: '', region: 'London', regionPath: '/region/london', gssCode: 'E09000015',
    });
    expect(byName('Plymouth')).toMatchObject({ kind: 'unitary authority', article: 'the ', region: 'South West', regionPath: '/region/south-west' });
    expect(byName('Leeds')).toMatchObject({ kind: 'metropolitan district', article: '', region: 'Yorkshire and The Humber' });
    expect(england.map(councilIdentity).every((c) => !/^an? /.test(c.kind))).toBe(true);
  });
});

describe('a result\'s overall score', () => {
  it('is CQC\'s where a source gives it, even where not every score is known', () => {
    const councils = realCouncils();
    const row = councilAt(councils, 'north-yorkshire-council').rows[0];
    if (!row) throw new Error('no result');
    expect(figureHeadline(resultFigure(row))).toEqual({ by: 'cqc', text: 'CQC\'s overall score: 81 out of 100' });
    // The figure of a result alone, which no council's address (slug) is given to.
    expect(resultFigure(row)).toEqual({ slug: '', authority: 'North Yorkshire Council', percent: 81, total: null, maximum: null, source: 'cqc' });
  });

  it('is the site\'s calculation for a register row, labelled as the site\'s', () => {
    const row = councilAt(realCouncils(), 'london-borough-of-harrow').rows[0];
    if (!row) throw new Error('no result');
    expect(figureHeadline(resultFigure(row))).toEqual({ by: 'site', text: 'This site\'s calculation from CQC\'s scores: 21 of 36, 59%' });
    // A calculation always has its total and maximum; without them the headline says "?", never a made-up number.
    const bare = { slug: '', authority: 'A', percent: 59, total: null, maximum: null, source: 'calculated' as const };
    expect(figureHeadline(bare).text).toBe('This site\'s calculation from CQC\'s scores: ? of ?, 59%');
  });

  it('is not recorded where no source gives CQC\'s and not every score is known', async () => {
    const { OVERALL_NOT_RECORDED } = await fresh('@/lib/view/council-facts', councilFactsModule);
    const row = councilAt(realCouncils(), 'leeds-city-council').rows[0];
    if (!row) throw new Error('no result');
    expect(resultFigure(row)).toBeNull();
    expect(figureHeadline(null)).toEqual({ by: 'none', text: 'Overall score: not recorded' });
    expect(OVERALL_NOT_RECORDED).toContain('does not work it out');
  });
});

describe('a score the site does not hold', () => {
  it('is "not scored in this assessment" in the register and "not recorded" in a later result', () => {
    expect(missingScoreText('register')).toBe('Not scored in this assessment');
    expect(missingScoreText('later')).toBe('Not recorded');
  });
});
