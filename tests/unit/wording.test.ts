import { describe, expect, it } from 'vitest';
import { extractComparisons } from '@/lib/assessment/comparisons';

/** CQC's wording and the description of what is measured, as extractComparisons gives them (docs/parser-quirks.md, "What is measured"). */

const context = { file: 'test.txt', line: 12, finding: 'a-finding', repeatOf: null, previous: null };
const first = (text: string) => extractComparisons(text, context)[0];

describe('what is measured', () => {
  it.each([
    ['the clause after the figure, cut before the England clause', '56.10% of the people surveyed were satisfied and the England average was 61.21%.', 'the people surveyed were satisfied'],
    ['the whole sentence after the figure when the England figure is in the next one', '45% of carers had a review of their care plan. The England average was 50%.', 'carers had a review of their care plan'],
    ['a clause with no "of" after the figure', '29.73% had completed training, whilst the England average was 48.81%.', 'had completed training'],
    ['the clause without a citation in brackets inside it', '83.10% of people felt safe (ASCS, 2023) at home, compared with the England average of 69.69%.', 'people felt safe at home'],
    ['the clause cut before CQC\'s characterisation', '70.10% of carers felt supported, which was slightly better than the England average (66.00%).', 'carers felt supported'],
    ['the clause with its spaces as one', '70.10% of   carers\tfelt  supported. The England average was 66.00%.', 'carers felt supported'],
    ['the clause with its closing words and stops taken off', '70.10% of carers felt supported in comparison to the England average of 66.00%.', 'carers felt supported'],
  ])('is %s', (_, text, metric) => {
    expect(first(text)?.metric).toBe(metric);
  });

  it.each([
    ['"National data (ASCOF) showed that the percentage of"', 'National data (ASCOF) showed that the percentage of older people (83.87%) who were at home 91 days later was above the England average of 82.18%.', 'older people who were at home 91 days later'],
    ['"National data (2023) showed"', 'National data (2023) showed carers (40%) had a break, against the England average of 28.14%.', 'carers had a break'],
    ['"National data showed the percentage of"', 'National data showed the percentage of carers (40%) who had a break, against the England average of 28.14%.', 'carers who had a break'],
    ['"The percentage of"', 'The percentage of carers (40%) who had a break was higher than the England average of 28.14%.', 'carers who had a break'],
    ['nothing', 'Carers (40%) had a break. The England average was 28.14%.', 'Carers had a break'],
    ['a figure that opens the sentence', '(40%) of carers had a break. The England average was 28.14%.', 'carers had a break'],
  ])('for a figure in brackets, is the sentence around it without the lead-in %s', (_, text, metric) => {
    expect(first(text)?.metric).toBe(metric);
  });
});

describe('CQC\'s wording', () => {
  it('is the characterisation right before "the England average", with its capitals, or null where there is none', () => {
    expect(first('70.10% of carers felt supported. This was Broadly In Line With the England average (66.00%).')?.reportWording).toBe('Broadly In Line With');
    expect(first('70.10% of carers felt supported; the England average was 66.00%.')?.reportWording).toBeNull();
  });
});
