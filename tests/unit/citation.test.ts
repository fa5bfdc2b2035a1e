import { describe, expect, it } from 'vitest';
import { ACCESSED, citeFigure, citeReport, citeStatement, datasetCitation } from '@/lib/view/citation';
import * as citationModule from '@/lib/view/citation';
import { fresh, parseHarrow, statementOf } from './helpers';

const harrow = parseHarrow();
const safeguarding = statementOf(harrow, 'safeguarding');
const assessing = statementOf(harrow, 'assessing-needs');
const CQC = 'https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0824';
const sources = (readAt: string) => ({ report: CQC, readAt });

describe('citations', () => {
  it('cite a statement with the report, CQC, the date, the score, CQC\'s address as the source, this site as where it was read, and a slot for the date', async () => {
    const { citeStatement: cite } = await fresh('@/lib/view/citation', citationModule);
    const citation = cite(harrow, safeguarding, sources('https://example.org/london-borough-of-harrow/safeguarding'));
    expect(citation.plain).toBe([
      'Report: London Borough of Harrow: local authority assessment',
      'Publisher: Care Quality Commission',
      'Published: 16 August 2024',
      'Quality statement: Safeguarding, score 2 of 4 (Evidence shows some shortfalls)',
      `Source: ${CQC}`,
      'Read at: https://example.org/london-borough-of-harrow/safeguarding',
      'Accessed: {accessed}',
    ].join('\n'));
  });

  it('name the statement in a statement\'s Harvard reference, which is not the report\'s with another address', () => {
    const statement = citeStatement(harrow, safeguarding, sources('https://example.org/london-borough-of-harrow/safeguarding')).harvard;
    expect(statement).toBe('Care Quality Commission (2024) \u2018Safeguarding\u2019, in London Borough of Harrow: local authority assessment. '
      + 'Score 2 of 4 (Evidence shows some shortfalls). Published 16 August 2024. '
      + `Available at: ${CQC} (CQC\u2019s website). Read at: https://example.org/london-borough-of-harrow/safeguarding (Accessed: ${ACCESSED}).`);
    const report = citeReport(harrow, sources('https://example.org/london-borough-of-harrow/safeguarding')).harvard;
    expect(report).toBe('Care Quality Commission (2024) London Borough of Harrow: local authority assessment. Published 16 August 2024. '
      + `Available at: ${CQC} (CQC\u2019s website). Read at: https://example.org/london-borough-of-harrow/safeguarding (Accessed: ${ACCESSED}).`);
  });

  it('cite a figure with its statement, measure, both figures, its dataset and period, and its source sentence word for word', () => {
    const comparison = assessing.comparisons[0];
    if (!comparison) throw new Error('no comparison');
    const citation = citeFigure(harrow, assessing, comparison, sources('https://example.org/x#f'));
    const line = (label: string) => citation.lines.find((l) => l.label === label)?.value;
    expect([line('Quality statement'), line('Measure'), line('Figure'), line('Dataset'), line('Source')]).toEqual([
      'Assessing needs',
      'the people surveyed who lived in Harrow were satisfied with the care and support they received',
      '56.10% against an England average of 61.21%',
      'Adult Social Care Survey (ASCS), 2021/2022',
      CQC,
    ]);
    expect(line('Source sentence')).toBe(`\u201C${comparison.text}\u201D`);
    expect(citation.harvard).toBe('Care Quality Commission (2024) \u2018Assessing needs\u2019, in London Borough of Harrow: local authority assessment. '
      + 'Figure: the people surveyed who lived in Harrow were satisfied with the care and support they received, 56.10% against an England average of 61.21%; '
      + 'dataset: Adult Social Care Survey (ASCS), 2021/2022. Published 16 August 2024. '
      + `Available at: ${CQC} (CQC\u2019s website). Read at: https://example.org/x#f (Accessed: ${ACCESSED}).`);
  });

  it('give no source address and no "Available at" where the register has no address for the report, never this site\'s in its place', () => {
    const citation = citeStatement(harrow, safeguarding, { report: null, readAt: 'https://example.org/s' });
    expect(citation.lines.map((l) => l.label)).toEqual(['Report', 'Publisher', 'Published', 'Quality statement', 'Read at', 'Accessed']);
    expect(citation.harvard).toBe('Care Quality Commission (2024) \u2018Safeguarding\u2019, in London Borough of Harrow: local authority assessment. '
      + `Score 2 of 4 (Evidence shows some shortfalls). Published 16 August 2024. Read at: https://example.org/s (Accessed: ${ACCESSED}).`);
  });

  it('cite the whole report without a statement line', () => {
    expect(citeReport(harrow, sources('https://example.org/')).lines.map((l) => l.label)).toEqual(['Report', 'Publisher', 'Published', 'Source', 'Read at', 'Accessed']);
  });

  it('name a dataset with its period where printed, without one where not, and say when the report names none', () => {
    expect(datasetCitation({ dataset: 'SAC', datasetPeriod: '2023/24' })).toBe('Safeguarding Adults Collection (SAC), 2023/24');
    expect(datasetCitation({ dataset: 'SACE', datasetPeriod: null })).toBe('Survey of Adult Carers in England (SACE)');
    expect(datasetCitation({ dataset: null, datasetPeriod: null })).toBe('not named in the report');
  });
});
