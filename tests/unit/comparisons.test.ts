import { describe, expect, it } from 'vitest';
import { DATASETS, DATASET_TABLE, StructureError, ValueError } from '@/lib/assessment';
import { extractComparisons } from '@/lib/assessment/comparisons';
import { sentenceSpans } from '@/lib/assessment/figures';

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

  it('reads a figure printed with a thousands separator as its number, and keeps it as printed', () => {
    const [comparison] = extract('Referrals in Harrow rose by 1,250% over the year. The England average was 1,100.5% (SALT).');
    expect(comparison).toMatchObject({ value: 1250, valueText: '1,250%', englandAverage: 1100.5, englandAverageText: '1,100.5%', dataset: 'SALT' });
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
  ])('recognises the dataset by its full name in any case, "%s"', (name, dataset) => {
    expect(pairs(`12% of people said so. The England average was 15% (${name}).`)).toEqual([[12, 15, dataset]]);
  });

  for (const code of DATASETS) {
    const { names, initials } = DATASET_TABLE[code];
    it(`recognises ${code} by every spelling the dataset table gives it: ${[...initials, ...names].join('; ')}`, () => {
      for (const spelling of [...initials, ...names]) {
        expect([spelling, pairs(`12% of people said so. The England average was 15% (${spelling}).`)]).toEqual([spelling, [[12, 15, code]]]);
      }
    });
  }

  it('recognises initials only in capitals, and not inside another word or code', () => {
    expect(pairs('12% of people said so. The England average was 15% (ascs).')).toEqual([[12, 15, null]]);
    expect(pairs('12% of people said so. The England average was 15% (SACE).')).toEqual([[12, 15, 'SACE']]);
    expect(pairs('12% of people said so. The England average was 15% (ASCSX).')).toEqual([[12, 15, null]]);
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

describe('extractComparisons(): the wordings of reports since late 2024', () => {
  const one = (text: string) => {
    const found = extract(text);
    expect(found).toHaveLength(1);
    return found[0];
  };

  it('reads an England figure in brackets after CQC\'s wording, in the next sentence', () => {
    expect(one('80.78% of people felt they had control over their daily life. This was similar to the England average (77.62%).')).toMatchObject({
      value: 80.78, englandAverage: 77.62, englandAverageText: '77.62%', reportWording: 'similar to',
      metric: 'people felt they had control over their daily life',
      text: '80.78% of people felt they had control over their daily life. This was similar to the England average (77.62%).',
    });
  });

  it.each([
    'similar to', 'the same as', 'slightly better than', 'better than', 'somewhat better than', 'somewhat worse than',
    'worse than', 'in line with', 'higher than', 'slightly lower than', 'above', 'broadly similar to',
  ])('keeps CQC\'s wording "%s" exactly as printed', (words) => {
    const found = one(`70.10% of carers felt supported, which was ${words} the England average (66.00%).`);
    expect(found).toMatchObject({ value: 70.1, englandAverage: 66, reportWording: words, metric: 'carers felt supported' });
  });

  it('keeps the wording\'s capitals as printed, and gives null where the report characterises nothing', () => {
    expect(one('70.10% of carers felt supported. This was Slightly Better than the England average (66.00%).')?.reportWording).toBe('Slightly Better than');
    for (const text of [
      '70.10% of carers felt supported. The England average was 66.00%.',
      '70.10% of carers felt supported, compared with the England average of 66.00%.',
      '70.10% of carers felt supported, against the England average of 66.00%.',
      '70.10% of carers felt supported, in comparison to the England average of 66.00%.',
    ]) expect([text, one(text)?.reportWording]).toEqual([text, null]);
  });

  it.each([
    { text: '83.10% of people felt safe (ASCS, 2023). This was better than the England average (69.69%).', dataset: 'ASCS', period: '2023' },
    { text: '72.15% of people were satisfied (Adult Social Care Survey, October 2024). This was somewhat better than the England average (64.35%).', dataset: 'ASCS', period: 'October 2024' },
    { text: 'National data from the Adult Social Care Survey (ASCS) 2023-2024 showed 66.40% of people had choice. This was worse than the England average (70.28%).', dataset: 'ASCS', period: '2023-2024' },
    { text: 'According to the Adult Social Care Survey for 2023/24, 51.00% of people found information easily. The England average was 66.26%.', dataset: 'ASCS', period: '2023/24' },
    { text: 'The Adult Social Care Outcomes Framework for 2024 showed 71.30% of older people were at home. The England average was 83.70%.', dataset: 'ASCOF', period: '2024' },
    { text: 'The Survey of Adult Carers showed 39.70% of carers had social contact. The England average was 30.02%.', dataset: 'SACE', period: null },
    { text: 'Carers were asked (Survey of Adult Carers in England (SACE), 2023-24): 41.80% were satisfied, better than the England average (36.27%).', dataset: 'SACE', period: '2023-24' },
    { text: '56.10% were satisfied and the England average was 61.21% (Adult Social Care Survey 2021/2022 ASCS).', dataset: 'ASCS', period: '2021/2022' },
    { text: '56.10% were satisfied. The England average was 61.21% - Adult Social Care Survey (ASCS), for England.', dataset: 'ASCS', period: null },
    { text: 'The survey results (SACE) for short notice breaks showed 12.5% of carers had one. The England average was 10.76%.', dataset: 'SACE', period: null },
    { text: '88.00% of people were supported and the England average was 83.12% (SAC). 2024 saw more enquiries.', dataset: 'SAC', period: null },
  ])('reads the dataset and its period as printed: $dataset, $period', ({ text, dataset, period }) => {
    expect(one(text)).toMatchObject({ dataset, datasetPeriod: period });
  });

  it('takes "from the same source" from the comparison before, in the paragraph or before it in the statement', () => {
    const inParagraph = extract('41.80% of carers were satisfied, better than the England average (36.27%) (SACE, 2023-24). '
      + 'Data from the same source showed 28.40% of carers were consulted, worse than the England average (33.82%). Other data (ASCS) were mixed.');
    expect(inParagraph.map((c) => [c.value, c.dataset, c.datasetPeriod])).toEqual([[41.8, 'SACE', '2023-24'], [28.4, 'SACE', '2023-24']]);
    const later = extractComparisons('From the same source, 28.40% of carers were consulted. The England average was 33.82%.',
      { ...context, previous: { dataset: 'ASCOF', period: '2024' } });
    expect(later.map((c) => [c.dataset, c.datasetPeriod])).toEqual([['ASCOF', '2024']]);
  });

  it('prefers a dataset named in the comparison\'s own sentences to "from the same source"', () => {
    const found = extractComparisons('From the same source (SALT), 28.40% were reviewed. The England average was 33.82%.', { ...context, previous: { dataset: 'ASCS', period: null } });
    expect(found.map((c) => c.dataset)).toEqual(['SALT']);
  });

  it('refuses "from the same source" with no earlier figure to point back to', () => {
    expect(() => extract('Data from the same source showed 28.40% of carers were consulted. The England average was 33.82%.')).toThrow(
      /^test\.txt:12: expected an earlier figure in the quality statement for "from the same source" to point back to, found none$/);
  });

  it('leaves a council figure with no England number as text, in the England and regional averages or the England average', () => {
    expect(extract('Data for the borough shows 65.30% of people said they were satisfied and these figures are in line with the England and regional averages.')).toEqual([]);
    expect(extract('65.30% of people said they were satisfied, in line with the England average.')).toEqual([]);
    expect(extract('65.30% of people were satisfied. This was similar to the England average.')).toEqual([]);
  });

  it('still refuses a sentence where a figure could be England\'s and cannot be paired', () => {
    expect(() => extract('In line with the England and regional averages (65% and 63%), people were satisfied.')).toThrow(StructureError);
    expect(() => extract('Both 45% of carers and 60% of people were satisfied; the England average was 50%.')).toThrow(StructureError);
  });
});

describe('extractComparisons(): a figure at the very end of a paragraph', () => {
  it('refuses an unpaired figure that ends the paragraph with no full stop after it', () => {
    expect(() => extract('Compared with the England average, satisfaction was 65%')).toThrow(
      /^test\.txt:12: expected "65%" to pair with an England average, found a sentence the parser cannot read as a comparison: "Compared with the England average, satisfaction was 65%"$/);
    expect(() => extract('People were satisfied, in line with the England and regional averages (65%)')).toThrow(/expected "65%" to pair with an England average/);
  });
});

describe('sentenceSpans()', () => {
  it('splits at a stop before a capital or a digit, not inside a decimal', () => {
    const text = 'It was 61.21%. 70.13% of people agreed. The end';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['It was 61.21%.', '70.13% of people agreed.', 'The end']);
  });
});
