import type { MetadataRoute } from 'next';
import { getAssessments } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';
import { assessmentPath, sectionPath } from '@/lib/view/navigation';
import { SITE_PAGES } from '@/lib/view/site-pages';

/** Every page of the site: the fixed pages, each overview, theme and statement. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const assessments = await getAssessments();
  const fixed = SITE_PAGES.map((page) => ({ url: absoluteUrl(page.path) }));
  const perAssessment = assessments.flatMap((a) => [
    { url: absoluteUrl(assessmentPath(a)), lastModified: a.published },
    ...a.themes.flatMap((t) => [t, ...t.statements]).map((s) => ({ url: absoluteUrl(sectionPath(a, s)), lastModified: a.published })),
  ]);
  return [...fixed, ...perAssessment];
}
