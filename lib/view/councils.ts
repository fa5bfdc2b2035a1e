import { RATINGS, type Assessment, type Rating } from '@/lib/assessment';
import { slugify } from '@/lib/assessment/blocks';
import { STATEMENTS, frameworkStatement, type StatementSlug } from '@/lib/framework';
import { monthOf } from '@/lib/register/cross-check';
import type { Council } from '@/lib/register/schema';

/**
 * A council's latest published result, from its newest result row (the
 * register's or one recorded since), or from its full report where it has
 * no row; and the words the lists of councils use (lib/view/council-list.ts).
 */

export type CouncilRow = {
  slug: string;
  authority: string;
  /** CQC's rating, or null where the register does not record it (never inferred). */
  rating: Rating | null;
  /** The month of publication, "2024-08". */
  published: string;
  /** The nine scores in CQC's order; null for a statement not assessed. */
  scores: (number | null)[];
  /** Whether the site holds the full report (its page is the overview) or only the register's row (a summary page). */
  hasReport: boolean;
};

/** The scores of a full report, in the framework's order; null for a statement it does not score. */
function reportScores(assessment: Assessment): (number | null)[] {
  const statements = assessment.themes.flatMap((t) => t.statements);
  return STATEMENTS.map((framework) => statements.find((s) => frameworkStatement(s.name)?.slug === framework.slug)?.score ?? null);
}

/** One council's latest result; undefined for a council with neither a row nor a report (the loader makes none). */
export function councilRow(council: Council): CouncilRow | undefined {
  const row = council.rows[0];
  const hasReport = council.report !== null;
  const base = { slug: council.slug, authority: council.authority, hasReport };
  if (row) return { ...base, rating: row.rating, published: row.published, scores: STATEMENTS.map((s) => row.scores[s.slug]) };
  const assessment = council.report?.assessment;
  if (!assessment) return undefined;
  return { ...base, rating: assessment.rating, published: monthOf(assessment), scores: reportScores(assessment) };
}

/** Every council's row, in the loader's order (by name). */
export function councilRows(councils: readonly Council[]): CouncilRow[] {
  return councils.flatMap((council) => councilRow(council) ?? []);
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2024-08" as a reader writes it: "August 2024". */
export function formatMonth(month: string): string {
  return MONTH.format(new Date(`${month}-01T00:00:00Z`));
}

/** A rating filter: CQC's four ratings, then "not recorded", each with its page's slug. */
export type RatingFilter = { rating: Rating | null; slug: string; label: string };

/** The address part of a rating's page: "requires-improvement", and "not-recorded" for none. */
export function ratingSlug(rating: Rating | null): string {
  return rating === null ? 'not-recorded' : slugify(rating);
}

export const RATING_FILTERS: readonly RatingFilter[] = [...RATINGS, null].map((rating) => ({
  rating, slug: ratingSlug(rating), label: rating ?? 'Not recorded',
}));

/** The filter whose page is at `slug`, or undefined (the page is then a 404). */
export function ratingFilter(slug: string): RatingFilter | undefined {
  return RATING_FILTERS.find((f) => f.slug === slug);
}

/** The address of the list narrowed to one rating. */
export function ratingPath(filter: Pick<RatingFilter, 'slug'>): string {
  return `/rating/${filter.slug}`;
}

/**
 * Short names for the nine statements, for the narrow column headers of the
 * lists and, on a phone, the label of each score; the full name is always
 * given beside them for screen readers. The phone labels are drawn by CSS
 * (app/styles/lists.css), which a unit test holds to these.
 */
export const SHORT_NAMES: Readonly<Record<StatementSlug, string>> = {
  'assessing-needs': 'Needs',
  'supporting-people-to-live-healthier-lives': 'Healthier lives',
  'equity-in-experience-and-outcomes': 'Equity',
  'care-provision-integration-and-continuity': 'Care provision',
  'partnerships-and-communities': 'Partners',
  'safe-pathways-systems-and-transitions': 'Safe pathways',
  safeguarding: 'Safeguarding',
  'governance-management-and-sustainability': 'Governance',
  'learning-improvement-and-innovation': 'Learning',
};
