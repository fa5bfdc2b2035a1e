import type { Metadata } from 'next';
import { LetterNav, ListNav } from '@/components/council-list-nav';
import { CouncilTable } from '@/components/council-table';
import { GlanceKey } from '@/components/glance-key';
import { HoldingCounts } from '@/components/holding-counts';
import { getCouncils, getSnapshot } from '@/lib/content';
import { SITE_NAME } from '@/lib/site';
import { homeCard } from '@/lib/view/cards';
import { ratingLinks, regionLinks, typeLinks } from '@/lib/view/council-groups';
import { FIND_COUNCIL_URL, listedCouncils } from '@/lib/view/council-list';
import { pageMetadata } from '@/lib/view/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const count = (await getCouncils()).length;
  return pageMetadata(SITE_NAME, 'What the Care Quality Commission found when it assessed how councils in England meet their adult social care duties: every council, with every published rating and score, findings and national figures.', '/', homeCard(count));
}

/**
 * Every council the site knows, by the name people use, with what the site
 * holds for each; the ways to find one (GOV.UK's postcode finder, A to Z,
 * region, kind, rating) come first, within two phone screens of the top.
 */
export default async function HomePage() {
  const [councils, snapshot] = await Promise.all([getCouncils().then(listedCouncils), getSnapshot()]);
  return (
    <>
      <h1>{SITE_NAME}</h1>
      <p className="lead">
        The Care Quality Commission (CQC) assesses how each council in England meets its duties under the Care Act 2014
        for adult social care. Here is every council, {councils.length} in all, with what this site holds for it.
      </p>
      <p className="find-council">
        Not sure which council is yours? <a href={FIND_COUNCIL_URL}>Find your local council</a> on GOV.UK, by postcode.
      </p>
      <LetterNav councils={councils} />
      <ListNav id="region-nav-heading" heading="Show councils by region" links={regionLinks(councils, null)} />
      <ListNav id="type-nav-heading" heading="Show councils by kind of council" links={typeLinks(councils, null)} />
      <ListNav id="rating-nav-heading" heading="Show councils by rating" links={ratingLinks(councils, null)} />
      <HoldingCounts councils={councils} snapshot={snapshot} />
      <GlanceKey />
      <CouncilTable councils={councils} caption={`All ${councils.length} councils, by the name people use: what this site holds, CQC's rating, month of publication and quality statement scores`} />
    </>
  );
}
