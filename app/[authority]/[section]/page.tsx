import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StatementView } from '@/components/statement-view';
import { ThemeView } from '@/components/theme-view';
import { getCouncilContext, getReportUrl, getSection, getSectionParams } from '@/lib/content';
import { statementMetadata, themeMetadata } from '@/lib/view/metadata';
import { sectionPath } from '@/lib/view/navigation';

type Props = { params: Promise<{ authority: string; section: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return getSectionParams();
}

async function load(params: Props['params']) {
  const { authority, section } = await params;
  return getSection(authority, section);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params);
  if (!page) return {};
  const { assessment, section: found } = page;
  if (found.kind === 'theme') return themeMetadata(assessment, found.theme, sectionPath(assessment, found.theme));
  return statementMetadata(assessment, found, sectionPath(assessment, found.statement));
}

export default async function SectionPage({ params }: Props) {
  const page = await load(params);
  if (!page) notFound();
  const { assessment, section: found } = page;
  const reportUrl = await getReportUrl(assessment);
  if (found.kind === 'theme') return <ThemeView assessment={assessment} theme={found.theme} reportUrl={reportUrl} />;
  const { theme, statement, previous, next } = found;
  const national = await getCouncilContext(assessment.slug);
  return <StatementView assessment={assessment} theme={theme} statement={statement} previous={previous} next={next} reportUrl={reportUrl} national={national} />;
}
