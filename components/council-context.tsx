import { RATING_BANDS } from '@/lib/assessment';
import type { CouncilContext } from '@/lib/national';
import type { Snapshot } from '@/lib/register/schema';
import { groupLabel, groupShareText, overallBandText, ratingMemberText, ratingShareText } from '@/lib/view/council-context';
import { formatMonth } from '@/lib/view/councils';
import { COUNTS_ONLY, countedSetText } from '@/lib/view/counted-set';
import { NATIONAL_PATH } from '@/lib/view/national-meta';
import { BandTable, StatementCounts } from './council-context-tables';
import { Heading, type Level } from './heading';

export const CONTEXT_ID = 'in-context';

/** What a council's pages need to show it among all councils: its context (undefined when it has no result) and the snapshot. */
export type NationalContext = { context: CouncilContext | undefined; snapshot: Snapshot };

type CouncilContextViewProps = { authority: string; context: CouncilContext | undefined; snapshot: Snapshot; level?: Level; published?: string };

/**
 * One council among the others: how many share its rating among all
 * councils, those of its kind and those of its region; how the overall
 * scores of each set fall in CQC's bands, its band marked; and how many
 * councils had each score on each statement, its own marked. Counts made by
 * this site, labelled so, saying what they count; never ranks. `published`
 * is the month of the report the page shows, so a page about an earlier
 * assessment says the counts are of a later one.
 */
export function CouncilContextView({ authority, context, snapshot, level = 2, published }: CouncilContextViewProps) {
  const heading = <Heading level={level} id={CONTEXT_ID}>Among all councils</Heading>;
  if (!context) {
    return (
      <section aria-labelledby={CONTEXT_ID} className="council-context">
        {heading}
        <p>This site holds no result for {authority} in its ratings register or later results, so it is not counted in the <a href={NATIONAL_PATH}>figures for all councils</a>.</p>
      </section>
    );
  }
  const band = RATING_BANDS.find((b) => b.rating === context.band);
  return (
    <section aria-labelledby={CONTEXT_ID} className="council-context">
      {heading}
      <p className="council-context__label">
        Counts by this site of CQC&apos;s published results. They count {countedSetText(context.counted, snapshot)}. {COUNTS_ONLY}
      </p>
      {published && published !== context.published ? (
        <p className="notice">These counts use CQC&apos;s later assessment of {authority}, published {formatMonth(context.published)}.</p>
      ) : null}
      <ul className="council-context__facts">
        <li><strong>{ratingShareText(context)}</strong>{ratingMemberText(context, authority)}.</li>
        {context.groups.filter((g) => g.group.kind !== 'all').map((counts) => {
          const text = groupShareText(counts, context.rating);
          const { href } = groupLabel(counts.group);
          return <li key={counts.group.kind}>{text.before}{href ? <a href={href}>{text.name}</a> : text.name}{text.after}.</li>;
        })}
        <li>Overall score <strong>{overallBandText(context, band)}</strong>.</li>
      </ul>
      <BandTable authority={authority} context={context} />
      <StatementCounts authority={authority} context={context} />
      <p><a href={NATIONAL_PATH}>Every council&apos;s results in numbers</a></p>
    </section>
  );
}
