import { labelOf, type Assessment, type Statement } from '@/lib/assessment';
import { frameworkStatement } from '@/lib/framework';
import type { CountedSet, StatementDistribution } from '@/lib/national';
import { monthOf } from '@/lib/register/cross-check';
import type { Snapshot } from '@/lib/register/schema';
import { councilsScoring, statementShareText } from '@/lib/view/council-context';
import { formatMonth } from '@/lib/view/councils';
import { horizontalBars } from '@/lib/view/national-charts';
import { countedSetText } from '@/lib/view/counted-set';
import type { NationalContext } from './council-context';

export const STATEMENT_CONTEXT_ID = 'all-councils';

type StatementContextViewProps = {
  authority: string;
  /** The council's score counted in the distribution (its latest assessment's), or null if not scored. */
  score: number | null;
  distribution: StatementDistribution;
  councils: number;
  /** What the counts are of, said with the snapshot's date. */
  counted: CountedSet;
  snapshot: Snapshot;
  /** Set when the counts are of a later assessment than the page's report: its month. */
  laterAssessment: string | null;
};

/** How all councils scored on one statement, this council's score marked in text: a count by this site, with a picture of it. */
export function StatementContextView({ authority, score, distribution, councils, counted, snapshot, laterAssessment }: StatementContextViewProps) {
  const { bars } = horizontalBars(distribution.scores.map((s) => s.councils), 200, 14, 6);
  return (
    <section aria-labelledby={STATEMENT_CONTEXT_ID} className="council-context">
      <h2 id={STATEMENT_CONTEXT_ID}>How all councils scored on {distribution.statement.name}</h2>
      <p><strong>{statementShareText(authority, score, distribution, councils)}</strong>.</p>
      <p className="council-context__label">
        Counts by this site of CQC&apos;s published scores. They count {countedSetText(counted, snapshot)}.
        {laterAssessment ? ` For ${authority} that is the assessment published ${formatMonth(laterAssessment)}, later than this report.` : ''}
      </p>
      <div className="score-spread">
        <svg className="score-spread__chart" aria-hidden="true" focusable="false" viewBox="0 0 260 74" width="260" height="74">
          {bars.map((bar, index) => (
            <g key={index}>
              <text x="0" y={bar.y + 11} className="chart-label">{index + 1}</text>
              <rect x="14" y={bar.y} width={Math.max(bar.width, 1)} height={bar.height} className={index + 1 === score ? `bar bar--${index + 1} bar--marked` : `bar bar--${index + 1}`} />
              <text x={bar.width + 20} y={bar.y + 11} className="chart-label">{bar.value}</text>
            </g>
          ))}
        </svg>
        <table className="number-table">
          <caption>Councils by their score on {distribution.statement.name}</caption>
          <thead><tr><th scope="col">Score</th><th scope="col" className="numeric">Councils</th></tr></thead>
          <tbody>
            {[1, 2, 3, 4].map((s) => (
              <tr key={s} className={s === score ? 'marked' : undefined}>
                <th scope="row">{s}: {labelOf(s).toLowerCase()}{s === score ? <span className="marked__note">{authority}&apos;s score</span> : null}</th>
                <td className="numeric">{councilsScoring(distribution, s)}</td>
              </tr>
            ))}
            {distribution.notAssessed > 0 ? (
              <tr><th scope="row">Not scored in the council&apos;s assessment</th><td className="numeric">{distribution.notAssessed}</td></tr>
            ) : null}
            {distribution.notRecorded > 0 ? (
              <tr><th scope="row">Not recorded: no source gives the score</th><td className="numeric">{distribution.notRecorded}</td></tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * The section as a statement page places it. Nothing is shown for a report
 * with no register row or a statement outside CQC's framework.
 */
export function StatementContextSection({ assessment, statement, national }: { assessment: Assessment; statement: Statement; national: NationalContext }) {
  const { context, snapshot } = national;
  const framework = frameworkStatement(statement.name);
  const entry = context?.statements.find((s) => s.distribution.statement.slug === framework?.slug);
  if (!context || !entry) return null;
  const laterAssessment = context.published === monthOf(assessment) ? null : context.published;
  return (
    <StatementContextView authority={assessment.authority} score={entry.score} distribution={entry.distribution}
      councils={context.councils} counted={context.counted} snapshot={snapshot} laterAssessment={laterAssessment} />
  );
}
