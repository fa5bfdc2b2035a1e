import { ogCard } from '@/components/og-card';
import { getSnapshot } from '@/lib/content';
import { provenanceCard } from '@/lib/view/national-meta';

export const dynamic = 'force-static';

export async function GET() {
  return ogCard(provenanceCard(await getSnapshot()));
}
