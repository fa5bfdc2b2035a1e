import type { Dataset } from '@/lib/assessment';
import type { ComparisonRow } from '@/lib/view/comparisons';
import { datasetName } from '@/lib/view/datasets';

/**
 * Under each comparison table: what is CQC's and what is the site's, and the
 * datasets' names. The glossary explains them; its link sits on each
 * dataset's first mention in the findings, so the table adds no tab stops.
 */
export function ComparisonNotes({ rows }: { rows: ComparisonRow[] }) {
  const datasets = [...new Set(rows.map((r) => r.comparison.dataset).filter((d): d is Dataset => d !== null))];
  return (
    <div className="table-notes">
      <p>
        The figures and any words quoted as &ldquo;CQC&apos;s report&rdquo; are the report&apos;s, as printed. The difference
        is this site&apos;s calculation: the council&apos;s figure minus the England average, in percentage points. A figure for
        one council often comes from a survey of a few hundred people, so a small difference may be chance; the site does
        not say whether a figure is good or bad. The glossary, linked at the foot of every page, says what each dataset measures.
        {rows.some((r) => r.measure) ? ' Where a published source says which way is better for a measure, the row names it.' : ''}
      </p>
      {datasets.length > 0 ? (
        <dl className="dataset-list">
          {datasets.map((d) => (
            <div key={d}>
              <dt>{d}</dt>
              <dd>{datasetName(d)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
