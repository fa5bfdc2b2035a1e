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
  /** The scores' total and maximum, where every score is known; null for a printed figure whose scores no source gives. */
  total: number | null;
  maximum: number | null;
  /** 'cqc' where CQC printed this figure (its report, or the source of a later result); 'calculated' where the site works it out from the scores. */
  source: 'cqc' | 'calculated';
};

/** The scores a row records, without the statements not assessed. */
export function assessedScores(row: RegisterRow): number[] {
  return Object.values(row.scores).filter((s) => s !== null);
}

/**
 * The scores CQC's method combines, or null when they are not all known. A
 * register row's empty score is a statement not assessed, left out as CQC
 * leaves it out; a later result's is a score no source gave, so nothing can
 * be worked out from the rest.
 */
export function knownScores(row: RegisterRow): number[] | null {
  const scores = assessedScores(row);
  if (scores.length === 0) return null;
  return row.origin === 'later' && scores.length < Object.keys(row.scores).length ? null : scores;
}

/**
 * Each council's overall percentage: CQC's printed figure where known, else
 * the site's by CQC's method from the scores, else null (not recorded). Where
 * both exist they are equal (the parser and the later results' check see to
 * it), so only the label differs.
 */
export function overallFigure(entry: Pick<NationalEntry, 'slug' | 'authority' | 'row' | 'printedOverall'>): OverallFigure | null {
  const scores = knownScores(entry.row);
  const overall = scores && overallScore(scores);
  const percent = entry.printedOverall ?? overall?.roundedPercentage;
  if (percent === undefined) return null;
  return {
    slug: entry.slug,
    authority: entry.authority,
    percent,
    total: overall?.total ?? null,
    maximum: overall?.maximum ?? null,
    source: entry.printedOverall === null ? 'calculated' : 'cqc',
  };
}

/** The councils whose overall score is not known: no source gives CQC's figure, and not every score is known. */
export function overallNotKnown(entries: readonly NationalEntry[]): NationalEntry[] {
  return entries.filter((e) => overallFigure(e) === null);
}

export type PercentCount = { percent: number; councils: number; printedByCqc: number };

/** How many councils have each overall percentage, lowest first; `printedByCqc` of them are CQC's printed figures. */
export function percentDistribution(entries: readonly NationalEntry[]): PercentCount[] {
  const counts = new Map<number, PercentCount>();
  for (const figure of entries.map(overallFigure).filter((f) => f !== null)) {
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
  /** Councils whose assessment did not score the statement (a register row's empty score). */
  notAssessed: number;
  /** Councils whose score no source gives (a later result's empty score). */
  notRecorded: number;
};

/** For one statement, how many councils scored 1, 2, 3 and 4, how many were not assessed on it, and how many have no score recorded. */
export function statementDistribution(entries: readonly NationalEntry[], statement: FrameworkStatement): StatementDistribution {
  const given = entries.map((e) => ({ score: e.row.scores[statement.slug], origin: e.row.origin }));
  return {
    statement,
    scores: [1, 2, 3, 4].map((score) => ({ score, councils: given.filter((g) => g.score === score).length })),
    notAssessed: given.filter((g) => g.score === null && g.origin === 'register').length,
    notRecorded: given.filter((g) => g.score === null && g.origin === 'later').length,
  };
}

/** The distribution of each of the nine statements, in CQC's order. */
export function statementDistributions(entries: readonly NationalEntry[]): StatementDistribution[] {
  return STATEMENTS.map((statement) => statementDistribution(entries, statement));
}
