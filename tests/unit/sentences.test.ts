import { describe, expect, it } from 'vitest';
import { findFigures, sentenceSpans } from '@/lib/assessment/figures';
import { chooseCitation, findCitations } from '@/lib/assessment/sources';

/** The pieces comparisons are read from: sentences, figures and dataset citations (figures.ts, sources.ts). */

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans()', () => {
  it('splits after a closing quote and before an opening one', () => {
    expect(sentences('People said it was "helpful." Staff agreed.')).toEqual(['People said it was "helpful."', 'Staff agreed.']);
    expect(sentences('Staff agreed. "It helped," one said.')).toEqual(['Staff agreed.', '"It helped," one said.']);
  });

  it('splits at a stop followed by more than one space, leaving the spaces out of both sentences', () => {
    expect(sentences('Staff agreed.  People did too.')).toEqual(['Staff agreed.', 'People did too.']);
  });

  it('does not split at a stop before a lower-case word, even after another character', () => {
    expect(sentences('It was 4.5 a day. So it went.')).toEqual(['It was 4.5 a day.', 'So it went.']);
    expect(sentences('See p.x More here')).toEqual(['See p.x More here']);
  });
});

describe('findFigures()', () => {
  it('marks a figure parenthesised only when brackets close it on both sides', () => {
    const text = '(50%) and 51% and (52% and 53%)';
    expect(findFigures(text).map((f) => [f.text, f.number, f.parenthesised, text.slice(f.start, f.end)])).toEqual([
      ['50%', 50, true, '(50%)'],
      ['51%', 51, false, '51%'],
      ['52%', 52, false, '(52%'],
      ['53%', 53, false, '53%)'],
    ]);
  });

  it('reads a figure with a thousands separator as its number, keeping it as printed', () => {
    const text = 'Requests rose by 1,250% (from 40 to 540), against 12,345.6% and 1,000,000 % elsewhere.';
    expect(findFigures(text).map((f) => [f.text, f.number, text.slice(f.start, f.end)])).toEqual([
      ['1,250%', 1250, '1,250%'],
      ['12,345.6%', 12345.6, '12,345.6%'],
      ['1,000,000%', 1000000, '1,000,000 %'],
    ]);
  });
});

describe('findCitations()', () => {
  it('reads a name and its initials side by side as one citation, with the period after them', () => {
    const text = 'The Adult Social Care Survey (ASCS) 2023-24 showed this.';
    expect(findCitations(text)).toEqual([{ start: 4, end: 34, dataset: 'ASCS', period: '2023-24' }]);
  });

  it('keeps two datasets named side by side as two citations', () => {
    const text = 'Data (ASCS, SACE 2023) showed this.';
    expect(findCitations(text)).toEqual([
      { start: 6, end: 10, dataset: 'ASCS', period: null },
      { start: 12, end: 16, dataset: 'SACE', period: '2023' },
    ]);
  });
});

describe('chooseCitation()', () => {
  const at = (start: number, end: number) => ({ start, end, dataset: 'ASCS' as const, period: null });

  it('takes a citation that starts where the sentences start, or ends where they end, as their own', () => {
    expect(chooseCitation([at(0, 5), at(20, 30)], { start: 0, end: 10 })).toEqual(at(0, 5));
    expect(chooseCitation([at(5, 10), at(20, 30)], { start: 0, end: 10 })).toEqual(at(5, 10));
  });

  it('takes the first citation starting where the sentences end, when none is within them', () => {
    expect(chooseCitation([at(0, 5), at(10, 20), at(30, 40)], { start: 6, end: 10 })).toEqual(at(10, 20));
  });
});
