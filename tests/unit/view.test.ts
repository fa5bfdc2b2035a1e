import { describe, expect, it } from 'vitest';
import type { Comparison } from '@/lib/assessment';
import { comparisonAnchor, findingAnchor, overviewTextSections, paragraphAnchor, paragraphId, scoped, sourceAnchor } from '@/lib/view/anchors';
import { comparisonRows, cqcWordingOf, differenceOf, directionText, gapText, measureLabel, sideOf } from '@/lib/view/comparisons';
import { formatDate } from '@/lib/view/format';
import { findSection, sectionSlugs } from '@/lib/view/navigation';
import { bandPosition, nextBandText, overallView, scoreHeadline } from '@/lib/view/overall';
import { parseAssessment } from '@/lib/assessment';
import { parseHarrow, readText, statementOf } from './helpers';

const harrow = parseHarrow();
const HOLMBURY = 'tests/fixtures/site/holmbury-borough-council.txt';
const holmbury = parseAssessment(readText(HOLMBURY), HOLMBURY);
const figure = (valueText: string, englandAverageText: string) => ({
  valueText, englandAverageText, value: Number.parseFloat(valueText), englandAverage: Number.parseFloat(englandAverageText),
});

describe('differenceOf()', () => {
  it.each([
    ['56.10%', '61.21%', -5.11, '\u22125.11', 2],
    ['67.66%', '57.14%', 10.52, '+10.52', 2],
    ['40%', '28.14%', 11.86, '+11.86', 2],
    ['12.5%', '10.76%', 1.74, '+1.74', 2],
    ['75%', '80.51%', -5.51, '\u22125.51', 2],
    ['29.27%', '36.27%', -7, '\u22127.00', 2],
    ['20.5%', '20.1%', 0.4, '+0.4', 1],
    ['20%', '20%', 0, '0', 0],
  ])('%s against %s is %d points, written "%s" to %d decimals', (value, england, difference, text, decimals) => {
    expect(differenceOf(figure(value, england))).toEqual({ difference, differenceText: text, decimals });
  });
});

describe('sideOf() and gapText(): which side of the England average, with no band of the site\'s own', () => {
  it('puts any difference at all on a side, however small, and none on neither', () => {
    expect([sideOf(0.01), sideOf(-0.01), sideOf(1.99), sideOf(0)]).toEqual(['above', 'below', 'above', 'level']);
  });

  it('says the difference in percentage points and the side in words', () => {
    expect(gapText(-5.11, 2)).toBe('5.11 percentage points below the England average');
    expect(gapText(10.52, 2)).toBe('10.52 percentage points above the England average');
    expect(gapText(1, 0)).toBe('1 percentage point above the England average');
    expect(gapText(-1, 2)).toBe('1.00 percentage points below the England average');
    expect(gapText(0, 2)).toBe('equal to the England average');
  });

  it('quotes CQC\'s own wording with "the England average", and gives nothing where the report has none', () => {
    expect(cqcWordingOf({ reportWording: 'similar to' })).toBe('similar to the England average');
    expect(cqcWordingOf({ reportWording: 'somewhat worse than' })).toBe('somewhat worse than the England average');
    expect(cqcWordingOf({ reportWording: null })).toBeNull();
  });
});

describe('comparisonRows()', () => {
  it('shows a figure printed twice once: Care provision has 8 comparisons and 5 rows, each as a fact', () => {
    const statement = statementOf(harrow, 'care-provision-integration-and-continuity');
    expect(statement.comparisons).toHaveLength(8);
    const rows = comparisonRows(statement.comparisons, harrow.authority);
    expect(rows.map((r) => [r.comparison.valueText, r.differenceText, r.side, r.gapText])).toEqual([
      ['68.56%', '\u22121.25', 'below', '1.25 percentage points below the England average'],
      ['12.5%', '+1.74', 'above', '1.74 percentage points above the England average'],
      ['24.41%', '+10.85', 'above', '10.85 percentage points above the England average'],
      ['23.40%', '+3.32', 'above', '3.32 percentage points above the England average'],
      ['49.65%', '\u22124.07', 'below', '4.07 percentage points below the England average'],
    ]);
  });

  it('puts Harrow\'s 26 figures 10 above and 16 below the England average, with no wording of CQC\'s to quote', () => {
    const rows = harrow.themes.flatMap((t) => t.statements.flatMap((s) => comparisonRows(s.comparisons, harrow.authority)));
    const count = (side: string) => rows.filter((r) => r.side === side).length;
    expect([rows.length, count('above'), count('below'), count('level')]).toEqual([26, 10, 16, 0]);
    expect(rows.filter((r) => r.cqcWording !== null)).toEqual([]);
  });

  it('gives each Holmbury figure CQC\'s wording, and the one level figure no side', () => {
    const rows = holmbury.themes.flatMap((t) => t.statements.flatMap((s) => comparisonRows(s.comparisons, holmbury.authority)));
    expect(rows.map((r) => r.cqcWording)).toEqual([
      'similar to the England average', 'slightly better than the England average', 'better than the England average',
      'somewhat worse than the England average', 'somewhat worse than the England average', 'better than the England average',
      'worse than the England average', 'slightly better than the England average', 'the same as the England average',
    ]);
    expect(rows.filter((r) => r.side === 'level').map((r) => [r.comparison.valueText, r.gapText])).toEqual([['61.20%', 'equal to the England average']]);
  });

  it('states a direction of "better" only from the measure table, naming its source', () => {
    const rows = comparisonRows(statementOf(harrow, 'safeguarding').comparisons, harrow.authority);
    expect(rows.map((r) => r.measure?.direction ?? null)).toEqual(['higher-is-better', null, null, null, null]);
    const [safe] = rows;
    expect(safe?.measure ? directionText(safe.measure) : null).toBe('This site matched the measure to ASCOF measure 4A (people who use services who feel safe), in which a higher figure is better.');
    expect(directionText({ wording: 'x', direction: 'lower-is-better', source: 'a source' })).toBe('This site matched the measure to a source, in which a lower figure is better.');
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
  it('puts Harrow at 59% (58.3 rounded up), in the upper part of requires improvement, 2 score points from good', () => {
    const overall = overallView(harrow);
    expect(overall.roundedPercentage).toBe(59);
    expect(overall.positionInBand).toBeCloseTo(20 / 23);
    expect(overall.half).toBe('upper');
    expect(nextBandText(overall)).toBe('2 more score points out of 36 would have reached Good');
  });

  it('leads with CQC\'s printed score where the report has one, and labels the site\'s calculation where it has none', () => {
    expect(scoreHeadline(holmbury)).toEqual({ by: 'cqc', text: 'CQC\'s overall score: 67 out of 100' });
    expect(scoreHeadline(harrow)).toEqual({ by: 'site', text: 'This site\'s calculation from CQC\'s scores: 21 of 36, 59%' });
    expect(nextBandText(overallView(holmbury))).toBe('8 more score points out of 36 would have reached Outstanding');
  });

  it('reads the bottom of a band as its lower part', () => {
    expect(bandPosition(39, { min: 39, max: 62 })).toEqual({ positionInBand: 0, half: 'lower' });
    expect(bandPosition(63, { min: 63, max: 87 }).half).toBe('lower');
    expect(bandPosition(75, { min: 63, max: 87 })).toEqual({ positionInBand: 0.5, half: 'upper' });
  });

  it('words a single score point and says nothing above outstanding', () => {
    expect(nextBandText({ next: { rating: 'Good', pointsShort: 1 }, maximum: 28 })).toBe('1 more score point out of 28 would have reached Good');
    expect(nextBandText({ next: null, maximum: 36 })).toBeNull();
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

  it('gives the first statement no previous one and the last no next one', () => {
    const first = findSection(harrow, 'assessing-needs');
    const last = findSection(harrow, 'learning-improvement-and-innovation');
    expect(first?.kind === 'statement' && [first.previous, first.next?.slug]).toEqual([null, 'supporting-people-to-live-healthier-lives']);
    expect(last?.kind === 'statement' && [last.previous?.slug, last.next]).toEqual(['governance-management-and-sustainability', null]);
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
