import { describe, expect, it } from 'vitest';
import type { Comparison } from '@/lib/assessment';
import { comparisonAnchor, findingAnchor, overviewTextSections, paragraphAnchor, paragraphId, scoped, sourceAnchor } from '@/lib/view/anchors';
import { SIMILAR_BAND, comparisonRows, differenceOf, directionOf, judge, measureLabel, polarityOf } from '@/lib/view/comparisons';
import { formatDate } from '@/lib/view/format';
import { findSection, sectionSlugs } from '@/lib/view/navigation';
import { bandPosition, overallView, pointsShortText } from '@/lib/view/overall';
import { parseHarrow, statementOf } from './helpers';

const harrow = parseHarrow();
const figure = (valueText: string, englandAverageText: string) => ({
  valueText, englandAverageText, value: Number.parseFloat(valueText), englandAverage: Number.parseFloat(englandAverageText),
});

describe('differenceOf()', () => {
  it.each([
    ['56.10%', '61.21%', -5.11, '\u22125.11'],
    ['67.66%', '57.14%', 10.52, '+10.52'],
    ['40%', '28.14%', 11.86, '+11.86'],
    ['12.5%', '10.76%', 1.74, '+1.74'],
    ['75%', '80.51%', -5.51, '\u22125.51'],
    ['29.27%', '36.27%', -7, '\u22127.00'],
    ['20%', '20%', 0, '0'],
  ])('%s against %s is %d points, written "%s"', (value, england, difference, text) => {
    expect(differenceOf(figure(value, england))).toEqual({ difference, differenceText: text });
  });
});

describe('directionOf() and the "similar" band', () => {
  it(`calls a gap under ${SIMILAR_BAND} points either way similar`, () => {
    expect([directionOf(1.99), directionOf(-1.99), directionOf(0)]).toEqual(['similar', 'similar', 'similar']);
  });

  it('calls 2 points or more above or below', () => {
    expect([directionOf(2), directionOf(-2), directionOf(10.52)]).toEqual(['above', 'below', 'above']);
  });
});

describe('polarityOf() and judge()', () => {
  it('knows that fewer carers out of work because of caring is better', () => {
    expect(polarityOf('carers living in Harrow were not in paid employment because of caring responsibilities')).toBe('lower-is-better');
    expect(judge('above', 'lower-is-better')).toBe('worse');
    expect(judge('below', 'lower-is-better')).toBe('better');
  });

  it('knows that more satisfied people is better', () => {
    expect(polarityOf('the people surveyed who lived in Harrow were satisfied with the care and support they received')).toBe('higher-is-better');
    expect(judge('above', 'higher-is-better')).toBe('better');
  });

  it('does not judge a measure whose wording does not say which way is better', () => {
    expect(polarityOf('people contacted the council by telephone')).toBe('unknown');
    expect(judge('above', 'unknown')).toBe('not judged');
    expect(judge('similar', 'unknown')).toBe('similar');
  });

  it('knows which way is better for every Harrow figure', () => {
    const all = harrow.themes.flatMap((t) => t.statements.flatMap((s) => s.comparisons));
    expect(all.filter((c) => polarityOf(c.metric) === 'unknown').map((c) => c.metric)).toEqual([]);
    expect(all.filter((c) => polarityOf(c.metric) === 'lower-is-better').map((c) => c.value)).toEqual([40]);
  });
});

describe('comparisonRows()', () => {
  it('shows a figure printed twice once: Care provision has 8 comparisons and 5 rows', () => {
    const statement = statementOf(harrow, 'care-provision-integration-and-continuity');
    expect(statement.comparisons).toHaveLength(8);
    const rows = comparisonRows(statement.comparisons);
    expect(rows.map((r) => [r.comparison.valueText, r.differenceText, r.direction, r.judgement])).toEqual([
      ['68.56%', '\u22121.25', 'similar', 'similar'],
      ['12.5%', '+1.74', 'similar', 'similar'],
      ['24.41%', '+10.85', 'above', 'better'],
      ['23.40%', '+3.32', 'above', 'better'],
      ['49.65%', '\u22124.07', 'below', 'worse'],
    ]);
  });

  it('judges Harrow: 5 figures better, 14 worse, 7 similar', () => {
    const rows = harrow.themes.flatMap((t) => t.statements.flatMap((s) => comparisonRows(s.comparisons)));
    const count = (j: string) => rows.filter((r) => r.judgement === j).length;
    expect([rows.length, count('better'), count('worse'), count('similar')]).toEqual([26, 5, 14, 7]);
  });
});

describe('anchors', () => {
  const statement = statementOf(harrow, 'assessing-needs');
  const [first, second] = statement.comparisons as [Comparison, Comparison];

  it('names a finding by its heading\'s slug', () => {
    expect(findingAnchor({ slug: 'making-safeguarding-personal' })).toBe('making-safeguarding-personal');
  });

  it('refuses a comparison whose finding or paragraph is not in the statement, naming its line', () => {
    expect(() => sourceAnchor(statement, { ...first, finding: 'no-such-finding' })).toThrow(`comparison at line ${first.line} is not in finding "no-such-finding"`);
    expect(() => sourceAnchor(statement, { ...first, line: 1 })).toThrow(`comparison at line 1 is not in finding "${first.finding}"`);
  });

  it('names a paragraph by its finding and its place in it', () => {
    expect(paragraphAnchor({ slug: 'direct-payments' }, 0)).toBe('direct-payments-p1');
    expect(sourceAnchor(statement, first)).toBe('assessment-care-planning-and-review-arrangements-p5');
  });

  it('names each figure of a paragraph by its place in the paragraph', () => {
    expect(comparisonAnchor(statement, first)).toBe('assessment-care-planning-and-review-arrangements-p5-figure-1');
    expect(comparisonAnchor(statement, second)).toBe('assessment-care-planning-and-review-arrangements-p5-figure-2');
  });

  it('names the overview\'s sections and their paragraphs, in reading order, for the page and the search index alike', () => {
    expect(overviewTextSections(harrow).map(({ id, section }) => [id, section.heading, section.paragraphs.length])).toEqual([
      ['peoples-experiences', 'Summary of people\'s experiences', 4],
      ['strengths', 'Summary of strengths, areas for development and next steps', 11],
      ['demographics', 'Demographics', 3],
    ]);
    expect(paragraphId('strengths', 0)).toBe('strengths-p1');
    expect(paragraphId('demographics', 2)).toBe('demographics-p3');
    expect(overviewTextSections({ peoplesExperiences: null, strengthsAndNextSteps: harrow.strengthsAndNextSteps, about: null }).map((s) => s.id)).toEqual(['strengths']);
  });

  it('scopes ids by statement on a theme page', () => {
    expect(scoped('safeguarding', 'key-findings')).toBe('safeguarding--key-findings');
    expect(scoped(undefined, 'key-findings')).toBe('key-findings');
  });
});

describe('overall score view', () => {
  it('puts Harrow at 59% (58.3 rounded up), in the upper part of requires improvement, two points short of good', () => {
    const overall = overallView(harrow);
    expect(overall.roundedPercentage).toBe(59);
    expect(overall.positionInBand).toBeCloseTo(20 / 23);
    expect(overall.half).toBe('upper');
    expect(pointsShortText(overall.next)).toBe('two points short of good');
  });

  it('reads the bottom of a band as its lower part', () => {
    expect(bandPosition(39, { min: 39, max: 62 })).toEqual({ positionInBand: 0, half: 'lower' });
    expect(bandPosition(63, { min: 63, max: 87 }).half).toBe('lower');
  });

  it('words a single point and says nothing above outstanding', () => {
    expect(pointsShortText({ rating: 'Good', pointsShort: 1 })).toBe('one point short of good');
    expect(pointsShortText(null)).toBeNull();
  });
});

describe('navigation', () => {
  it('lists 4 theme and 9 statement addresses', () => {
    expect(sectionSlugs(harrow)).toHaveLength(13);
    expect(sectionSlugs(harrow)).toContain('providing-support');
  });

  it('finds a statement with its theme and neighbours across themes', () => {
    const found = findSection(harrow, 'care-provision-integration-and-continuity');
    expect(found?.kind).toBe('statement');
    if (found?.kind !== 'statement') return;
    expect([found.theme.number, found.previous?.slug, found.next?.slug]).toEqual([2, 'equity-in-experience-and-outcomes', 'partnerships-and-communities']);
  });

  it('finds nothing at an unknown address', () => {
    expect(findSection(harrow, 'no-such-page')).toBeUndefined();
  });
});

describe('measureLabel() and formatDate()', () => {
  it('capitalises a measure and writes a date as readers do', () => {
    expect(measureLabel('carers felt safe')).toBe('Carers felt safe');
    expect(formatDate('2024-08-16')).toBe('16 August 2024');
  });
});
