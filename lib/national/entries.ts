import { z } from 'zod';
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

/**
 * The parser keeps a report's printed overall score as `overallScore`
 * (docs/overall-score.md); reports without one, and models from before that
 * field, give null. Read through a schema so no cast is needed either way.
 */
const PrintedOverallSchema = z.object({ overallScore: z.int().min(0).max(100) });

/** CQC's printed overall score of a report, or null where the report prints none. */
export function printedOverallOf(assessment: Assessment): number | null {
  const printed = PrintedOverallSchema.safeParse(assessment);
  return printed.success ? printed.data.overallScore : null;
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
