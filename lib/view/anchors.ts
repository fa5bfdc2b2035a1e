import type { Assessment, Comparison, Finding, Paragraph, Statement } from '@/lib/assessment';

/**
 * Fragment ids for deep links, derived from content alone: a finding's id is
 * the slug of its heading, a paragraph's is its position within its finding,
 * a figure's is its position within its paragraph. Nothing here counts across
 * the page, so editing one section never moves another's address.
 */

export function findingAnchor(finding: Pick<Finding, 'slug'>): string {
  return finding.slug;
}

/** A paragraph's id within its finding or section: the finding's or section's id and its place, counted from 1 (`strengths-p1`). */
export function paragraphId(containerId: string, index: number): string {
  return `${containerId}-p${index + 1}`;
}

export function paragraphAnchor(finding: Pick<Finding, 'slug'>, index: number): string {
  return paragraphId(finding.slug, index);
}

/** The fragment ids of the overview's sections of report text; the overview page and the search index both link to them. */
export const OVERVIEW_SECTION_IDS = {
  peoplesExperiences: 'peoples-experiences',
  strengthsAndNextSteps: 'strengths',
  demographics: 'demographics',
} as const;

/** The overview's sections of report paragraphs that an assessment has, in reading order, each with its id. */
export function overviewTextSections(assessment: Pick<Assessment, 'peoplesExperiences' | 'strengthsAndNextSteps' | 'about'>): { id: string; section: { heading: string | null; paragraphs: Paragraph[] } }[] {
  const sections = [
    { id: OVERVIEW_SECTION_IDS.peoplesExperiences, section: assessment.peoplesExperiences },
    { id: OVERVIEW_SECTION_IDS.strengthsAndNextSteps, section: assessment.strengthsAndNextSteps },
    { id: OVERVIEW_SECTION_IDS.demographics, section: assessment.about?.demographics ?? null },
  ];
  return sections.flatMap(({ id, section }) => (section ? [{ id, section }] : []));
}

/** The paragraph a comparison was read from, as a fragment id. */
export function sourceAnchor(statement: Pick<Statement, 'findings'>, comparison: Comparison): string {
  const missing = `comparison at line ${comparison.line} is not in finding "${comparison.finding}"`;
  const finding = statement.findings.find((f) => f.slug === comparison.finding);
  if (!finding) throw new Error(missing);
  const index = finding.paragraphs.findIndex((p) => p.line === comparison.line);
  if (index === -1) throw new Error(missing);
  return paragraphAnchor(finding, index);
}

/** The id of a comparison's table row: its paragraph's id and its place among that paragraph's figures. */
export function comparisonAnchor(statement: Pick<Statement, 'findings' | 'comparisons'>, comparison: Comparison): string {
  const inParagraph = statement.comparisons.filter((c) => c.line === comparison.line);
  return `${sourceAnchor(statement, comparison)}-figure-${inParagraph.indexOf(comparison) + 1}`;
}

/** Ids are unique within a page; on a theme page, which shows several statements, they carry the statement's slug. */
export function scoped(prefix: string | undefined, id: string): string {
  return prefix ? `${prefix}--${id}` : id;
}
