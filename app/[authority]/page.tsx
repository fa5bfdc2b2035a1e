import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OverviewView } from '@/components/overview-view';
import { getAssessment, getAuthorityParams, getReportUrl } from '@/lib/content';
import { overviewMetadata } from '@/lib/view/metadata';
import { assessmentPath } from '@/lib/view/navigation';

type Props = { params: Promise<{ authority: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return getAuthorityParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const assessment = await getAssessment((await params).authority);
  return assessment ? overviewMetadata(assessment, assessmentPath(assessment)) : {};
}

export default async function OverviewPage({ params }: Props) {
  const assessment = await getAssessment((await params).authority);
  if (!assessment) notFound();
  return <OverviewView assessment={assessment} reportUrl={await getReportUrl(assessment)} />;
}
