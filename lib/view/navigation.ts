import type { Assessment, Statement, Theme } from '@/lib/assessment';

/**
 * Addresses and the way around an assessment. Themes and statements share
 * one namespace under the authority (`/<authority>/<theme or statement>`);
 * the parser guarantees no slug is used twice.
 */

export type Section =
  | { kind: 'theme'; theme: Theme }
  | { kind: 'statement'; statement: Statement; theme: Theme; previous: Statement | null; next: Statement | null };

export function assessmentPath(assessment: Pick<Assessment, 'slug'>): string {
  return `/${assessment.slug}`;
}

export function sectionPath(assessment: Pick<Assessment, 'slug'>, section: { slug: string }): string {
  return `/${assessment.slug}/${section.slug}`;
}

/** Every theme and statement slug of an assessment, for generateStaticParams. */
export function sectionSlugs(assessment: Assessment): string[] {
  return assessment.themes.flatMap((t) => [t.slug, ...t.statements.map((s) => s.slug)]);
}

/** The theme or statement at `slug`, with a statement's neighbours in report order; undefined if none. */
export function findSection(assessment: Assessment, slug: string): Section | undefined {
  const theme = assessment.themes.find((t) => t.slug === slug);
  if (theme) return { kind: 'theme', theme };
  const ordered = assessment.themes.flatMap((t) => t.statements.map((statement) => ({ statement, theme: t })));
  const index = ordered.findIndex((entry) => entry.statement.slug === slug);
  const found = ordered[index];
  if (!found) return undefined;
  return {
    kind: 'statement',
    statement: found.statement,
    theme: found.theme,
    previous: ordered[index - 1]?.statement ?? null,
    next: ordered[index + 1]?.statement ?? null,
  };
}
