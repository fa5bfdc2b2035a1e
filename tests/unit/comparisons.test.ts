import { describe, expect, it } from 'vitest';
import { StructureError, ValueError } from '@/lib/assessment';
import { extractComparisons, sentenceSpans } from '@/lib/assessment/comparisons';

const context = { file: 'test.txt', line: 12, finding: 'a-finding', repeatOf: null, previous: null };
const extract = (text: string) => extractComparisons(text, context);
const pairs = (text: string) => extract(text).map((c) => [c.value, c.englandAverage, c.dataset]);

describe('extractComparisons(): the wordings of the England average', () => {
  it.each([
    ['56.10% of people were satisfied. The England average was 61.21% (ASCS).', [56.1, 61.21, 'ASCS']],
    ['56.10% of people were satisfied and the England average was 61.21% (ASCS).', [56.1, 61.21, 'ASCS']],
    ['63.31% of people felt better. The England national average was 62.32% (ASCS).', [63.31, 62.32, 'ASCS']],
    ['83.87% were at home 91 days later against the England average of 82.18% (ASCOF).', [83.87, 82.18, 'ASCOF']],
    ['40% of carers were not in paid employment, in comparison to the England average of 28.14% (SACE).', [40, 28.14, 'SACE']],
    ['41.5% of carers were satisfied, compared with the England average of 36.27% (SACE).', [41.5, 36.27, 'SACE']],
  ])('reads "%s"', (text, expected) => {
    expect(pairs(text)).toEqual([expected]);
  });

  it('reads several comparisons in one paragraph, each with its own dataset', () => {
    const text = 'National data showed that 67.86% of people who used services felt safe. The England average was 69.69% (ASCS). '
      + 'A further national data set showed 75% of carers felt safe. The England average was 80.51% (SACE).';
    expect(pairs(text)).toEqual([[67.86, 69.69, 'ASCS'], [75, 80.51, 'SACE']]);
  });

  it('takes the dataset named before the figures when none is named after', () => {
    const text = 'National data from Short and Long-Term Support (SALT), showed 67.66% of people had been reviewed. The England average was 57.14%.';
    expect(pairs(text)).toEqual([[67.66, 57.14, 'SALT']]);
  });

  it.each([
    ['Adult Social Care Survey', 'ASCS'],
    ['Survey of Adult Carers in England', 'SACE'],
    ['Short and Long Term support', 'SALT'],
    ['Adult Social Care Outcomes Framework', 'ASCOF'],
    ['Skills for Care workforce estimates', 'SCWE'],
    ['Safeguarding Adults Collection', 'SAC'],
  ])('recognises the dataset by its full name, "%s"', (name, dataset) => {
    expect(pairs(`12% of people said so. The England average was 15% (${name}).`)).toEqual([[12, 15, dataset]]);
  });

  it('leaves the dataset empty when the paragraph names none', () => {
    expect(pairs('National data showed 23.63% of eligible people had chosen a direct payment. The England average was 26.22%.')).toEqual([[23.63, 26.22, null]]);
  });

  it('finds nothing where the England average has no figure', () => {
    expect(extract('Take-up of direct payments was higher than the England average. 52% of staff were on zero-hour contracts.')).toEqual([]);
  });

  it('quotes the sentences a comparison comes from, exactly', () => {
    const [comparison] = extract('Staff were helpful. 70.13% of people felt in control. The England average was 77.21% (ASCS). This matched what we heard.');
    expect(comparison).toMatchObject({
      text: '70.13% of people felt in control. The England average was 77.21% (ASCS).',
      metric: 'people felt in control', valueText: '70.13%', englandAverageText: '77.21%', unit: '%', line: 12, finding: 'a-finding',
    });
  });

  it('refuses an England average it cannot pair, naming the line', () => {
    const attempt = () => extract('The England average was 61.21%, and 56.10% of people in the borough agreed.');
    expect(attempt).toThrow(StructureError);
    expect(attempt).toThrow(/^test\.txt:12: expected the authority's own figure before "England average was 61\.21%"/);
  });

  it('refuses an England average that is not a percentage', () => {
    expect(() => extract('The rate was 420 per 100,000. The England average was 380 per 100,000.')).toThrow(ValueError);
  });

  it('refuses a sentence about the England average with a figure it cannot read', () => {
    expect(() => extract('Against an average for England, 44% of people were satisfied.')).toThrow(StructureError);
  });
});

describe('sentenceSpans()', () => {
  it('splits at a stop before a capital or a digit, not inside a decimal', () => {
    const text = 'It was 61.21%. 70.13% of people agreed. The end';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['It was 61.21%.', '70.13% of people agreed.', 'The end']);
  });
});
