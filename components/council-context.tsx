import type { CouncilContext } from '@/lib/national';
import type { Snapshot } from '@/lib/register/schema';
import { councilsScoring, overallSourceText, percentPlaceText, ratingMemberText, ratingShareText } from '@/lib/view/council-context';
import { formatMonth } from '@/lib/view/councils';
import { NATIONAL_PATH, snapshotText } from '@/lib/view/national-meta';
import { Heading, type Level } from './heading';
import { ScoreCountHead } from './score-count-head';

export const CONTEXT_ID = 'in-context';

/** What a council's pages need to show it among all councils: its context (undefined when it has no register row) and the snapshot. */
export type NationalContext = { context: CouncilContext | undefined; snapshot: Snapshot };

type CouncilContextViewProps = { authority: string; context: CouncilContext | undefined; snapshot: Snapshot; level?: Level; published?: string };

/**
 * One council among all the others: how many share its rating, where its
 * overall percentage falls, and how many councils had each score on each
 * statement, its own marked. Counts made by this site, labelled so; never
 * ranks. `published` is the month of the report the page shows, so a page
 * about an earlier assessment says the counts are of a later one.
 */
export function CouncilContextView({ authority, context, snapshot, level = 2, published }: CouncilContextViewProps) {
  const heading = <Heading level={level} id={CONTEXT_ID}>Among all councils</Heading>;
  if (!context) {
    return (
      <section aria-labelledby={CONTEXT_ID} className="council-context">
        {heading}
        <p>{authority} has no row in the ratings register yet, so it is not counted in the <a href={NATIONAL_PATH}>national figures</a>.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby={CONTEXT_ID} className="council-context">
      {heading}
      <p className="council-context__label">
        Counts by this site of CQC&apos;s published results: {snapshotText(snapshot)}, each counted once, by its latest
        assessment. They say how many, not which is ahead: the figures cannot support a ranking.
      </p>
      {published && published !== context.published ? (
        <p className="notice">These counts use CQC&apos;s later assessment of {authority}, published {formatMonth(context.published)}.</p>
      ) : null}
      <ul className="council-context__facts">
        <li><strong>{ratingShareText(context)}</strong>{ratingMemberText(context, authority)}.</li>
        <li>
          Overall score <strong>{percentPlaceText(context)}</strong>.
          {context.overall ? <> The {context.overall.percent}% is {overallSourceText(context.overall)}.</> : null}
        </li>
      </ul>
      <StatementCounts authority={authority} context={context} />
      <p><a href={NATIONAL_PATH}>Every council&apos;s results in numbers</a></p>
    </section>
  );
}

function StatementCounts({ authority, context }: { authority: string; context: CouncilContext }) {
  return (
    <table className="number-table">
      <caption>How many councils had each score on each quality statement, {authority}&apos;s score marked &ldquo;this council&rdquo;</caption>
      <ScoreCountHead first="Quality statement" />
      <tbody>
        {context.statements.map(({ score, distribution }) => (
          <tr key={distribution.statement.slug}>
            <th scope="row">{distribution.statement.name}</th>
            {[1, 2, 3, 4].map((s) => (
              <td key={s} className={s === score ? 'numeric marked' : 'numeric'}>
                {councilsScoring(distribution, s)}
                {s === score ? <span className="marked__note"> this council</span> : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
