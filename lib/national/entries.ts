import type { Assessment } from '@/lib/assessment';
import { monthOf } from '@/lib/register/cross-check';
import type { Council, RegisterRow } from '@/lib/register/schema';

/**
 * The national picture is read over each council's latest register row: the
 * result CQC currently shows for it. These are the entries every national
 * figure counts.
 */

export type NationalEntry = {
  slug: string;
  authority: string;
  row: RegisterRow;
  /** CQC's own overall score, where the council's full report of that month prints one; else null. */
  printedOverall: number | null;
};

/** CQC's printed overall score of a report (docs/overall-score.md), or null where the report prints none. */
export function printedOverallOf(assessment: Pick<Assessment, 'overallScore'>): number | null {
  return assessment.overallScore;
}

/** One entry per council with a register row: its newest row, and CQC's printed score where its report is that assessment. */
export function nationalEntries(councils: readonly Council[]): NationalEntry[] {
  return councils.flatMap((council) => {
    const row = council.rows[0];
    if (!row) return [];
    const report = council.report?.assessment;
    const printedOverall = report && monthOf(report) === row.published ? printedOverallOf(report) : null;
    return [{ slug: council.slug, authority: council.authority, row, printedOverall }];
  });
}
