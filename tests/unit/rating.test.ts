import { describe, expect, it } from 'vitest';
import { overallScore } from '@/lib/assessment';
import { bandOf } from '@/lib/assessment/rating';

const nine = (total: number) => {
  const scores = Array<number>(9).fill(1);
  for (let extra = total - 9, i = 0; extra > 0; i = (i + 1) % 9) {
    if ((scores[i] ?? 4) < 4) { scores[i] = (scores[i] ?? 1) + 1; extra--; }
  }
  return scores;
};

describe('overallScore()', () => {
  it('works out Harrow\'s scores as 21 of 36, 58.3% rounded up to 59%, requires improvement, two points short of good', () => {
    const overall = overallScore([2, 2, 3, 2, 3, 2, 2, 2, 3]);
    expect(overall).toEqual({
      total: 21, maximum: 36, statements: 9, percentage: (100 * 21) / 36, roundedPercentage: 59,
      rating: 'Requires improvement', band: { min: 39, max: 62 }, next: { rating: 'Good', pointsShort: 2 },
    });
  });

  it.each([
    { total: 9, percent: 25, rating: 'Inadequate' },
    { total: 13, percent: 37, rating: 'Inadequate' },
    { total: 14, percent: 39, rating: 'Requires improvement' },
    { total: 22, percent: 62, rating: 'Requires improvement' },
    { total: 23, percent: 64, rating: 'Good' },
    { total: 31, percent: 87, rating: 'Good' },
    { total: 32, percent: 89, rating: 'Outstanding' },
    { total: 36, percent: 100, rating: 'Outstanding' },
  ])('places $total of 36 at $percent percent, $rating', ({ total, percent, rating }) => {
    const overall = overallScore(nine(total));
    expect(overall.total).toBe(total);
    expect(overall.roundedPercentage).toBe(percent);
    expect(overall.rating).toBe(rating);
  });

  it('rounds up as CQC prints its scores: 25 of 36 is 69.4%, printed 70; 28 of 36 is 77.8%, printed 78; 27 of 36 is 75 exactly', () => {
    expect(overallScore(nine(25)).roundedPercentage).toBe(70);
    expect(overallScore(nine(28)).roundedPercentage).toBe(78);
    expect(overallScore(nine(27)).roundedPercentage).toBe(75);
    expect(overallScore(nine(32)).roundedPercentage).toBe(89);
  });

  it('rounds up before placing: 12 of 32 is 37.5%, read as 38%, inadequate; 25 of 32 is 78.1%, read as 79%, good', () => {
    expect(overallScore([2, 2, 2, 1, 1, 1, 2, 1])).toMatchObject({ maximum: 32, roundedPercentage: 38, rating: 'Inadequate' });
    expect(overallScore([3, 3, 3, 3, 3, 3, 3, 4])).toMatchObject({ roundedPercentage: 79, rating: 'Good' });
  });

  it('counts only the statements assessed: eight scores of 3 are 75%, good, four points short of outstanding', () => {
    expect(overallScore(Array<number>(8).fill(3))).toMatchObject({
      total: 24, maximum: 32, roundedPercentage: 75, rating: 'Good', next: { rating: 'Outstanding', pointsShort: 4 },
    });
  });

  it('has no next band above outstanding', () => {
    expect(overallScore([4, 4, 4]).next).toBeNull();
  });

  it('refuses an empty list', () => {
    expect(() => overallScore([])).toThrow(new RangeError('no quality statement scores to combine'));
  });
});

/** Every combination of `n` scores of 1-4, order aside (a multiset is enough: the method adds them). */
function combinations(n: number, lowest = 1): number[][] {
  if (n === 0) return [[]];
  const found: number[][] = [];
  for (let score = lowest; score <= 4; score++) for (const rest of combinations(n - 1, score)) found.push([score, ...rest]);
  return found;
}

/** The bands in integers alone, independent of the code: a percentage rounded up is at most 38 when 100 x total <= 38 x maximum. */
function ratingByIntegers(total: number, maximum: number): string {
  if (100 * total <= 38 * maximum) return 'Inadequate';
  if (100 * total <= 62 * maximum) return 'Requires improvement';
  if (100 * total <= 87 * maximum) return 'Good';
  return 'Outstanding';
}

const BANDS: Record<string, [number, number]> = { Inadequate: [25, 38], 'Requires improvement': [39, 62], Good: [63, 87], Outstanding: [88, 100] };

describe('overallScore() on every combination of scores for 1 to 9 statements', () => {
  for (let n = 1; n <= 9; n++) {
    const all = combinations(n);
    it(`rates each of the ${all.length} combinations of ${n} scores by the band its rounded-up percentage falls in`, () => {
      for (const scores of all) {
        const total = scores.reduce((a, b) => a + b, 0);
        const overall = overallScore(scores);
        expect({ scores, rating: overall.rating }).toEqual({ scores, rating: ratingByIntegers(total, 4 * n) });
        expect(overall.roundedPercentage).toBe(Math.ceil((100 * total) / (4 * n)));
        expect(overall.roundedPercentage).toBeGreaterThanOrEqual(25);
        expect(overall.roundedPercentage).toBeLessThanOrEqual(100);
        expect(overall.band).toEqual({ min: BANDS[overall.rating]?.[0], max: BANDS[overall.rating]?.[1] });
      }
    });
  }

  it('tries 714 combinations in all and reaches each of the four ratings', () => {
    const all = Array.from({ length: 9 }, (_, i) => combinations(i + 1)).flat();
    expect(all).toHaveLength(714);
    expect(new Set(all.map((s) => overallScore(s).rating))).toEqual(new Set(Object.keys(BANDS)));
  });

  it('gives the same band whether the percentage is rounded up or to the nearest, for every combination', () => {
    const bandOfPercent = (p: number) => Object.entries(BANDS).find(([, [min, max]]) => p >= min && p <= max)?.[0];
    for (let n = 1; n <= 9; n++) {
      for (const scores of combinations(n)) {
        const exact = (100 * scores.reduce((a, b) => a + b, 0)) / (4 * n);
        expect({ scores, band: bandOfPercent(Math.round(exact)) }).toEqual({ scores, band: overallScore(scores).rating });
      }
    }
  });

  it('says how many more points reach the next band, and fewer do not, for every combination', () => {
    for (let n = 1; n <= 9; n++) {
      for (const scores of combinations(n)) {
        const { total, maximum, next } = overallScore(scores);
        if (!next) continue;
        expect(ratingByIntegers(total + next.pointsShort, maximum)).toBe(next.rating);
        expect(ratingByIntegers(total + next.pointsShort - 1, maximum)).not.toBe(next.rating);
      }
    }
  });
});

describe('the edges of CQC\'s bands', () => {
  for (const { edge, scores, percent, rating } of [
    { edge: '25%, the floor: every score 1', scores: [1, 1, 1, 1, 1, 1, 1, 1, 1], percent: 25, rating: 'Inadequate' },
    { edge: '38%, the top of inadequate: 12 of 32 = 37.5%', scores: [2, 2, 2, 2, 1, 1, 1, 1], percent: 38, rating: 'Inadequate' },
    { edge: '39%, the bottom of requires improvement: 14 of 36 = 38.9%', scores: [2, 2, 2, 2, 2, 1, 1, 1, 1], percent: 39, rating: 'Requires improvement' },
    { edge: '62%, the top of requires improvement: 22 of 36 = 61.1%', scores: [3, 3, 3, 3, 2, 2, 2, 2, 2], percent: 62, rating: 'Requires improvement' },
    { edge: '63%, the bottom of good: 5 of 8 = 62.5%', scores: [3, 2], percent: 63, rating: 'Good' },
    { edge: '87%, the top of good: 31 of 36 = 86.1%', scores: [4, 4, 4, 4, 3, 3, 3, 3, 3], percent: 87, rating: 'Good' },
    { edge: '88%, the bottom of outstanding: 7 of 8 = 87.5%', scores: [4, 3], percent: 88, rating: 'Outstanding' },
  ]) {
    it(`places ${edge} at ${percent}%, ${rating}`, () => {
      expect(overallScore(scores)).toMatchObject({ roundedPercentage: percent, rating });
    });
  }

  it('refuses a score outside 1-4 with a RangeError, a caller\'s mistake the parser never makes', () => {
    for (const wrong of [[0], [5], [2.5], [3, Number.NaN]]) expect(() => overallScore(wrong)).toThrow(RangeError);
    expect(() => overallScore([3, 5, 2])).toThrow(new RangeError('a quality statement score is 1, 2, 3 or 4, not 5'));
    // Refused as a score, not only for lack of a band: three 4s and a 0 would be 75%.
    expect(() => overallScore([4, 4, 4, 0])).toThrow(new RangeError('a quality statement score is 1, 2, 3 or 4, not 0'));
  });

  it('places each whole percentage from 25 to 100 in its band, and refuses one above 100 with a RangeError naming it', () => {
    expect([25, 38, 39, 62, 63, 87, 88, 100].map((percent) => bandOf(percent).rating)).toEqual([
      'Inadequate', 'Inadequate', 'Requires improvement', 'Requires improvement', 'Good', 'Good', 'Outstanding', 'Outstanding',
    ]);
    expect(() => bandOf(101)).toThrow(new RangeError('no CQC rating band holds 101%'));
  });
});
