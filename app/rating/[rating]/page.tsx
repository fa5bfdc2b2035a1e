import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListNav } from '@/components/council-list-nav';
import { CouncilListPage } from '@/components/council-list-page';
import { getCouncils } from '@/lib/content';
import { ratingLinks } from '@/lib/view/council-groups';
import { listedCouncils, ratedAs } from '@/lib/view/council-list';
import { RATING_FILTERS, ratingFilter } from '@/lib/view/councils';
import { ratingCountText, ratingListMetadata, ratingListTitle } from '@/lib/view/list-meta';

type Props = { params: Promise<{ rating: string }> };

export const dynamicParams = false;

/** One page per rating (and one for "not recorded"), prerendered: the list narrowed without JavaScript. */
export function generateStaticParams() {
  return RATING_FILTERS.map((filter) => ({ rating: filter.slug }));
}

async function load(params: Props['params']) {
  const filter = ratingFilter((await params).rating);
  return filter ? { filter, list: listedCouncils(await getCouncils()) } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params);
  return page ? ratingListMetadata(page.filter, page.list) : {};
}

export default async function RatingPage({ params }: Props) {
  const page = await load(params);
  if (!page) notFound();
  const { filter, list } = page;
  return (
    <CouncilListPage
      title={ratingListTitle(filter)}
      lead={ratingCountText(filter, list)}
      nav={<ListNav id="rating-nav-heading" heading="Show councils by rating" links={ratingLinks(list, filter)} />}
      councils={ratedAs(list, filter.rating)}
    />
  );
}
