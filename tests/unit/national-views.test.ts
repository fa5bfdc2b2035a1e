import { describe, expect, it } from 'vitest';
import { STATEMENTS } from '@/lib/framework';
import { councilContext, nationalEntries, statementDistribution, type CouncilContext, type GroupCounts } from '@/lib/national';
import { buildCouncils, parseRegister } from '@/lib/register';
import { RATING_BANDS } from '@/lib/assessment';
import {
  councilsScoring, councilsText, groupLabel, groupShareText, overallBandText, overallSourceText, ratingMemberText, ratingShareText, statementShareText,
} from '@/lib/view/council-context';
import { bandSpans, histogram, horizontalBars, stackedBar } from '@/lib/view/national-charts';
import { HARROW_FILE, parseHarrow, readText } from './helpers';
import { checkAgainst, councilsOf, englandCouncils } from './register-helpers';

const REGISTER = 'content/cqc-local-authority-ratings.csv';
const harrowReport = { file: HARROW_FILE, assessment: parseHarrow() };
const entries = nationalEntries(councilsOf(parseRegister(readText(REGISTER), REGISTER).rows, [harrowReport]).councils);

function contextOf(slug: string): CouncilContext {
  const context = councilContext(entries, slug, englandCouncils());
  if (!context) throw new Error(`no context for ${slug}`);
  return context;
}

describe('who is counted', () => {
  it('counts no council that has a full report but no register row', () => {
    const reportOnly = councilsOf([], [harrowReport]).councils;
    expect(reportOnly.filter((c) => c.report)).toHaveLength(1);
    expect(nationalEntries(reportOnly)).toEqual([]);
    expect(councilContext(nationalEntries(reportOnly), 'london-borough-of-harrow', englandCouncils())).toBeUndefined();
  });
});

describe('Harrow among the 72, in words', () => {
  // Each test works its figures out as it runs: a mutant is active only while a test runs.
  const harrowContext = () => contextOf('london-borough-of-harrow');

  it('counts the assessment of August 2024, Harrow\'s only row', () => {
    const harrow = harrowContext();
    expect(harrow.published).toBe('2024-08');
  });

  it('says 21 of 72 councils were rated requires improvement, Harrow among them', () => {
    const harrow = harrowContext();
    expect(ratingShareText(harrow)).toBe('21 of 72 councils were rated requires improvement');
    expect(ratingMemberText(harrow, 'London Borough of Harrow')).toBe(', London Borough of Harrow among them');
  });

  it('places its 59% in CQC\'s band, saying whose figure it is', () => {
    const harrow = harrowContext();
    const band = RATING_BANDS.find((b) => b.rating === harrow.band);
    expect(overallBandText(harrow, band))
      .toBe('59%, calculated by this site from CQC\'s scores (21 of 36, rounded up as CQC rounds), in the band CQC\'s method rates requires improvement (39% to 62%)');
    if (!harrow.overall) throw new Error('no overall figure');
    expect(overallSourceText(harrow.overall)).toBe('calculated by this site from CQC\'s scores (21 of 36, rounded up as CQC rounds)');
  });

  it('counts it among London boroughs and in London, naming each set and how many England has', () => {
    const [, type, region] = harrowContext().groups;
    if (!type || !region) throw new Error('no groups');
    const same = (g: typeof type) => g.ratings.find((r) => r.rating === 'Requires improvement')?.councils;
    expect(groupShareText(type, 'Requires improvement')).toEqual({
      before: 'Among ', name: 'London boroughs',
      after: `, ${same(type)} of the ${type.councils} whose result this site holds were rated requires improvement (England has ${type.inEngland})`,
    });
    expect(groupShareText(region, 'Requires improvement')).toEqual({
      before: 'In ', name: 'London', after: `, ${same(region)} of the ${region.councils} whose result this site holds were rated requires improvement (${region.inEngland} in all)`,
    });
    expect(groupShareText({ ...region, ratings: [] }, null).after).toBe(`, this site holds the results of ${region.councils} councils (${region.inEngland} in all)`);
    expect([type, region].map((g) => groupLabel(g.group))).toEqual([
      { text: 'London boroughs', href: '/type/london-borough' }, { text: 'Councils in London', href: '/region/london' },
    ]);
    expect(groupLabel({ kind: 'all' })).toEqual({ text: 'All councils', href: null });
    expect(groupLabel({ kind: 'region', region: 'South West' }).text).toBe('Councils in the South West');
    expect(groupLabel({ kind: 'type', type: 'other' }).text).toBe('Councils of their own kind');
  });

  it('says how many councils scored 2 on assessing needs, as Harrow did', () => {
    const harrow = harrowContext();
    const first = harrow.statements[0];
    if (!first) throw new Error('no statement');
    expect(statementShareText('London Borough of Harrow', first.score, first.distribution, harrow.councils))
      .toBe('51 of 72 councils scored 2 on assessing needs, London Borough of Harrow among them');
    expect(councilsScoring(first.distribution, 3)).toBe(20);
  });
});

describe('the edges of the wording', () => {
  const blackpoolContext = () => contextOf('blackpool-council');

  it('names the only council with a rating instead of saying it is among them', () => {
    const blackpool = blackpoolContext();
    expect(ratingShareText(blackpool)).toBe('1 of 72 councils was rated inadequate');
    expect(ratingMemberText(blackpool, 'Blackpool Council')).toBe(': Blackpool Council');
  });

  it('says a score is not recorded where it is not known, and the table counts it as not known', () => {
    expect(overallBandText({ overall: null }, undefined)).toBe('not recorded: no source gives CQC\'s figure, and not every score is known, so this site does not work it out; the table counts it as not known');
    const blackpool = blackpoolContext();
    expect(overallBandText(blackpool, undefined)).toContain('not recorded');
  });

  it('writes "was" for one council of a set, and names a region with its article', () => {
    const [, type] = blackpoolContext().groups;
    if (!type) throw new Error('no group');
    const one: GroupCounts = { ...type, group: { kind: 'region', region: 'North East' }, councils: 3, inEngland: 12, ratings: [{ rating: 'Inadequate', councils: 1 }] };
    expect(groupShareText(one, 'Inadequate')).toEqual({
      before: 'In ', name: 'the North East', after: ', 1 of the 3 whose result this site holds was rated inadequate (12 in all)',
    });
  });

  it('counts a council whose rating is not recorded under no rating, and adds nothing after the count', () => {
    const durham = contextOf('durham-county-council');
    expect(ratingShareText(durham)).toBe('This council\'s rating is not recorded, so it is counted under no rating (72 councils in all)');
    expect(ratingMemberText(durham, 'County Durham')).toBe('');
  });

  it('treats a rating without its count, or a count without its rating, as not recorded', () => {
    const none = 'This council\'s rating is not recorded, so it is counted under no rating (5 councils in all)';
    expect(ratingShareText({ councils: 5, rating: 'Good', sameRating: null })).toBe(none);
    expect(ratingShareText({ councils: 5, rating: null, sameRating: 3 })).toBe(none);
  });

  it('counts no council for a score no council has', () => {
    const statement = STATEMENTS[0];
    if (!statement) throw new Error('no statement');
    expect(councilsScoring(statementDistribution(entries, statement), 4)).toBe(0);
    expect(councilsScoring(statementDistribution(entries, statement), 5)).toBe(0);
  });

  it('labels a printed percentage as CQC\'s', () => {
    expect(overallSourceText({ source: 'cqc', total: 24, maximum: 36 })).toBe('CQC\'s overall score, as CQC printed it');
  });

  it('says how many councils have a score on a statement the site holds none of the council\'s on', () => {
    const statement = STATEMENTS[2];
    if (!statement) throw new Error('no statement');
    const distribution = { ...statementDistribution(entries, statement), notAssessed: 2, notRecorded: 3 };
    expect(statementShareText('Fenwick City Council', null, distribution, 72))
      .toBe('This site holds no score of Fenwick City Council on equity in experience and outcomes; it holds one for 67 of 72 councils');
  });

  it('writes one council and many', () => {
    expect([councilsText(0), councilsText(1), councilsText(2)]).toEqual(['0 councils', '1 council', '2 councils']);
  });
});

describe('chart geometry', () => {
  it('draws bars in proportion to the largest, which fills the width', () => {
    const { bars, height } = horizontalBars([2, 47, 21, 1, 1], 188, 18, 8);
    expect(bars.map((b) => b.width)).toEqual([8, 188, 84, 4, 4]);
    expect(bars.map((b) => b.y)).toEqual([0, 26, 52, 78, 104]);
    expect(bars.map((b) => b.value)).toEqual([2, 47, 21, 1, 1]);
    expect(height).toBe(122);
  });

  it('gives zeros no length and an empty chart no height', () => {
    expect(horizontalBars([0, 0], 100, 10, 5).bars.map((b) => b.width)).toEqual([0, 0]);
    expect(horizontalBars([], 100, 10, 5).height).toBe(0);
  });

  it('stands histogram columns on the baseline at their percentage, the tallest filling the height', () => {
    const { columns, width } = histogram([{ percent: 34, councils: 1 }, { percent: 64, councils: 16 }, { percent: 101, councils: 3 }],
      { min: 25, max: 100, columnWidth: 5, height: 110 });
    expect(width).toBe(380);
    expect(columns).toEqual([
      { x: 45, y: 103.12, width: 5, height: 6.88, value: 1 },
      { x: 195, y: 0, width: 5, height: 110, value: 16 },
    ]);
  });

  it('keeps the columns from the first percentage to the last, both included, and none outside them', () => {
    const { columns } = histogram([24, 25, 100, 101].map((percent) => ({ percent, councils: 1 })), { min: 25, max: 100, columnWidth: 5, height: 10 });
    expect(columns.map((c) => c.x)).toEqual([0, 375]);
  });

  it('lays CQC\'s four bands along the axis, each as wide as its percentages', () => {
    expect(bandSpans({ min: 25, columnWidth: 5 })).toEqual([
      { rating: 'Inadequate', min: 25, x: 0, width: 70 },
      { rating: 'Requires improvement', min: 39, x: 70, width: 120 },
      { rating: 'Good', min: 63, x: 190, width: 125 },
      { rating: 'Outstanding', min: 88, x: 315, width: 65 },
    ]);
  });

  it('splits a stacked bar in proportion, left to right, and draws nothing for no councils', () => {
    expect(stackedBar([1, 51, 20, 0], 360)).toEqual([
      { x: 0, width: 5, value: 1, index: 0 },
      { x: 5, width: 255, value: 51, index: 1 },
      { x: 260, width: 100, value: 20, index: 2 },
      { x: 360, width: 0, value: 0, index: 3 },
    ]);
    expect(stackedBar([0, 0], 100).map((s) => [s.x, s.width])).toEqual([[0, 0], [0, 0]]);
  });
});
