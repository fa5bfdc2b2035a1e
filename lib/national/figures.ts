import { RATINGS, type Rating } from '@/lib/assessment';
import { overallScore } from '@/lib/assessment/rating';
import { STATEMENTS, type FrameworkStatement } from '@/lib/framework';
import type { RegisterRow } from '@/lib/register/schema';
import type { NationalEntry } from './entries';

/**
 * Counts across councils, each council counted once (its latest row). Pure;
 * the site labels them as its own counts of CQC's published results.
 */

export type RatingCount = { rating: Rating | null; councils: number };

/** How many councils have each of CQC's ratings, in CQC's order, then how many have none recorded (rating null). */
export function ratingCounts(entries: readonly NationalEntry[]): RatingCount[] {
  return [...RATINGS, null].map((rating) => ({ rating, councils: entries.filter((e) => e.row.rating === rating).length }));
}

export type OverallFigure = {
  slug: string;
  authority: string;
  /** The whole percentage, rounded up as CQC rounds (lib/assessment/rating.ts). */
  percent: number;
  total: number;
  maximum: number;
  /** 'cqc' where the council's report prints this figure; 'calculated' where the site works it out from the scores. */
  source: 'cqc' | 'calculated';
};

/** The scores a row records, without the statements not assessed. */
export function assessedScores(row: RegisterRow): number[] {
  return Object.values(row.scores).filter((s) => s !== null);
}

/**
 * Each council's overall percentage by CQC's method. Where the report prints
 * CQC's own figure the parser has already checked it equals this one, so the
 * figure is the same and only its label differs.
 */
export function overallFigure(entry: NationalEntry): OverallFigure {
  const overall = overallScore(assessedScores(entry.row));
  return {
    slug: entry.slug,
    authority: entry.authority,
    percent: overall.roundedPercentage,
    total: overall.total,
    maximum: overall.maximum,
    source: entry.printedOverall === null ? 'calculated' : 'cqc',
  };
}

export type PercentCount = { percent: number; councils: number; printedByCqc: number };

/** How many councils have each overall percentage, lowest first; `printedByCqc` of them are CQC's printed figures. */
export function percentDistribution(entries: readonly NationalEntry[]): PercentCount[] {
  const counts = new Map<number, PercentCount>();
  for (const figure of entries.map(overallFigure)) {
    const count = counts.get(figure.percent) ?? { percent: figure.percent, councils: 0, printedByCqc: 0 };
    count.councils += 1;
    if (figure.source === 'cqc') count.printedByCqc += 1;
    counts.set(figure.percent, count);
  }
  return [...counts.values()].sort((a, b) => a.percent - b.percent);
}

export type StatementDistribution = {
  statement: FrameworkStatement;
  /** Councils scoring 1, 2, 3 and 4, in that order. */
  scores: { score: number; councils: number }[];
  notAssessed: number;
};

/** For one statement, how many councils scored 1, 2, 3 and 4, and how many were not assessed on it. */
export function statementDistribution(entries: readonly NationalEntry[], statement: FrameworkStatement): StatementDistribution {
  const given = entries.map((e) => e.row.scores[statement.slug]);
  return {
    statement,
    scores: [1, 2, 3, 4].map((score) => ({ score, councils: given.filter((s) => s === score).length })),
    notAssessed: given.filter((s) => s === null).length,
  };
}

/** The distribution of each of the nine statements, in CQC's order. */
export function statementDistributions(entries: readonly NationalEntry[]): StatementDistribution[] {
  return STATEMENTS.map((statement) => statementDistribution(entries, statement));
}
