import { describe, expect, it } from 'vitest';
import { extractComparisons } from '@/lib/assessment/comparisons';

/** Which dataset (and period) a comparison takes when its paragraph names more than one (docs/parser-quirks.md, "The dataset"). */

const context = { file: 'test.txt', line: 12, finding: 'a-finding', repeatOf: null, previous: null };
const sources = (text: string) => extractComparisons(text, context).map((c) => [c.value, c.dataset, c.datasetPeriod]);

describe('the dataset of a comparison', () => {
  it('takes the dataset named last in its own sentences, not one named in passing before it', () => {
    expect(sources('Unlike the Adult Social Care Survey, the Survey of Adult Carers in England (SACE) 2023-24 showed 41.80% of carers were satisfied with social services. The England average was 36.27%.'))
      .toEqual([[41.8, 'SACE', '2023-24']]);
  });

  it('takes the first dataset named after its sentences, the one that closes it, not a later one', () => {
    expect(sources('41.80% of carers were satisfied. The England average was 36.27%. Survey of Adult Carers in England (SACE), 2023-24. Other figures came from the Adult Social Care Survey (ASCS).'))
      .toEqual([[41.8, 'SACE', '2023-24']]);
  });

  it('takes the last dataset named before its sentences when none follows, not an earlier one', () => {
    expect(sources('We read the Adult Social Care Survey (ASCS) 2022, the Adult Social Care Outcomes Framework 2023-24 and then the Survey of Adult Carers (SACE) 2023. '
      + '41.80% of carers were satisfied. The England average was 36.27%.')).toEqual([[41.8, 'SACE', '2023']]);
  });

  it('takes, for each of two comparisons in one paragraph, the dataset in its own sentences', () => {
    expect(sources('67.86% of people felt safe (ASCS, 2023). The England average was 69.69%. 75% of carers felt safe (SACE, 2023-24). The England average was 80.51%.'))
      .toEqual([[67.86, 'ASCS', '2023'], [75, 'SACE', '2023-24']]);
  });
});

describe('"from the same source" beside a dataset the paragraph names', () => {
  const after = (previous: { dataset: 'ASCOF'; period: string }, text: string) => extractComparisons(text, { ...context, previous }).map((c) => [c.dataset, c.datasetPeriod]);
  const ascof = { dataset: 'ASCOF', period: '2024' } as const;

  it('takes the dataset named at the very start of its own sentences', () => {
    expect(after(ascof, 'ASCS figures from the same source showed 28.40% of carers were consulted. The England average was 33.82%.')).toEqual([['ASCS', null]]);
  });

  it('takes the dataset that ends its own sentences, with no full stop after it', () => {
    expect(after(ascof, 'From the same source, 28.40% of carers were consulted; the England average was 33.82%, Survey of Adult Carers in England')).toEqual([['SACE', null]]);
  });

  it('takes the comparison before it over a dataset named only in an earlier sentence', () => {
    expect(after(ascof, 'Other figures came from the Adult Social Care Survey (ASCS). From the same source, 28.40% of carers were consulted. The England average was 33.82%.'))
      .toEqual([['ASCOF', '2024']]);
  });
});
