import type { Rating } from '@/lib/assessment';
import { STATEMENTS } from '@/lib/framework';
import type { NationalEntry } from './entries';
import { overallFigure, statementDistribution, type OverallFigure, type StatementDistribution } from './figures';

/**
 * One council read against all the others: counts, never ranks (the figures
 * cannot support a league table).
 */
export type CouncilContext = {
  /** How many councils are counted, this one included. */
  councils: number;
  /** The month of the council's assessment that is counted (its latest register row), "2024-08". */
  published: string;
  rating: Rating | null;
  /** How many councils (this one included) have its rating; null when its rating is not recorded. */
  sameRating: number | null;
  /** Its overall percentage, or null where not known. */
  overall: OverallFigure | null;
  /** Councils with a lower, the same (this one included) and a higher overall percentage, of those whose percentage is known. */
  lower: number;
  samePercent: number;
  higher: number;
  /** Each statement: this council's score (null if not assessed) and how every council scored. */
  statements: { score: number | null; distribution: StatementDistribution }[];
};

/** The context of the council at `slug` among `entries` (each council's latest row), or undefined if it has none. */
export function councilContext(entries: readonly NationalEntry[], slug: string): CouncilContext | undefined {
  const entry = entries.find((e) => e.slug === slug);
  if (!entry) return undefined;
  const overall = overallFigure(entry);
  const percents = entries.flatMap((e) => overallFigure(e)?.percent ?? []);
  const at = overall?.percent ?? Number.NaN;
  const { rating } = entry.row;
  return {
    councils: entries.length,
    published: entry.row.published,
    rating,
    sameRating: rating === null ? null : entries.filter((e) => e.row.rating === rating).length,
    overall,
    lower: percents.filter((p) => p < at).length,
    samePercent: percents.filter((p) => p === at).length,
    higher: percents.filter((p) => p > at).length,
    statements: STATEMENTS.map((statement) => ({
      score: entry.row.scores[statement.slug],
      distribution: statementDistribution(entries, statement),
    })),
  };
}
