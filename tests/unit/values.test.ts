import { describe, expect, it } from 'vitest';
import { ConsistencyError, ValueError } from '@/lib/assessment';
import { readPublished, readScore, readScoreLabel } from '@/lib/assessment/values';

const line = (text: string) => ({ kind: 'line' as const, text, line: 4 });
const about = 'quality statement "Safeguarding"';

describe('readScore()', () => {
  it('reads "Score: 3" and "Score 3" as 3', () => {
    expect([readScore('t.txt', line('Score: 3'), about), readScore('t.txt', line('Score 3'), about)]).toEqual([3, 3]);
  });

  it('refuses a number with anything before or after it as no score line', () => {
    for (const text of ['Score: 2x', 'Score: x2', 'Score: 2 of 4']) {
      expect(() => readScore('t.txt', line(text), about)).toThrow(
        new ValueError('t.txt', 4, `${about}: expected a score line such as "Score: 2", found "${text}"`, text));
    }
  });

  it('refuses a number of two digits as a score out of range, not a malformed line', () => {
    expect(() => readScore('t.txt', line('Score: 12'), about)).toThrow(/^t\.txt:4: quality statement "Safeguarding": expected a score from 1 to 4, found "Score: 12"$/);
  });
});

describe('readScoreLabel()', () => {
  it('refuses the label of the score given under another number', () => {
    const attempt = () => readScoreLabel('t.txt', line('3 - Evidence shows some shortfalls'), about, 2, 3);
    expect(attempt).toThrow(ConsistencyError);
    expect(attempt).toThrow(/expected the label of score 2 \(at line 3\), "2 - Evidence shows some shortfalls", found "3 - Evidence shows some shortfalls"$/);
  });
});

describe('readPublished()', () => {
  it('reads the date with or without a colon, and with any spaces around it', () => {
    for (const text of ['Assessment published: 16 August 2024', 'Assessment published 16 August 2024', 'Assessment published:16 August 2024', 'Assessment published : 16 August 2024']) {
      expect(readPublished('t.txt', line(text))).toBe('2024-08-16');
    }
  });

  it('refuses the words anywhere but at the start of the line', () => {
    expect(() => readPublished('t.txt', line('Date of the assessment published: 16 August 2024'))).toThrow(
      /^t\.txt:4: expected "Assessment published: <date>", found "Date of the assessment published: 16 August 2024"$/);
  });
});
