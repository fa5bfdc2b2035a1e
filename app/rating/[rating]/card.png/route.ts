import { ogCard } from '@/components/og-card';
import { getCouncils } from '@/lib/content';
import { listedCouncils } from '@/lib/view/council-list';
import { RATING_FILTERS, ratingFilter } from '@/lib/view/councils';
import { ratingListCard } from '@/lib/view/list-meta';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return RATING_FILTERS.map((filter) => ({ rating: filter.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ rating: string }> }) {
  const filter = ratingFilter((await params).rating);
  if (!filter) return new Response('Not found\n', { status: 404 });
  return ogCard(ratingListCard(filter, listedCouncils(await getCouncils())));
}
