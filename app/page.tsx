import type { Metadata } from 'next';
import { LetterNav, RatingFilterNav } from '@/components/council-list-nav';
import { CouncilTable } from '@/components/council-table';
import { GlanceKey } from '@/components/glance-key';
import { getCouncils, getSnapshot } from '@/lib/content';
import { SITE_NAME } from '@/lib/site';
import { homeCard } from '@/lib/view/cards';
import { councilRows } from '@/lib/view/councils';
import { pageMetadata } from '@/lib/view/metadata';
import { NATIONAL_PATH, snapshotText } from '@/lib/view/national-meta';

export async function generateMetadata(): Promise<Metadata> {
  const count = (await getCouncils()).length;
  return pageMetadata(SITE_NAME, 'What the Care Quality Commission found when it assessed how councils in England meet their adult social care duties: every published rating and score, findings and national figures.', '/', homeCard(count));
}

/** Every council, both kinds, by name: a light table of text, narrowed by rating on pages of its own. */
export default async function HomePage() {
  const [rows, snapshot] = await Promise.all([getCouncils().then(councilRows), getSnapshot()]);
  const reports = rows.filter((row) => row.hasReport).length;
  return (
    <>
      <h1>{SITE_NAME}</h1>
      <p className="lead">
        The Care Quality Commission (CQC) assesses how each council in England meets its duties under the Care Act
        2014 for adult social care. Here is every published rating and score: {snapshotText(snapshot)}.
      </p>
      <p>
        For {reports === 1 ? '1 council' : `${reports} councils`} this site holds CQC&apos;s full report, to read statement by
        statement with every figure as printed; for the others, CQC&apos;s rating and scores with the way to the report on
        CQC&apos;s website. <a href={NATIONAL_PATH}>Every council&apos;s results in numbers</a>.
      </p>
      <RatingFilterNav rows={rows} current={null} />
      <LetterNav rows={rows} />
      <GlanceKey />
      <CouncilTable rows={rows} byLetter caption={`All ${rows.length} councils, by name: CQC's rating, month of publication and quality statement scores`} />
    </>
  );
}
