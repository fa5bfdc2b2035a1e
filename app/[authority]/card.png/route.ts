import { ogCard } from '@/components/og-card';
import { getAuthorityParams, getCouncil } from '@/lib/content';
import { overviewCard } from '@/lib/view/cards';
import { councilRow } from '@/lib/view/councils';
import { noResultCard, summaryCard } from '@/lib/view/national-meta';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return getAuthorityParams();
}

/** A council's card: its overview's where content/ holds the report, else its summary page's. */
export async function GET(_request: Request, { params }: { params: Promise<{ authority: string }> }) {
  const council = await getCouncil((await params).authority);
  if (!council) return new Response('Not found\n', { status: 404 });
  const row = councilRow(council);
  if (council.report) return ogCard(overviewCard(council.report.assessment));
  return ogCard(row ? summaryCard(row) : noResultCard(council));
}
