import type { Metadata } from 'next';
import { MethodView } from '@/components/method-view';
import { getAssessments } from '@/lib/content';
import { SITE_NAME } from '@/lib/site';
import { homeCard } from '@/lib/view/cards';
import { pageMetadata } from '@/lib/view/metadata';
import { METHOD_PATH } from '@/lib/view/site-pages';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(`How CQC rates councils - ${SITE_NAME}`,
    'How the Care Quality Commission scores quality statements from 1 to 4, turns them into a percentage and an overall rating, and what this site calculates.',
    METHOD_PATH, homeCard((await getAssessments()).length));
}

export default function HowCqcRatesPage() {
  return <MethodView />;
}
