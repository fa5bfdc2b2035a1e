import { describe, expect, it } from 'vitest';
import { StructureError, ValueError } from '@/lib/assessment';
import { extractComparisons } from '@/lib/assessment/comparisons';
import { contentError } from './helpers';

/** How an England average is paired with the authority's figure, and the guard that lets no England figure go unpaired (docs/parser-quirks.md). */

const context = { file: 'test.txt', line: 12, finding: 'a-finding', repeatOf: null, previous: null };
const extract = (text: string) => extractComparisons(text, context);
const pairs = (text: string) => extract(text).map((c) => [c.value, c.englandAverage]);

const failure = (text: string) => contentError(() => extract(text));

describe('pairing an England average with the authority\'s figure', () => {
  it('reads an England figure in brackets written straight after "average", with no space', () => {
    expect(pairs('80.78% of people felt in control. This was similar to the England average(77.62%).')).toEqual([[80.78, 77.62]]);
  });

  it('reads an England figure that ends the paragraph without a full stop, and quotes both sentences', () => {
    const [comparison] = extract('70.13% of people felt in control. The England average was 77.21%');
    expect(comparison).toMatchObject({ value: 70.13, englandAverage: 77.21, text: '70.13% of people felt in control. The England average was 77.21%' });
  });

  it('pairs a council figure printed against the word "England", with no space between', () => {
    expect(pairs('In the borough 56.10%England average was 61.21%.')).toEqual([[56.1, 61.21]]);
  });

  it('takes the figure before the mention in its own sentence over one in the sentence before', () => {
    expect(pairs('30% of carers were new. Of carers 41.80% were satisfied, against the England average of 36.27%.')).toEqual([[41.8, 36.27]]);
  });

  for (const { name, text } of [
    { name: 'with no figure before it in the paragraph', text: 'The England average was 61.21%.' },
    { name: 'after a sentence with no figure', text: 'Staff were helpful. The England average was 61.21%.' },
    { name: 'with the council\'s figure after it, though the sentence before has one', text: '40% of carers were happy. The England average was 61%, against 56% locally.' },
    { name: 'with the council\'s figure after it at the end of the paragraph, with no full stop', text: '40% of carers were happy. The England average was 61%, against 56%' },
  ]) {
    it(`refuses an England average ${name}, rather than guessing`, () => {
      const error = failure(text);
      expect(error).toBeInstanceOf(StructureError);
      expect(error.message).toMatch(/^test\.txt:12: expected the authority's own figure before "England average was 61(?:\.21)?%", found none to pair it with$/);
    });
  }

  it('refuses an England average that is not a percentage, quoting the mention and its figure', () => {
    const error = failure('The rate was 420 per 100,000. The England average was 380 per 100,000.');
    expect(error).toBeInstanceOf(ValueError);
    expect(error.detail).toBe('expected the England average as a percentage, found "England average was 380"');
  });
});

describe('the guard: no figure that could be England\'s goes unpaired', () => {
  it('does not take the "England" of a dataset\'s name for a mention of the England average', () => {
    expect(extract('The Survey of Adult Carers in England showed 52% of carers had a break. Most carers were happy with the average wait.')).toEqual([]);
  });

  it('refuses a sentence that opens with a council figure nobody paired, beside a paired one', () => {
    const error = failure('45.00% of carers and 72.15% of people were satisfied, and the England average was 64.35%.');
    expect(error).toBeInstanceOf(StructureError);
    expect(error.detail).toBe('expected "45.00%" to pair with an England average, found a sentence the parser cannot read as a comparison: "45.00% of carers and 72.15% of people were satisfied, and the England average..."');
  });
});

describe('"from the same source"', () => {
  it('applies only to the comparison whose own sentences say it', () => {
    const found = extract('41.80% of carers were satisfied (SACE, 2023-24). The England average was 36.27%. 70.13% of people felt in control. '
      + 'The England average was 77.21%. Adult Social Care Survey (ASCS), 2023. Data from the same source also showed most people were happy.');
    expect(found.map((c) => [c.value, c.dataset, c.datasetPeriod])).toEqual([[41.8, 'SACE', '2023-24'], [70.13, 'ASCS', '2023']]);
  });
});
