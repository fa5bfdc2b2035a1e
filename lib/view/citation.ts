import type { Assessment, Comparison, Statement } from '@/lib/assessment';
import { datasetName } from './datasets';
import { formatDate } from './format';

/**
 * Citations for a statement page or one figure: the facts as labelled lines
 * (plain text) and a Harvard-style reference. The access date is the
 * reader's, so it is left as a slot (`ACCESSED`) that the page fills in.
 */

export const PUBLISHER = 'Care Quality Commission';
export const ACCESSED = '{accessed}';

export type Citation = { lines: { label: string; value: string }[]; harvard: string; plain: string };

export function reportTitle(assessment: Pick<Assessment, 'authority'>): string {
  return `${assessment.authority}: local authority assessment`;
}

function harvard(assessment: Assessment, url: string): string {
  const year = assessment.published.slice(0, 4);
  return `${PUBLISHER} (${year}) ${reportTitle(assessment)}. Published ${formatDate(assessment.published)}. Available at: ${url} (Accessed: ${ACCESSED}).`;
}

/** The citation of the whole report. */
export function citeReport(assessment: Assessment, url: string): Citation {
  return citation(assessment, url, []);
}

function citation(assessment: Assessment, url: string, specific: { label: string; value: string }[]): Citation {
  const lines = [
    { label: 'Report', value: reportTitle(assessment) },
    { label: 'Publisher', value: PUBLISHER },
    { label: 'Published', value: formatDate(assessment.published) },
    ...specific,
    { label: 'Address', value: url },
    { label: 'Accessed', value: ACCESSED },
  ];
  return { lines, harvard: harvard(assessment, url), plain: lines.map((l) => `${l.label}: ${l.value}`).join('\n') };
}

/** The citation of a quality statement page: the statement and its score. */
export function citeStatement(assessment: Assessment, statement: Statement, url: string): Citation {
  return citation(assessment, url, [
    { label: 'Quality statement', value: `${statement.name}, score ${statement.score} of 4 (${statement.scoreLabel})` },
  ]);
}

/** The citation of one figure: the figure, the England average, the dataset and the source sentence word for word. */
export function citeFigure(assessment: Assessment, statement: Statement, comparison: Comparison, url: string): Citation {
  const dataset = comparison.dataset ? `${datasetName(comparison.dataset)} (${comparison.dataset})` : 'not named in the report';
  return citation(assessment, url, [
    { label: 'Quality statement', value: statement.name },
    { label: 'Figure', value: `${comparison.valueText} against an England average of ${comparison.englandAverageText}` },
    { label: 'Dataset', value: dataset },
    { label: 'Source sentence', value: `\u201C${comparison.text}\u201D` },
  ]);
}
