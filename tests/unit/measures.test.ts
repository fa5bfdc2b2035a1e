import { describe, expect, it } from 'vitest';
import { MEASURES, measureEntry, normaliseMeasure, type MeasureEntry } from '@/lib/view/measures';
import { parseHarrow } from './helpers';

const harrow = parseHarrow();
const metrics = harrow.themes.flatMap((t) => t.statements.flatMap((s) => s.comparisons.filter((c) => c.repeatOf === null).map((c) => c.metric)));

describe('the measure table: which way is better, only where a reviewed source says so', () => {
  it('matches a wording exactly, whatever its case, spacing or apostrophes', () => {
    expect(normaliseMeasure('  People  felt\tthey had CONTROL over their \u2018daily\u2019 life ')).toBe('people felt they had control over their \'daily\' life');
    expect(measureEntry('People felt they had   control over their daily life')?.source).toMatch(/^ASCOF measure 1B /);
  });

  it('never matches part of a wording, or a wording with more or fewer words', () => {
    expect(measureEntry('people felt they had control over their daily life most of the time')).toBeNull();
    expect(measureEntry('felt they had control over their daily life')).toBeNull();
    expect(measureEntry('')).toBeNull();
  });

  it.each([
    'people who did not feel safe',
    'people who used services in Harrow did not feel safe',
    'people who used services said they did not feel safe',
    'carers in Harrow were not satisfied with social services',
    'people were dissatisfied with their care and support',
    'people felt they had no control over their daily life',
  ])('gives a negated wording no direction, so it cannot be read as its opposite: "%s"', (metric) => {
    expect(measureEntry(metric)).toBeNull();
  });

  it('gives Harrow\'s negated measures, "did not buy" and "not in paid employment", no direction', () => {
    const negated = metrics.filter((m) => /\bnot\b/.test(m));
    expect(negated).toHaveLength(2);
    expect(negated.map((m) => measureEntry(m))).toEqual([null, null]);
  });

  it('holds 11 of Harrow\'s 26 measures, each with an ASCOF source, and every one of them higher-is-better', () => {
    const held = metrics.map((m) => measureEntry(m)).filter((e): e is MeasureEntry => e !== null);
    expect(held).toHaveLength(11);
    expect(held.every((e) => e.direction === 'higher-is-better' && /^ASCOF measure \w+/.test(e.source))).toBe(true);
    expect(measureEntry('carers surveyed accessed support or services which allowed them to take a break from caring for over 24 hours')).toBeNull();
  });

  it('reads a lower-is-better entry, and a negated one, exactly as a table gives them', () => {
    const table: MeasureEntry[] = [
      { wording: 'people who did not feel safe', direction: 'lower-is-better', source: 'a reviewed source' },
      { wording: 'people who felt safe', direction: 'higher-is-better', source: 'another' },
    ];
    expect(measureEntry('People who did not feel safe', table)?.direction).toBe('lower-is-better');
    expect(measureEntry('people who felt safe', table)?.direction).toBe('higher-is-better');
    expect(measureEntry('people who did not feel safe')).toBeNull();
  });

  it('has no wording twice and a source for every entry', () => {
    const wordings = MEASURES.map((e) => normaliseMeasure(e.wording));
    expect(new Set(wordings).size).toBe(wordings.length);
    expect(MEASURES.every((e) => e.source.length > 10)).toBe(true);
  });
});
