import type { MetadataRoute } from 'next';
import { getAssessments, getCouncils } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';
import { COUNCIL_TYPES, REGIONS } from '@/lib/register/schema';
import { RATING_FILTERS, councilRow, ratingPath } from '@/lib/view/councils';
import { regionPath, typePath } from '@/lib/view/england';
import { PROVENANCE_PATH } from '@/lib/view/national-meta';
import { assessmentPath, sectionPath } from '@/lib/view/navigation';
import { SITE_PAGES } from '@/lib/view/site-pages';

/**
 * Every page of the site: the fixed pages, the register's provenance, the
 * list narrowed to each rating, region and kind of council, every council's
 * page (an overview, a summary or a page saying the site holds no result)
 * and each full report's theme and statement pages.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [assessments, councils] = await Promise.all([getAssessments(), getCouncils()]);
  const lists = [...RATING_FILTERS.map(ratingPath), ...REGIONS.map(regionPath), ...COUNCIL_TYPES.map(typePath)];
  const fixed = [...SITE_PAGES.map((page) => page.path), PROVENANCE_PATH, ...lists].map((path) => ({ url: absoluteUrl(path) }));
  const perCouncil = councils.map((council) => ({
    url: absoluteUrl(assessmentPath(council)),
    lastModified: council.report?.assessment.published ?? councilRow(council)?.published,
  }));
  const sections = assessments.flatMap((a) => a.themes.flatMap((t) => [t, ...t.statements])
    .map((s) => ({ url: absoluteUrl(sectionPath(a, s)), lastModified: a.published })));
  return [...fixed, ...perCouncil, ...sections];
}
