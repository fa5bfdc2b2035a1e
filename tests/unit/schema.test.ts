import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cqcRating, firstIssue, labelOf, printedOverallScore, publishedDate, score } from '@/lib/assessment';

describe('score()', () => {
  it.each([1, 2, 3, 4])('accepts %i', (value) => {
    expect(score().parse(value)).toBe(value);
  });

  it.each([0, 5, 7, 2.5, -1])('refuses %d with a message that gives the range', (value) => {
    const result = score().safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('expected a score from 1 to 4');
  });
});

describe('labelOf()', () => {
  it('gives CQC\'s label for each score', () => {
    expect([1, 2, 3, 4].map(labelOf)).toEqual([
      'Evidence shows significant shortfalls',
      'Evidence shows some shortfalls',
      'Evidence shows a good standard',
      'Evidence shows an exceptional standard',
    ]);
  });

  it('refuses a score CQC does not give, naming it', () => {
    expect(() => labelOf(5)).toThrow(new RangeError('CQC gives no label to a score of 5'));
  });
});

describe('cqcRating()', () => {
  it.each(['Outstanding', 'Good', 'Requires improvement', 'Inadequate'])('accepts "%s"', (rating) => {
    expect(cqcRating().parse(rating)).toBe(rating);
  });

  it.each(['Requires Improvement', 'Excellent', ''])('refuses "%s", listing the four ratings', (rating) => {
    const result = cqcRating().safeParse(rating);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('expected one of Outstanding, Good, Requires improvement, Inadequate');
  });
});

describe('publishedDate()', () => {
  it.each([
    ['16 August 2024', '2024-08-16'],
    ['1 March 2025', '2025-03-01'],
    ['29 February 2024', '2024-02-29'],
    ['3 january 2025', '2025-01-03'],
    [' 9 December 2023 ', '2023-12-09'],
    ['16\u00A0August  2024', '2024-08-16'],
    ['16\tAugust\t2024', '2024-08-16'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(publishedDate().parse(text)).toBe(iso);
  });

  it.each(['31 February 2024', '29 February 2023', '16 Augst 2024', '2024-08-16', '16 August', ''])('refuses "%s"', (text) => {
    const result = publishedDate().safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'custom', message: 'expected a date such as "16 August 2024"' });
  });
});

describe('printedOverallScore()', () => {
  it.each([25, 59, 67, 100])('accepts %i', (value) => {
    expect(printedOverallScore().parse(value)).toBe(value);
  });

  it.each([0, 3, 24, 101, 66.7])('refuses %d: every score 1 is 25%, every score 4 is 100%', (value) => {
    const result = printedOverallScore().safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('expected a whole percentage from 25 to 100');
  });
});

describe('firstIssue()', () => {
  it('is the first issue of a failed parse, with its path and message', () => {
    const result = z.object({ rating: cqcRating(), score: score() }).safeParse({ rating: 'Fine', score: 7 });
    expect(result.success).toBe(false);
    const issue = result.error && firstIssue(result.error);
    expect(issue?.path).toEqual(['rating']);
    expect(issue?.message).toBe('expected one of Outstanding, Good, Requires improvement, Inadequate');
  });

  it('is a plain "invalid" at no path for an error with no issue, which zod never gives', () => {
    expect(firstIssue(new z.ZodError([]))).toEqual({ path: [], message: 'invalid' });
  });
});
