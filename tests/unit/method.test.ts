import { describe, expect, it } from 'vitest';
import { ConsistencyError, ContentError, RATINGS, StructureError, overallScore, parseAssessment } from '@/lib/assessment';
import { checkOverallScore, checkRating } from '@/lib/assessment/validate';
import { generatedReport } from './generate';

/** Every combination of `n` scores of 1-4, order aside. */
function combinations(n: number, lowest = 1): number[][] {
  if (n === 0) return [[]];
  const found: number[][] = [];
  for (let score = lowest; score <= 4; score++) for (const rest of combinations(n - 1, score)) found.push([score, ...rest]);
  return found;
}

function errorOf(text: string): unknown {
  try {
    parseAssessment(text, 'generated.txt');
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('the parser\'s rating and overall score checks, on every combination of scores for 1 to 9 statements', () => {
  for (let n = 1; n <= 9; n++) {
    it(`accepts the right rating and printed score, and refuses a neighbouring band's rating and a score one off, each at its line (${n} statements)`, () => {
      for (const scores of combinations(n)) {
        const { rating, roundedPercentage: percent } = overallScore(scores);
        const right = generatedReport(scores, rating, `Score: ${percent}`);
        expect(parseAssessment(right.text, 'generated.txt')).toMatchObject({ rating, overallScore: percent });
        // The neighbouring band is the likeliest slip; rating.test.ts checks every band against every combination.
        const index = RATINGS.indexOf(rating);
        const neighbour = RATINGS[index === 0 ? 1 : index - 1] ?? rating;
        const error = errorOf(generatedReport(scores, neighbour, `Score: ${percent}`).text);
        expect(error).toBeInstanceOf(ConsistencyError);
        expect(error instanceof ContentError && error.line).toBe(right.lines.rating);
        const off = generatedReport(scores, rating, `Score: ${percent === 100 ? 99 : percent + 1}`);
        const offError = errorOf(off.text);
        expect(offError).toBeInstanceOf(ConsistencyError);
        expect(offError instanceof ContentError && offError.line).toBe(off.lines.overallScore);
      }
    });
  }
});

describe('a report with no scores', () => {
  it('is a StructureError at the score list, never a RangeError from the method', () => {
    const lines = { title: 1, published: 3, rating: 5, overallScore: null, scores: 7 };
    expect(() => checkRating('empty.txt', { rating: 'Good', overallScore: null, themes: [], lines })).toThrow(StructureError);
    expect(() => checkOverallScore('empty.txt', { rating: 'Good', overallScore: 75, themes: [], lines: { ...lines, overallScore: 6 } })).toThrow(
      /^empty\.txt:7: expected at least one quality statement score, found none$/);
  });
});
