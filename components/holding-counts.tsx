import type { Snapshot } from '@/lib/register/schema';
import { holdingCounts, type ListedCouncil } from '@/lib/view/council-list';
import { formatDate } from '@/lib/view/format';
import { NATIONAL_PATH } from '@/lib/view/national-meta';
import { CQC_REPORTS_URL } from '@/lib/view/sources';

const councils = (n: number) => `${n} ${n === 1 ? 'council' : 'councils'}`;

/** How many councils the site holds each thing for: counts of what is here, not a judgement of anyone. */
export function HoldingCounts({ councils: list, snapshot }: { councils: readonly ListedCouncil[]; snapshot: Pick<Snapshot, 'date'> }) {
  const counts = holdingCounts(list);
  return (
    <section className="holdings" aria-labelledby="holdings-heading">
      <h2 id="holdings-heading" className="list-nav__heading">What this site holds</h2>
      <ul>
        <li>CQC&apos;s full report, to read statement by statement with every figure as printed: {councils(counts.report)}</li>
        <li>CQC&apos;s rating and scores from the ratings register, complete to {formatDate(snapshot.date)}: {councils(counts.register)}</li>
        <li>CQC&apos;s rating and scores recorded later, each from a named source: {councils(counts.later)}</li>
        <li>No result held yet: {councils(counts.none)}, whose reports are in <a href={CQC_REPORTS_URL}>CQC&apos;s list of reports</a></li>
      </ul>
      <p><a href={NATIONAL_PATH}>Every council&apos;s results in numbers</a></p>
    </section>
  );
}
