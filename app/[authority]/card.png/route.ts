import { ogCard } from '@/components/og-card';
import { getAssessment, getAuthorityParams } from '@/lib/content';
import { overviewCard } from '@/lib/view/cards';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return getAuthorityParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ authority: string }> }) {
  const assessment = await getAssessment((await params).authority);
  if (!assessment) return new Response('Not found\n', { status: 404 });
  return ogCard(overviewCard(assessment));
}
