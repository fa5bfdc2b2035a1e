import { describe, expect, it } from 'vitest';
import { ACCESSED, citeFigure, citeReport, citeStatement } from '@/lib/view/citation';
import { parseHarrow, statementOf } from './helpers';

const harrow = parseHarrow();
const safeguarding = statementOf(harrow, 'safeguarding');

describe('citations', () => {
  it('cite a statement with the report, CQC, the date, the score, the address and a slot for the access date', () => {
    const citation = citeStatement(harrow, safeguarding, 'https://example.org/london-borough-of-harrow/safeguarding');
    expect(citation.plain).toBe([
      'Report: London Borough of Harrow: local authority assessment',
      'Publisher: Care Quality Commission',
      'Published: 16 August 2024',
      'Quality statement: Safeguarding, score 2 of 4 (Evidence shows some shortfalls)',
      'Address: https://example.org/london-borough-of-harrow/safeguarding',
      `Accessed: ${ACCESSED}`,
    ].join('\n'));
    expect(citation.harvard).toBe(`Care Quality Commission (2024) London Borough of Harrow: local authority assessment. Published 16 August 2024. Available at: https://example.org/london-borough-of-harrow/safeguarding (Accessed: ${ACCESSED}).`);
  });

  it('cite a figure with its dataset and its source sentence word for word', () => {
    const comparison = safeguarding.comparisons[0];
    if (!comparison) throw new Error('no comparison');
    const lines = citeFigure(harrow, safeguarding, comparison, 'https://example.org/x').lines;
    expect(lines.find((l) => l.label === 'Figure')?.value).toBe('67.86% against an England average of 69.69%');
    expect(lines.find((l) => l.label === 'Dataset')?.value).toBe('Adult Social Care Survey (ASCS)');
    expect(lines.find((l) => l.label === 'Source sentence')?.value).toBe(`\u201C${comparison.text}\u201D`);
  });

  it('cite the whole report without a statement line', () => {
    expect(citeReport(harrow, 'https://example.org/').lines.map((l) => l.label)).toEqual(['Report', 'Publisher', 'Published', 'Address', 'Accessed']);
  });
});
