import { ogCard } from '@/components/og-card';
import { getAssessment, getAssessments } from '@/lib/content';
import { sectionCard } from '@/lib/view/cards';
import { findSection, sectionSlugs } from '@/lib/view/navigation';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAssessments()).flatMap((a) => sectionSlugs(a).map((section) => ({ authority: a.slug, section })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ authority: string; section: string }> }) {
  const { authority, section } = await params;
  const assessment = await getAssessment(authority);
  const found = assessment ? findSection(assessment, section) : undefined;
  if (!assessment || !found) return new Response('Not found\n', { status: 404 });
  return ogCard(sectionCard(assessment, found));
}
