import { z } from 'zod';
import { AssessmentSchema, IsoDateSchema, LineSchema, RATINGS, SlugSchema, score } from '@/lib/assessment';
import { STATEMENT_SLUGS, StatementSlugSchema } from '@/lib/framework';

/**
 * The zod schemas of the ratings register: CQC's published rating and nine
 * scores of every council, one row per assessment. They are the only source of
 * the register's types.
 */

/** The register's columns, in order: the statements' columns are the framework's slugs. */
export const REGISTER_COLUMNS = ['authority', 'rating', 'published', 'report_url', ...STATEMENT_SLUGS] as const;

/** A month as the register records it, "2024-08": CQC's reports give the day, the compilation does not. */
export function month() {
  return z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month such as "2024-08" (year, then month 01 to 12)' });
}

/** An address on CQC's website, the source of a row. */
export function cqcAddress() {
  return z.string().refine((url) => /^https:\/\/www\.cqc\.org\.uk\/\S*$/.test(url) && URL.canParse(url), {
    error: 'expected an address on CQC\'s website, starting https://www.cqc.org.uk/',
  });
}

/** CQC's rating, or null where the compilation did not record it: shown as "not recorded", never inferred. */
export function registerRating() {
  return z.enum(RATINGS, { error: `expected one of ${RATINGS.join(', ')}, or empty where the rating was not recorded` }).nullable();
}

/**
 * Each statement's score, or null where the report did not assess that
 * statement (CQC may assess fewer than nine; the overall score combines those
 * assessed). At least one must be assessed.
 */
export const RegisterScoresSchema = z.record(StatementSlugSchema, score().nullable())
  .refine((scores) => Object.values(scores).some((s) => s !== null), { error: 'expected at least one quality statement score' });

export const RegisterRowSchema = z.object({
  authority: z.string().regex(/^\S(?:.*\S)?$/, { error: 'expected the council\'s name, without spaces around it' }),
  rating: registerRating(),
  published: month(),
  reportUrl: cqcAddress(),
  scores: RegisterScoresSchema,
  /** Where the row is: the register file and the line its record starts on. */
  file: z.string().min(1),
  line: LineSchema,
});

/** The register's provenance: its markdown, as the site shows it, and the date of the snapshot it describes. */
export const ProvenanceSchema = z.object({
  file: z.string().min(1),
  markdown: z.string().min(1),
  date: IsoDateSchema,
  /** The line of the "Snapshot: 3 October 2025" statement. */
  line: LineSchema,
});

/** The snapshot: the provenance with the counts derived from the rows. */
export const SnapshotSchema = ProvenanceSchema.extend({
  rows: z.int().nonnegative(),
  councils: z.int().nonnegative(),
});

/** A full report in content/, as the loader holds it. */
export const ReportFileSchema = z.object({ file: z.string().min(1), assessment: AssessmentSchema });

/** One council: its register rows, newest first, and its full report if content/ holds one. */
export const CouncilSchema = z.object({
  slug: SlugSchema,
  authority: z.string().min(1),
  rows: z.array(RegisterRowSchema),
  report: ReportFileSchema.nullable(),
});

/** A problem worth printing that does not stop the build: it puts no wrong figure on a page. */
export const ContentWarningSchema = z.object({ file: z.string().min(1), message: z.string().min(1) });

export type RegisterRow = z.infer<typeof RegisterRowSchema>;
export type RegisterScores = z.infer<typeof RegisterScoresSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;
export type ReportFile = z.infer<typeof ReportFileSchema>;
export type Council = z.infer<typeof CouncilSchema>;
export type ContentWarning = z.infer<typeof ContentWarningSchema>;
