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
  it('works out Harrow\'s scores as 21 of 36, 58%, requires improvement, two points short of good', () => {
    const overall = overallScore([2, 2, 3, 2, 3, 2, 2, 2, 3]);
    expect(overall).toEqual({
      total: 21, maximum: 36, statements: 9, percentage: (100 * 21) / 36, roundedPercentage: 58,
      rating: 'Requires improvement', band: { min: 39, max: 62 }, next: { rating: 'Good', pointsShort: 2 },
    });
  });

  it.each([
    [9, 25, 'Inadequate'],
    [13, 36, 'Inadequate'],
    [14, 39, 'Requires improvement'],
    [22, 61, 'Requires improvement'],
    [23, 64, 'Good'],
    [31, 86, 'Good'],
    [32, 89, 'Outstanding'],
    [36, 100, 'Outstanding'],
  ])('places %i of 36 at %i%%, %s', (total, percent, rating) => {
    const overall = overallScore(nine(total));
    expect(overall.total).toBe(total);
    expect(overall.roundedPercentage).toBe(percent);
    expect(overall.rating).toBe(rating);
  });

  it('rounds half up before placing: 12 of 32 is 37.5%, read as 38%, inadequate; 25 of 32 is 78%, good', () => {
    expect(overallScore([2, 2, 2, 1, 1, 1, 2, 1])).toMatchObject({ maximum: 32, roundedPercentage: 38, rating: 'Inadequate' });
    expect(overallScore([3, 3, 3, 3, 3, 3, 3, 4])).toMatchObject({ roundedPercentage: 78, rating: 'Good' });
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
