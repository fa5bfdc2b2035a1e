import type { Rating } from '@/lib/assessment';
import { bandOf } from '@/lib/assessment/rating';
import { STATEMENTS } from '@/lib/framework';
import type { EnglandCouncil, RegisterRow } from '@/lib/register/schema';
import type { NationalEntry } from './entries';
import { overallFigure, statementDistribution, type OverallFigure, type StatementDistribution } from './figures';
import { countedSet, groupCounts, type CountedSet, type CouncilGroup, type GroupCounts } from './groups';

/**
 * One council read against all the others: counts, never ranks (the figures
 * cannot support a league table), among all councils, among councils of its
 * kind and in its region.
 */
export type CouncilContext = {
  /** How many councils are counted, this one included. */
  councils: number;
  /** What the counts are of: the register's snapshot and the results recorded since. */
  counted: CountedSet;
  /** The month of the council's result that is counted (its latest), "2024-08". */
  published: string;
  /** Where that result comes from: a score it lacks is "not scored" in the register's, "not recorded" in a later result's. */
  origin: RegisterRow['origin'];
  rating: Rating | null;
  /** How many councils (this one included) have its rating; null when its rating is not recorded. */
  sameRating: number | null;
  /** Its overall percentage, or null where not known. */
  overall: OverallFigure | null;
  /** The band of CQC's method its overall percentage is in; null where the percentage is not known. */
  band: Rating | null;
  /** All councils, then (for a council of England's list) those of its kind and those of its region. */
  groups: GroupCounts[];
  /** Each statement: this council's score (null if not assessed or not recorded) and how every council scored. */
  statements: { score: number | null; distribution: StatementDistribution }[];
};

/**
 * The context of the council at `slug` among `entries` (each council's latest
 * result), or undefined if it has none. `england` is England's list of
 * councils, for how many each set has in all.
 */
export function councilContext(entries: readonly NationalEntry[], slug: string, england: readonly EnglandCouncil[]): CouncilContext | undefined {
  const entry = entries.find((e) => e.slug === slug);
  if (!entry) return undefined;
  const overall = overallFigure(entry);
  const { rating } = entry.row;
  const groups: CouncilGroup[] = entry.england
    ? [{ kind: 'all' }, { kind: 'type', type: entry.england.type }, { kind: 'region', region: entry.england.region }]
    : [{ kind: 'all' }];
  return {
    councils: entries.length,
    counted: countedSet(entries),
    published: entry.row.published,
    origin: entry.row.origin,
    rating,
    sameRating: rating === null ? null : entries.filter((e) => e.row.rating === rating).length,
    overall,
    band: overall === null ? null : bandOf(overall.percent).rating,
    groups: groups.map((group) => groupCounts(entries, group, england)),
    statements: STATEMENTS.map((statement) => ({
      score: entry.row.scores[statement.slug],
      distribution: statementDistribution(entries, statement),
    })),
  };
}
