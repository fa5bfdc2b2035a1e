import type { Assessment } from '@/lib/assessment';
import { monthOf } from '@/lib/register/cross-check';
import type { Council, EnglandCouncil, RegisterRow } from '@/lib/register/schema';

/**
 * The national picture is read over each council's latest result (a register
 * row or a later result): the result CQC currently shows for it. These are
 * the entries every national figure counts.
 */

export type NationalEntry = {
  slug: string;
  authority: string;
  /** The council as England's list has it (its kind and region); null outside the list (never counted: such a council has no result). */
  england: EnglandCouncil | null;
  row: RegisterRow;
  /** CQC's own overall score, where a source of the row gives it or the council's full report of that month prints it; else null. */
  printedOverall: number | null;
};

/** CQC's printed overall score of a report (docs/overall-score.md), or null where the report prints none. */
export function printedOverallOf(assessment: Pick<Assessment, 'overallScore'>): number | null {
  return assessment.overallScore;
}

/** CQC's printed overall score of one result of a council: where the result's source gives it, or the council's full report is of that month and prints it; else null (never worked out). */
export function printedOverallOfRow(council: Pick<Council, 'report'>, row: RegisterRow): number | null {
  const report = council.report?.assessment;
  return row.overallScore ?? (report && monthOf(report) === row.published ? printedOverallOf(report) : null);
}

/**
 * One entry per council of England with a result: its newest row, and CQC's
 * printed score where the row's source gives it or its report is that
 * assessment. A council outside England's list is counted in no figure.
 */
export function nationalEntries(councils: readonly Council[]): NationalEntry[] {
  return councils.flatMap((council) => {
    const row = council.rows[0];
    if (!row) return [];
    const report = council.report?.assessment;
    const printedOverall = row.overallScore ?? (report && monthOf(report) === row.published ? printedOverallOf(report) : null);
    return [{ slug: council.slug, authority: council.authority, england: council.england, row, printedOverall }];
  });
}
