import { describe, expect, it } from 'vitest';
import { ValueError, parseAssessment } from '@/lib/assessment';
import { toBlocks } from '@/lib/assessment/blocks';
import { atHeadingLike, looksLikeHeading, readFindings } from '@/lib/assessment/findings';
import { Reader } from '@/lib/assessment/reader';
import { HARROW_FILE, readText, replaceLine, statementOf } from './helpers';

const harrowText = readText(HARROW_FILE);
const parseHarrowWith = (line: number, replacement: string) => parseAssessment(replaceLine(harrowText, line, replacement), HARROW_FILE);

describe('a list in a key finding', () => {
  // Harrow's line 167, a paragraph of "Assessment, care planning and review arrangements", printed as a list of two items.
  const assessed = () => statementOf(parseHarrowWith(167, [
    '- 58.20% of carers found it easy to find information about support. The England average was 57.83% (SACE).',
    '- Interpreters were readily available to support teams.',
  ].join('\n')), 'assessing-needs');

  it('keeps every item, the first included, each as a paragraph with its "- " marker at its own line', () => {
    const finding = assessed().findings[0];
    expect(finding?.slug).toBe('assessment-care-planning-and-review-arrangements');
    expect(finding?.paragraphs.slice(12, 15)).toEqual([
      { text: '- 58.20% of carers found it easy to find information about support. The England average was 57.83% (SACE).', line: 167 },
      { text: '- Interpreters were readily available to support teams.', line: 168 },
      { text: 'There were clear pathways and processes to ensure people\'s support was planned and co-ordinated across different agencies and services.', line: 170 },
    ]);
  });

  it('reads the figure in the first item as a comparison at the item\'s line', () => {
    expect(assessed().comparisons.filter((c) => c.line === 167).map((c) => [c.value, c.englandAverage, c.dataset, c.finding])).toEqual([
      [58.2, 57.83, 'SACE', 'assessment-care-planning-and-review-arrangements'],
    ]);
  });
});

describe('the schema, the last gate, reports a value it refuses at the nearest line the model knows', () => {
  it('refuses "Theme 0" at the theme\'s line', () => {
    expect(() => parseHarrowWith(113, 'Theme 0: How London Borough of Harrow works with people')).toThrow(ValueError);
    expect(() => parseHarrowWith(113, 'Theme 0: How London Borough of Harrow works with people')).toThrow(
      `${HARROW_FILE}:113: themes.0.number: Too small: expected number to be >0, found 0`);
  });

  it('refuses a comparison with nothing said of what is measured at its paragraph\'s line, not its statement\'s or theme\'s', () => {
    const attempt = () => parseHarrowWith(163, 'Satisfaction with care in Harrow was 56.10%. The England average was 61.21% (ASCS).');
    expect(attempt).toThrow(ValueError);
    expect(attempt).toThrow(`${HARROW_FILE}:163: themes.0.statements.0.comparisons.2.metric: Too small: expected string to have >=1 characters, found ""`);
  });
});

describe('what looks like a key finding heading', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'Word' : 'word')).join(' ');

  it('is a capitalised line of up to 16 words and 100 characters that does not end like a sentence', () => {
    expect(words(16)).toHaveLength(79);
    expect([looksLikeHeading(words(16)), looksLikeHeading(words(17))]).toEqual([true, false]);
  });

  it('counts a run of spaces between words as one gap', () => {
    expect(looksLikeHeading(words(10).replaceAll(' ', '  '))).toBe(true); // 10 words in 58 characters
  });

  it('allows 100 characters and no more, however few the words', () => {
    const long = `Arrangements ${'x'.repeat(87)}`;
    expect([long.length, looksLikeHeading(long), looksLikeHeading(`${long}x`)]).toEqual([100, true, false]);
  });

  it('is not found at the end of the file', () => {
    const r = new Reader(toBlocks('Partnership working', 'test.txt'), 'test.txt');
    expect(atHeadingLike(r)).toBe(true);
    r.next();
    expect(atHeadingLike(r)).toBe(false);
  });
});

describe('the slug of a headed key finding', () => {
  it('never takes "key-findings", the unheaded finding\'s slug, even when no unheaded finding comes first', () => {
    const r = new Reader(toBlocks(['Key findings', 'What we found.', 'Key findings', 'More that we found.'].join('\n\n'), 'test.txt'), 'test.txt');
    expect(readFindings(r, () => false).map((f) => [f.heading, f.slug, f.line])).toEqual([
      ['Key findings', 'key-findings-2', 1],
      ['Key findings', 'key-findings-3', 5],
    ]);
  });
});
