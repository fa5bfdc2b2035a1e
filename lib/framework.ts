import { z } from 'zod';
import { SAME_STATEMENT, nameSimilarity } from '@/lib/assessment/validate';

/**
 * CQC's assessment framework for local authorities, as one table: the four
 * themes and the nine quality statements in CQC's order. This is the one place
 * the statements' names are written: the register's columns are their slugs,
 * and a report's statement is matched to its framework statement here. Theme
 * titles are generic ("the local authority"); a report puts its council's name
 * in their place.
 */

const THEME_TITLES = {
  1: 'How the local authority works with people',
  2: 'Providing support',
  3: 'How the local authority ensures safety within the system',
  4: 'Leadership',
} as const;

export const THEMES = ([1, 2, 3, 4] as const).map((number) => ({ number, title: THEME_TITLES[number] }));

export const STATEMENTS = [
  { name: 'Assessing needs', slug: 'assessing-needs', theme: 1 },
  { name: 'Supporting people to live healthier lives', slug: 'supporting-people-to-live-healthier-lives', theme: 1 },
  { name: 'Equity in experience and outcomes', slug: 'equity-in-experience-and-outcomes', theme: 1 },
  { name: 'Care provision, integration and continuity', slug: 'care-provision-integration-and-continuity', theme: 2 },
  { name: 'Partnerships and communities', slug: 'partnerships-and-communities', theme: 2 },
  { name: 'Safe pathways, systems and transitions', slug: 'safe-pathways-systems-and-transitions', theme: 3 },
  { name: 'Safeguarding', slug: 'safeguarding', theme: 3 },
  { name: 'Governance, management and sustainability', slug: 'governance-management-and-sustainability', theme: 4 },
  { name: 'Learning, improvement and innovation', slug: 'learning-improvement-and-innovation', theme: 4 },
] as const;

/** The statements' slugs in CQC's order; the register's score columns. */
export const STATEMENT_SLUGS = STATEMENTS.map((s) => s.slug);

export const StatementSlugSchema = z.enum(STATEMENT_SLUGS);

export type FrameworkTheme = (typeof THEMES)[number];
export type FrameworkStatement = (typeof STATEMENTS)[number];
export type StatementSlug = z.infer<typeof StatementSlugSchema>;

/**
 * The framework statement a report's statement name stands for: the one whose
 * name is the same or nearly the same by the parser's own rule for its score
 * list (the same words, whatever their case, curly quotes and spacing, are 1;
 * "lead healthier lives" for "live healthier lives" is 0.83). The nine names
 * share too few words for any name to be nearly the same as two of them.
 * Undefined when none is.
 */
export function frameworkStatement(name: string): FrameworkStatement | undefined {
  const [best] = STATEMENTS
    .map((statement) => ({ statement, similarity: nameSimilarity(name, statement.name) }))
    .sort((a, b) => b.similarity - a.similarity);
  return best && best.similarity >= SAME_STATEMENT ? best.statement : undefined;
}

/** The theme a framework statement belongs to. */
export function themeOf(statement: FrameworkStatement): FrameworkTheme {
  return { number: statement.theme, title: THEME_TITLES[statement.theme] };
}
