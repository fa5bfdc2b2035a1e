import { z } from 'zod';
import { DatasetSchema, IsoDateSchema, LineSchema, ScoreLabelSchema, SlugSchema, cqcRating, printedOverallScore, score } from './value-schemas';

export { DATASETS } from './datasets';
export * from './value-schemas';

/**
 * The zod schemas of the assessment model. They are the only source of its
 * types (`z.infer`), and the JSON the CLI prints and the site offers for
 * download is exactly an `Assessment`. docs/json-format.md documents it.
 */

/** A paragraph (or list item) as published, with its line; `repeatOf` is the line of an identical earlier paragraph. */
export const ParagraphSchema = z.object({
  text: z.string().min(1),
  line: LineSchema,
  repeatOf: LineSchema.optional(),
});

/** A headed run of paragraphs, such as "Summary of people's experiences". */
export const SectionSchema = z.object({
  heading: z.string().min(1),
  line: LineSchema,
  paragraphs: z.array(ParagraphSchema),
});

/**
 * The "About" section. `demographics.heading` is null where the paragraphs
 * follow the About heading with no "Demographics" heading (`line` is then the
 * first paragraph's); `financialFacts.introduction` is the line some reports
 * print before the list ("The financial facts for Hounslow are:").
 */
export const AboutSchema = z.object({
  heading: z.string().min(1),
  line: LineSchema,
  demographics: SectionSchema.extend({
    heading: z.string().min(1).nullable(),
  }).nullable(),
  financialFacts: SectionSchema.extend({
    introduction: ParagraphSchema.nullable(),
    items: z.array(ParagraphSchema),
  }).nullable(),
});

/** The slug of key findings printed without a heading, the common layout; their paragraphs are `key-findings-p1`, ... */
export const UNHEADED_FINDING_SLUG = 'key-findings';

/** A key finding: a heading and its paragraphs, or (`heading: null`) the paragraphs straight under "Key findings for this quality statement". */
export const FindingSchema = z.object({
  heading: z.string().min(1).nullable(),
  slug: SlugSchema,
  line: LineSchema,
  paragraphs: z.array(ParagraphSchema).min(1),
});

/** One national-data comparison: the authority's figure beside the England average, as one sentence (or two) of the findings states it. */
export const ComparisonSchema = z.object({
  metric: z.string().min(1),
  value: z.number(),
  valueText: z.string().min(1),
  englandAverage: z.number(),
  englandAverageText: z.string().min(1),
  /** CQC's own words for how the figures compare ("similar to", "slightly better than"), as printed, or null. */
  reportWording: z.string().min(1).nullable(),
  unit: z.literal('%'),
  dataset: DatasetSchema.nullable(),
  /** The dataset's period as printed ("2023-24", "October 2024"), or null where none is printed. */
  datasetPeriod: z.string().min(1).nullable(),
  text: z.string().min(1),
  line: LineSchema,
  finding: SlugSchema,
  repeatOf: LineSchema.nullable(),
});

export const StatementSchema = z.object({
  name: z.string().min(1),
  slug: SlugSchema,
  line: LineSchema,
  score: score(),
  scoreLabel: ScoreLabelSchema,
  whatPeopleExpect: z.array(z.string().min(1)),
  commitment: z.string().min(1),
  lines: z.object({
    score: LineSchema,
    scoreLabel: LineSchema,
    whatPeopleExpect: z.array(LineSchema),
    commitment: z.array(LineSchema).min(1),
    findings: LineSchema,
  }),
  findings: z.array(FindingSchema).min(1),
  comparisons: z.array(ComparisonSchema),
});

export const ThemeSchema = z.object({
  number: z.int().positive(),
  title: z.string().min(1),
  slug: SlugSchema,
  line: LineSchema,
  notes: z.array(ParagraphSchema),
  statements: z.array(StatementSchema).min(1),
});

/** An entry of the report's "Quality statement scores" list, with the slug of the statement it scores; `line` is its name's, `scoreLine` its score's. */
export const ScoreEntrySchema = z.object({
  name: z.string().min(1),
  score: score(),
  line: LineSchema,
  scoreLine: LineSchema,
  statement: SlugSchema,
});

export const AssessmentSchema = z.object({
  authority: z.string().min(1),
  slug: SlugSchema,
  published: IsoDateSchema,
  rating: cqcRating(),
  /** The overall score CQC prints under the rating, or null where the report prints none. */
  overallScore: printedOverallScore().nullable(),
  lines: z.object({
    title: LineSchema,
    published: LineSchema,
    rating: LineSchema,
    overallScore: LineSchema.nullable(),
    scores: LineSchema,
  }),
  about: AboutSchema.nullable(),
  scores: z.array(ScoreEntrySchema).min(1),
  peoplesExperiences: SectionSchema.nullable(),
  strengthsAndNextSteps: SectionSchema.nullable(),
  themes: z.array(ThemeSchema).min(1),
});

export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type About = z.infer<typeof AboutSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type Comparison = z.infer<typeof ComparisonSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type ScoreEntry = z.infer<typeof ScoreEntrySchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
