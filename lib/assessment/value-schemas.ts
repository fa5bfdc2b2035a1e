import { z } from 'zod';
import { DATASETS } from './datasets';

/**
 * The schema helpers for the report's single values (a score, a rating, a
 * date, a printed overall score, a line, a slug): the pieces the model's
 * schemas in ./schema.ts are built from, and what the parser reads values with.
 */

/** The labels CQC gives quality statement scores 1, 2, 3 and 4, in that order. */
export const SCORE_LABELS = [
  'Evidence shows significant shortfalls',
  'Evidence shows some shortfalls',
  'Evidence shows a good standard',
  'Evidence shows an exceptional standard',
] as const;

export const RATINGS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'] as const;

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** A quality statement score: a whole number from 1 to 4. */
export function score() {
  const range = { error: 'expected a score from 1 to 4' };
  return z.int(range).min(1, range).max(4, range);
}

/** One of CQC's four overall ratings, spelt as CQC spells them. */
export function cqcRating() {
  return z.enum(RATINGS, { error: `expected one of ${RATINGS.join(', ')}` });
}

export const IsoDateSchema = z.iso.date();

const PRINTED_DATE = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/;

/** A date as printed in a report ("16 August 2024"), turned into ISO form ("2024-08-16"); impossible dates are refused. */
export function publishedDate() {
  return z.string().transform((text, ctx) => {
    // Stryker disable next-line ArrayDeclaration: for text that is not such a date the parts are undefined either way, and the ISO check below refuses it
    const [, day, name, year] = PRINTED_DATE.exec(text.trim()) ?? [];
    const month = MONTHS.findIndex((m) => m === name?.toLowerCase()) + 1;
    const iso = `${year}-${String(month).padStart(2, '0')}-${day?.padStart(2, '0')}`;
    if (!IsoDateSchema.safeParse(iso).success) {
      ctx.issues.push({ code: 'custom', message: 'expected a date such as "16 August 2024"', input: text });
      return z.NEVER;
    }
    return iso;
  });
}

export const ScoreLabelSchema = z.enum(SCORE_LABELS);

/** The label CQC gives a score of 1-4 ("Evidence shows some shortfalls" for 2). */
export function labelOf(score: number): z.infer<typeof ScoreLabelSchema> {
  const label = SCORE_LABELS[score - 1];
  if (!label) throw new RangeError(`CQC gives no label to a score of ${score}`);
  return label;
}

/** An overall score as CQC prints it under the rating: a whole percentage, 25 (every score 1) to 100. */
export function printedOverallScore() {
  const range = { error: 'expected a whole percentage from 25 to 100' };
  return z.int(range).min(25, range).max(100, range);
}

/**
 * The issue of a schema's error that a message reports: its first, or a plain
 * "invalid" for an error with none (zod gives every failed parse at least one).
 */
export function firstIssue(error: z.ZodError): { path: readonly PropertyKey[]; message: string } {
  return error.issues[0] ?? { path: [], message: 'invalid' };
}

export const LineSchema = z.int().positive();
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a slug of lower-case words and hyphens' });
export const DatasetSchema = z.enum(DATASETS);

export type Rating = z.infer<ReturnType<typeof cqcRating>>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type Score = z.infer<ReturnType<typeof score>>;
export type ScoreLabel = z.infer<typeof ScoreLabelSchema>;
