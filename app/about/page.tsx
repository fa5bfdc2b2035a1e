import type { Metadata } from 'next';
import { AboutView } from '@/components/about-view';
import { getAssessments, getEnglandCouncils, getNationalEntries, getSnapshot } from '@/lib/content';
import { countedSet } from '@/lib/national';
import { SITE_NAME, siteOperator } from '@/lib/site';
import { homeCard } from '@/lib/view/cards';
import { pageMetadata } from '@/lib/view/metadata';
import { ABOUT_PATH } from '@/lib/view/site-pages';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(`About this site - ${SITE_NAME}`,
    'An independent viewer of the Care Quality Commission\u2019s published local authority assessments, not a CQC website: what it shows, where the data comes from, what it calculates and who runs it.',
    ABOUT_PATH, homeCard((await getAssessments()).length));
}

export default async function AboutPage() {
  const [snapshot, assessments, entries, england] = await Promise.all([getSnapshot(), getAssessments(), getNationalEntries(), getEnglandCouncils()]);
  return (
    <AboutView operator={siteOperator()} snapshot={snapshot} reports={assessments.length} counted={countedSet(entries)} england={england.length} />
  );
}
