import { describe, expect, it } from 'vitest';
import { MEASURES, measureEntry, normaliseMeasure, placeNames, type MeasureEntry } from '@/lib/view/measures';
import { readdirSync } from 'node:fs';
import { parseAssessment, type Assessment } from '@/lib/assessment';
import * as measuresModule from '@/lib/view/measures';
import { fresh, parseHarrow, readText } from './helpers';

const HARROW = 'London Borough of Harrow';
/** Harrow's distinct figures' measures, parsed inside the test that reads them. */
const harrowMetrics = () => {
  const harrow = parseHarrow();
  return metricsOf(harrow);
};
/** A report's distinct figures' measures. */
const metricsOf = (report: Assessment) => report.themes.flatMap((t) => t.statements.flatMap((s) => s.comparisons.filter((c) => c.repeatOf === null).map((c) => c.metric)));
/** The reports the table's wordings come from (its comment): content/'s, and the fixtures' whose figures follow CQC's later reports. */
const sourceReports = () => [
  ...readdirSync('content').filter((f) => f.endsWith('.txt')).map((f) => `content/${f}`),
  'tests/fixtures/fenwick-city-council.txt', 'tests/fixtures/ravensmoor-city-council.txt', 'tests/fixtures/site/holmbury-borough-council.txt',
].map((file) => parseAssessment(readText(file), file));

describe('the measure table: which way is better, only where a reviewed source says so', () => {
  it('matches a wording exactly, whatever its case, spacing or apostrophes', () => {
    expect(normaliseMeasure('  People  felt\tthey had CONTROL over their \u2018daily\u2019 life ')).toBe('people felt they had control over their \'daily\' life');
    expect(measureEntry('People felt they had   control over their daily life', HARROW)?.source).toMatch(/^ASCOF measure 1B /);
  });

  it('never matches part of a wording, or a wording with more or fewer words', () => {
    expect(measureEntry('people felt they had control over their daily life most of the time', HARROW)).toBeNull();
    expect(measureEntry('felt they had control over their daily life', HARROW)).toBeNull();
    expect(measureEntry('', HARROW)).toBeNull();
  });

  it.each([
    'people who did not feel safe',
    'people who used services in Harrow did not feel safe',
    'people who used services said they did not feel safe',
    'carers in Harrow were not satisfied with social services',
    'people were dissatisfied with their care and support',
    'people felt they had no control over their daily life',
  ])('gives a negated wording no direction, so it cannot be read as its opposite: "%s"', (metric) => {
    expect(measureEntry(metric, HARROW)).toBeNull();
  });

  it('gives Harrow\'s negated measures, "did not buy" and "not in paid employment", no direction', () => {
    const negated = harrowMetrics().filter((m) => /\bnot\b/.test(m));
    expect(negated).toHaveLength(2);
    expect(negated.map((m) => measureEntry(m, HARROW))).toEqual([null, null]);
  });

  it('holds 11 of Harrow\'s 26 measures, each with an ASCOF source, and every one of them higher-is-better', () => {
    const held = harrowMetrics().map((m) => measureEntry(m, HARROW)).filter((e): e is MeasureEntry => e !== null);
    expect(held).toHaveLength(11);
    expect(held.every((e) => e.direction === 'higher-is-better' && /^ASCOF measure \w+/.test(e.source))).toBe(true);
    expect(measureEntry('carers surveyed accessed support or services which allowed them to take a break from caring for over 24 hours', HARROW)).toBeNull();
  });

  it('reads a lower-is-better entry, and a negated one, exactly as a table gives them', () => {
    const table: MeasureEntry[] = [
      { wording: 'people who did not feel safe', direction: 'lower-is-better', source: 'a reviewed source' },
      { wording: 'people who felt safe', direction: 'higher-is-better', source: 'another' },
    ];
    expect(measureEntry('People who did not feel safe', HARROW, table)?.direction).toBe('lower-is-better');
    expect(measureEntry('people who felt safe', HARROW, table)?.direction).toBe('higher-is-better');
    expect(measureEntry('people who did not feel safe', HARROW)).toBeNull();
  });

  it('holds, as the module builds it, the twelve ASCOF measures it names, each by a wording a report prints', async () => {
    const measures = await fresh('@/lib/view/measures', measuresModule);
    const codes = measures.MEASURES.map((e) => /^ASCOF measure (\S+) \(.+\)$/.exec(e.source)?.[1]);
    expect([...new Set(codes)]).toEqual(['1B', '1C(2A)', '1I(1)', '2B(1)', '2B(2)', '2D', '3A', '3B', '3C', '3D(1)', '3D(2)', '4A']);
    expect(measures.MEASURES.every((e) => e.direction === 'higher-is-better')).toBe(true);
    // A reviewed source may give lower-is-better; the schema takes it, though no entry has it yet.
    expect(measures.MeasureEntrySchema.parse({ wording: 'people who did not feel safe', direction: 'lower-is-better', source: 'a reviewed source' }).direction).toBe('lower-is-better');
    const printed = new Set(sourceReports().flatMap((report) => metricsOf(report).map((m) => measures.measureEntry(m, report.authority))));
    expect(measures.MEASURES.filter((e) => !printed.has(e)).map((e) => e.wording)).toEqual([]);
    // A place name's runs start and end with a word whose first letter is a capital, not one with a capital inside.
    expect(measures.placeNames('Borough of aBC')).toEqual(['Borough']);
    expect(measures.placeNames('London Borough of Harrow')).toContain('Borough of Harrow');
  });

  it('reads a wording a table holds twice by its first entry', () => {
    const table: MeasureEntry[] = [
      { wording: 'people who felt safe', direction: 'lower-is-better', source: 'first' },
      { wording: 'People who felt  safe', direction: 'higher-is-better', source: 'second' },
    ];
    expect(measureEntry('people who felt safe', HARROW, table)?.source).toBe('first');
  });

  it('has no wording twice and a source for every entry', () => {
    const wordings = MEASURES.map((e) => normaliseMeasure(e.wording));
    expect(new Set(wordings).size).toBe(wordings.length);
    expect(MEASURES.every((e) => e.source.length > 10)).toBe(true);
  });

  it('names a council\'s place by any run of its name\'s words that starts and ends with a capital', () => {
    expect(placeNames('London Borough of Harrow')).toEqual(['London', 'London Borough', 'London Borough of Harrow', 'Borough', 'Borough of Harrow', 'Harrow']);
    expect(placeNames('Royal Borough of Kingston upon Thames')).toContain('Kingston upon Thames');
    expect(placeNames('Royal Borough of Kingston upon Thames')).not.toContain('upon Thames');
    expect(placeNames('Royal Borough of Kingston upon Thames')).not.toContain('Kingston upon');
    expect(placeNames(' Hertfordshire  County Council ').map(normaliseMeasure)).toEqual(['hertfordshire', 'hertfordshire county', 'hertfordshire county council', 'county', 'county council', 'council']);
    expect(placeNames('lower case only')).toEqual([]);
  });

  it('recognises a measure whose wording names the place in any council\'s report, by that council\'s own name only', () => {
    expect(measureEntry('People who used services in Kingston upon Thames felt safe', 'Royal Borough of Kingston upon Thames')?.source).toMatch(/^ASCOF measure 4A /);
    expect(measureEntry('carers in Hertfordshire were satisfied with social services', 'Hertfordshire County Council')?.source).toMatch(/^ASCOF measure 3B /);
    expect(measureEntry('eligible people in Harrow had chosen to take a direct payment', HARROW)?.source).toMatch(/^ASCOF measure 1C\(2A\) /);
    // Another council's name, or words that are not a name at all, cannot stand for the place.
    expect(measureEntry('carers in Harrow were satisfied with social services', 'Hertfordshire County Council')).toBeNull();
    expect(measureEntry('carers in the area were satisfied with social services', 'Hertfordshire County Council')).toBeNull();
    expect(measureEntry('carers in Hertfordshire were not satisfied with social services', 'Hertfordshire County Council')).toBeNull();
    // A wording that names no place is recognised whatever the council's name, even one with no capital.
    expect(measureEntry('people felt they had control over their daily life', 'lower case only')?.source).toMatch(/^ASCOF measure 1B /);
  });
});
