import type { Assessment, Comparison, Statement } from '@/lib/assessment';
import { datasetName } from './datasets';
import { formatDate } from './format';

/**
 * Citations of a report, a quality statement or one figure: the facts as
 * labelled lines (plain text) and a Harvard-style reference. The source is
 * CQC's report on CQC's website; this site is only where it was read. The
 * access date is the reader's, so it is left as a slot (`ACCESSED`) that the
 * page fills in.
 */

export const PUBLISHER = 'Care Quality Commission';
export const ACCESSED = '{accessed}';

/** Where the cited text is: CQC's report (null when the register has no address for it) and the page of this site it was read on. */
export type Sources = { report: string | null; readAt: string };

type Line = { label: string; value: string };
export type Citation = { lines: Line[]; harvard: string; plain: string };

/** The report's title as cited: "London Borough of Harrow: local authority assessment". */
export function reportTitle(assessment: Pick<Assessment, 'authority'>): string {
  return `${assessment.authority}: local authority assessment`;
}

type Cited = { part: string | null; detail: string | null; specific: Line[] };

function citation(assessment: Assessment, sources: Sources, { part, detail, specific }: Cited): Citation {
  const lines = [
    { label: 'Report', value: reportTitle(assessment) },
    { label: 'Publisher', value: PUBLISHER },
    { label: 'Published', value: formatDate(assessment.published) },
    ...specific,
    ...(sources.report ? [{ label: 'Source', value: sources.report }] : []),
    { label: 'Read at', value: sources.readAt },
    { label: 'Accessed', value: ACCESSED },
  ];
  return { lines, harvard: harvard(assessment, sources, part, detail), plain: lines.map((l) => `${l.label}: ${l.value}`).join('\n') };
}

/** Harvard style: author (year) 'part', in title. Detail. Published date. Available at: CQC's address (CQC's website). Read at: this site (Accessed: date). */
function harvard(assessment: Assessment, sources: Sources, part: string | null, detail: string | null): string {
  const year = assessment.published.slice(0, 4);
  const title = part ? `\u2018${part}\u2019, in ${reportTitle(assessment)}` : reportTitle(assessment);
  return [
    `${PUBLISHER} (${year}) ${title}.`,
    ...(detail ? [`${detail}.`] : []),
    `Published ${formatDate(assessment.published)}.`,
    ...(sources.report ? [`Available at: ${sources.report} (CQC\u2019s website).`] : []),
    `Read at: ${sources.readAt} (Accessed: ${ACCESSED}).`,
  ].join(' ');
}

/** The citation of the whole report. */
export function citeReport(assessment: Assessment, sources: Sources): Citation {
  return citation(assessment, sources, { part: null, detail: null, specific: [] });
}

/** The citation of a quality statement: the statement and its score, named in the lines and in the reference. */
export function citeStatement(assessment: Assessment, statement: Statement, sources: Sources): Citation {
  const score = `Score ${statement.score} of 4 (${statement.scoreLabel})`;
  return citation(assessment, sources, {
    part: statement.name,
    detail: score,
    specific: [{ label: 'Quality statement', value: `${statement.name}, score ${statement.score} of 4 (${statement.scoreLabel})` }],
  });
}

/** A figure's dataset as cited: its name, code and the period the report prints with it. */
export function datasetCitation(comparison: Pick<Comparison, 'dataset' | 'datasetPeriod'>): string {
  if (!comparison.dataset) return 'not named in the report';
  const named = `${datasetName(comparison.dataset)} (${comparison.dataset})`;
  return comparison.datasetPeriod ? `${named}, ${comparison.datasetPeriod}` : named;
}

/** The citation of one figure: the statement, the measure, both figures, the dataset with its period, and the source sentence word for word. */
export function citeFigure(assessment: Assessment, statement: Statement, comparison: Comparison, sources: Sources): Citation {
  const figure = `${comparison.valueText} against an England average of ${comparison.englandAverageText}`;
  const dataset = datasetCitation(comparison);
  return citation(assessment, sources, {
    part: statement.name,
    detail: `Figure: ${comparison.metric}, ${figure}; dataset: ${dataset}`,
    specific: [
      { label: 'Quality statement', value: statement.name },
      { label: 'Measure', value: comparison.metric },
      { label: 'Figure', value: figure },
      { label: 'Dataset', value: dataset },
      { label: 'Source sentence', value: `\u201C${comparison.text}\u201D` },
    ],
  });
}
