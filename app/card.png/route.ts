import { ogCard } from '@/components/og-card';
import { getAssessments } from '@/lib/content';
import { homeCard } from '@/lib/view/cards';

export const dynamic = 'force-static';

export async function GET() {
  return ogCard(homeCard((await getAssessments()).length));
}
