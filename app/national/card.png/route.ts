import { ogCard } from '@/components/og-card';
import { getNationalEntries, getSnapshot } from '@/lib/content';
import { countedSet } from '@/lib/national';
import { nationalCard } from '@/lib/view/national-meta';

export const dynamic = 'force-static';

export async function GET() {
  return ogCard(nationalCard(countedSet(await getNationalEntries()), await getSnapshot()));
}
