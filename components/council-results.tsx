import { STATEMENTS } from '@/lib/framework';
import type { RegisterRow } from '@/lib/register/schema';
import { figureHeadline, missingScoreText, resultFigure } from '@/lib/view/council-facts';
import { formatMonth } from '@/lib/view/councils';
import { CQC_REPORTS_URL } from '@/lib/view/sources';
import { ResultSource } from './result-source';

/**
 * The way to a result's report on CQC's website: its own address where a
 * source gives it, else CQC's list of every local authority assessment
 * report, where the reader finds it, never an address made up.
 */
export function ReportLink({ reportUrl }: { reportUrl: string | null }) {
  if (reportUrl) return <p className="report-link"><a href={reportUrl}>Read the full report on CQC&apos;s website</a></p>;
  return (
    <>
      <p className="report-link"><a href={CQC_REPORTS_URL}>Find the report in CQC&apos;s list of local authority assessment reports</a></p>
      <p className="report-link__note">No source this site found gives the report&apos;s own address on CQC&apos;s website.</p>
    </>
  );
}

/** A council's earlier results, newest first: each a row of its own in the register or the later results. */
export function EarlierResults({ rows }: { rows: readonly RegisterRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="earlier">
      <h2 id="earlier">Earlier assessments</h2>
      <ul className="earlier-list">
        {rows.map((row) => {
          const published = `Published ${formatMonth(row.published)}`;
          const missing = missingScoreText(row.origin).toLowerCase();
          return (
            <li key={row.published}>
              {row.reportUrl ? <a href={row.reportUrl}>{published}</a> : published}: {row.rating ?? 'rating not recorded'};
              scores {STATEMENTS.map((s) => row.scores[s.slug] ?? missing).join(', ')} (in CQC&apos;s order).{' '}
              {figureHeadline(resultFigure(row)).text}.
              {row.source ? <> Recorded from <ResultSource source={row.source} />.</> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
