import { describe, expect, it } from 'vitest';
import { overallScore } from '@/lib/assessment';

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
    expect(() => overallScore([])).toThrow(RangeError);
  });
});
