import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CouncilNoResult } from '@/components/council-no-result';
import { CouncilSummary } from '@/components/council-summary';
import { OverviewView } from '@/components/overview-view';
import { getAuthorityParams, getCouncil, getCouncilContext, getReportUrl } from '@/lib/content';
import { councilRow } from '@/lib/view/councils';
import { overviewMetadata } from '@/lib/view/metadata';
import { noResultMetadata, summaryMetadata } from '@/lib/view/national-meta';
import { assessmentPath } from '@/lib/view/navigation';

type Props = { params: Promise<{ authority: string }> };

export const dynamicParams = false;

/** Every council has a page: the overview where content/ holds its report, else the summary of its register row. */
export async function generateStaticParams() {
  return getAuthorityParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const council = await getCouncil((await params).authority);
  if (!council) return {};
  const path = assessmentPath(council);
  if (council.report) return overviewMetadata(council.report.assessment, path);
  const row = councilRow(council);
  return row ? summaryMetadata(row, path) : noResultMetadata(council, path);
}

export default async function CouncilPage({ params }: Props) {
  const council = await getCouncil((await params).authority);
  if (!council) notFound();
  const national = await getCouncilContext(council.slug);
  if (council.report) {
    const { assessment } = council.report;
    return <OverviewView assessment={assessment} reportUrl={await getReportUrl(assessment)} national={national} england={council.england} />;
  }
  const row = council.rows[0];
  if (!row) return <CouncilNoResult council={council} snapshot={national.snapshot} />;
  return <CouncilSummary council={council} row={row} {...national} />;
}
