import { ogCard } from '@/components/og-card';
import { getCouncils, getSnapshot } from '@/lib/content';
import { RATING_FILTERS, councilRows, ratingFilter, rowsRated } from '@/lib/view/councils';
import { ratingListCard } from '@/lib/view/national-meta';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return RATING_FILTERS.map((filter) => ({ rating: filter.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ rating: string }> }) {
  const filter = ratingFilter((await params).rating);
  if (!filter) return new Response('Not found\n', { status: 404 });
  const rows = councilRows(await getCouncils());
  return ogCard(ratingListCard(filter, rowsRated(rows, filter.rating).length, await getSnapshot()));
}
