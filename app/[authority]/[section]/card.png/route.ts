import { ogCard } from '@/components/og-card';
import { getSection, getSectionParams } from '@/lib/content';
import { sectionCard } from '@/lib/view/cards';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return getSectionParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ authority: string; section: string }> }) {
  const { authority, section } = await params;
  const page = await getSection(authority, section);
  if (!page) return new Response('Not found\n', { status: 404 });
  return ogCard(sectionCard(page.assessment, page.section));
}
