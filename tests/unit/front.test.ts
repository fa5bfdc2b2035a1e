import { describe, expect, it } from 'vitest';
import { ConsistencyError, StructureError } from '@/lib/assessment';
import { toBlocks } from '@/lib/assessment/blocks';
import { readRatingBlock, readTitle } from '@/lib/assessment/front';
import { Reader } from '@/lib/assessment/reader';

/** A reader over `lines`, one block each, in a file named "test.txt", with the blocks it reads. */
function readerOf(lines: string[]) {
  const source = toBlocks(lines.join('\n\n'), 'test.txt');
  return { r: new Reader(source, 'test.txt'), blocks: source.blocks };
}

const SCILLY = 'Council of the Isles of Scilly';

describe('the overall score under the rating', () => {
  it('is read when the sentence names the authority with "The" in front, and "the" inside the name is kept', () => {
    const { r } = readerOf([SCILLY, 'Good', `The ${SCILLY} scored 70 out of 100 overall`]);
    expect(readRatingBlock(r, SCILLY)).toEqual({ rating: 'Good', ratingLine: 3, overallScore: 70, overallScoreLine: 5 });
  });

  it('is read however many spaces stand between its words', () => {
    const { r } = readerOf([SCILLY, 'Good', `The ${SCILLY} scored 70 out  of  100 overall`]);
    expect(readRatingBlock(r, SCILLY)).toEqual({ rating: 'Good', ratingLine: 3, overallScore: 70, overallScoreLine: 5 });
  });

  it('refuses a sentence naming another authority, even one that differs only after "the"', () => {
    const { r } = readerOf([SCILLY, 'Good', 'Council of Isles of Scilly scored 70 out of 100 overall']);
    expect(() => readRatingBlock(r, SCILLY)).toThrow(ConsistencyError);
  });

  it('is absent when the next line only mentions a score or an overall rating part-way through', () => {
    for (const next of ['The score for each quality statement', 'The overall rating for Scilly is set out below']) {
      const { r } = readerOf([SCILLY, 'Good', next]);
      expect(readRatingBlock(r, SCILLY)).toEqual({ rating: 'Good', ratingLine: 3, overallScore: null, overallScoreLine: null });
      expect(r.peek()).toEqual({ kind: 'line', text: next, line: 5 });
    }
  });

  it('is absent when the file ends after the rating, which the next section then refuses', () => {
    const { r } = readerOf([SCILLY, 'Good']);
    expect(readRatingBlock(r, SCILLY)).toEqual({ rating: 'Good', ratingLine: 3, overallScore: null, overallScoreLine: null });
    expect(r.atEnd()).toBe(true);
  });
});

describe('a rating block cut short', () => {
  it('names the authority it expected when the file ends before the name', () => {
    const { r } = readerOf([`${SCILLY}: local authority assessment`]);
    r.next();
    expect(() => readRatingBlock(r, SCILLY)).toThrow(StructureError);
    expect(() => readRatingBlock(r, SCILLY)).toThrow(`test.txt:1: expected the authority's name, "${SCILLY}", found end of file`);
  });

  it('names the rating when the file ends after the name', () => {
    const { r } = readerOf([SCILLY]);
    expect(() => readRatingBlock(r, SCILLY)).toThrow(`test.txt:1: expected the overall rating, found end of file`);
  });
});

describe('a 2023 pilot report', () => {
  it('is known by its "Local authority indicative rating" however the spaces in it are typed', () => {
    for (const indicative of ['Local authority indicative  rating', 'Local authority indicative\u00A0rating']) {
      const { r, blocks } = readerOf(['Birmingham City Council: local authority assessment', 'Birmingham City Council', indicative, 'Good']);
      expect(() => readTitle(r, blocks)).toThrow(
        'test.txt:1: expected a title such as "<Council name>: local authority assessment", found "Birmingham City Council: local authority assessment", with a "Local authority indicative rating" at line 5: this is one of CQC\'s 2023 pilot reports');
    }
  });

  it('is not suspected from a line that only mentions an indicative rating', () => {
    const { r, blocks } = readerOf(['Birmingham City Council: local authority assessment', 'There is no local authority indicative rating in this report.']);
    expect(readTitle(r, blocks).authority).toBe('Birmingham City Council');
  });
});
