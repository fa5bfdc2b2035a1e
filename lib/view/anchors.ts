import type { Comparison, Finding, Statement } from '@/lib/assessment';

/**
 * Fragment ids for deep links, derived from content alone: a finding's id is
 * the slug of its heading, a paragraph's is its position within its finding,
 * a figure's is its position within its paragraph. Nothing here counts across
 * the page, so editing one section never moves another's address.
 */

export function findingAnchor(finding: Pick<Finding, 'slug'>): string {
  return finding.slug;
}

export function paragraphAnchor(finding: Pick<Finding, 'slug'>, index: number): string {
  return `${finding.slug}-p${index + 1}`;
}

/** The paragraph a comparison was read from, as a fragment id. */
export function sourceAnchor(statement: Pick<Statement, 'findings'>, comparison: Comparison): string {
  const finding = statement.findings.find((f) => f.slug === comparison.finding);
  const index = finding?.paragraphs.findIndex((p) => p.line === comparison.line) ?? -1;
  if (!finding || index === -1) throw new Error(`comparison at line ${comparison.line} is not in finding "${comparison.finding}"`);
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
