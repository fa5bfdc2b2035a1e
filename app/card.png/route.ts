import { ogCard } from '@/components/og-card';
import { getCouncils } from '@/lib/content';
import { homeCard } from '@/lib/view/cards';

export const dynamic = 'force-static';

/** The home page's card, counting what the home page lists: every council. */
export async function GET() {
  return ogCard(homeCard((await getCouncils()).length));
}
