import { ogCard } from '@/components/og-card';
import { getSnapshot } from '@/lib/content';
import { nationalCard } from '@/lib/view/national-meta';

export const dynamic = 'force-static';

export async function GET() {
  return ogCard(nationalCard(await getSnapshot()));
}
