import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { RatingFilterNav } from '@/components/council-list-nav';
import { CouncilTable } from '@/components/council-table';
import { GlanceKey } from '@/components/glance-key';
import { getCouncils, getSnapshot } from '@/lib/content';
import { RATING_FILTERS, councilRows, ratingFilter, ratingPath, rowsRated } from '@/lib/view/councils';
import { ratingListMetadata, ratingListTitle, snapshotText } from '@/lib/view/national-meta';

type Props = { params: Promise<{ rating: string }> };

export const dynamicParams = false;

/** One page per rating (and one for "not recorded"), prerendered: the list narrowed without JavaScript. */
export function generateStaticParams() {
  return RATING_FILTERS.map((filter) => ({ rating: filter.slug }));
}

async function load(params: Props['params']) {
  const filter = ratingFilter((await params).rating);
  if (!filter) return undefined;
  const [rows, snapshot] = await Promise.all([getCouncils().then(councilRows), getSnapshot()]);
  return { filter, rows, rated: rowsRated(rows, filter.rating), snapshot };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params);
  return page ? ratingListMetadata(page.filter, page.rated.length, page.snapshot, ratingPath(page.filter)) : {};
}

export default async function RatingPage({ params }: Props) {
  const page = await load(params);
  if (!page) notFound();
  const { filter, rows, rated, snapshot } = page;
  const title = ratingListTitle(filter);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current={title} />
      <h1>{title}</h1>
      <p className="lead">{rated.length} of {snapshotText(snapshot)}{filter.rating === null ? '. The register does not record their rating, and this site does not work it out from the scores' : ''}.</p>
      <RatingFilterNav rows={rows} current={filter} />
      <GlanceKey />
      {rated.length > 0 ? (
        <CouncilTable rows={rated} caption={`${title}, by name: month of publication and CQC's quality statement scores`} />
      ) : <p>No council has this rating in the register.</p>}
    </>
  );
}
