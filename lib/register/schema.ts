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

/** A council's name as a file gives it: not empty, no spaces around it. */
export function councilName() {
  return z.string().regex(/^\S(?:.*\S)?$/, { error: 'expected the council\'s name, without spaces around it' });
}

/** CQC's overall score as CQC prints it (a whole percentage, 25 to 100), where a source gives it. */
export function printedOverallScore() {
  const error = 'expected CQC\'s overall score, a whole number from 25 to 100';
  return z.int({ error }).min(25, { error }).max(100, { error });
}

/**
 * One published result of a council: CQC's rating, month and scores, from
 * the ratings register (`origin` "register") or recorded one by one after
 * its snapshot from a named source ("later"). A score no source gives is
 * null ("not recorded"), never worked out.
 */
export const RegisterRowSchema = z.object({
  authority: councilName(),
  rating: registerRating(),
  published: month(),
  /** The report on CQC's website; null where no source gives its address (some later results). */
  reportUrl: cqcAddress().nullable(),
  scores: z.record(StatementSlugSchema, score().nullable()),
  /** CQC's printed overall score, where a source gives it; the register does not record it. */
  overallScore: printedOverallScore().nullable(),
  /** For a later result, where it was found and the words that state it; null for the register's own rows. */
  source: z.string().min(1).nullable(),
  origin: z.enum(['register', 'later']),
  /** Where the row is: its file and the line its record starts on. */
  file: z.string().min(1),
  line: LineSchema,
});

/** A row of the register file itself: its report's address and at least one score are always there. */
export const RegisterFileRowSchema = RegisterRowSchema.extend({ reportUrl: cqcAddress(), scores: RegisterScoresSchema });

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

/** England's nine regions, as ONS spells them. */
export const REGIONS = ['North East', 'North West', 'Yorkshire and The Humber', 'East Midlands', 'West Midlands', 'East of England', 'London', 'South East', 'South West'] as const;
/** The kinds of council with adult social care duties; "other" is the City of London and the Isles of Scilly. */
export const COUNCIL_TYPES = ['county', 'unitary', 'metropolitan district', 'London borough', 'other'] as const;
/**
 * How many councils in England have adult social care duties, all of which
 * CQC assesses (REFERENCE: "England's 153 local authorities with adult social
 * care duties"); content/councils-england.csv must list exactly these.
 */
export const ENGLAND_COUNCILS = 153;

/** An ONS (GSS) code of a council with adult social care duties: E06 unitary, E08 metropolitan district, E09 London borough, E10 county. */
export function gssCode() {
  return z.string().regex(/^E(06|08|09|10)\d{6}$/, { error: 'expected an ONS (GSS) code such as "E09000015" (E06, E08, E09 or E10 and six digits)' });
}

/** One of England's councils, as content/councils-england.csv lists it. */
export const EnglandCouncilSchema = z.object({
  gssCode: gssCode(),
  name: councilName(),
  shortName: councilName(),
  region: z.enum(REGIONS, { error: `expected one of England's regions as ONS spells them: ${REGIONS.join(', ')}` }),
  type: z.enum(COUNCIL_TYPES, { error: `expected one of ${COUNCIL_TYPES.join(', ')}` }),
  /** The code before ONS recoded the council (1 April 2025), which older datasets use. */
  formerGssCode: gssCode().nullable(),
  /** The council's name in the ratings register, exactly as written there; null where the register has no row. */
  registerAuthority: councilName().nullable(),
  file: z.string().min(1),
  line: LineSchema,
});

/**
 * One council: where the site shows it, what it is (null for a council
 * outside England's 153, such as the made-up councils of the tests), its
 * results newest first, and its full report if content/ holds one.
 */
export const CouncilSchema = z.object({
  slug: SlugSchema,
  /** Its name as the site shows it: the official name, or a report's title for a council outside England's list. */
  authority: z.string().min(1),
  england: EnglandCouncilSchema.nullable(),
  /** Other addresses it has had or could be typed as (its register spelling, its report's title): each redirects to `slug`. */
  aliases: z.array(SlugSchema),
  rows: z.array(RegisterRowSchema),
  report: ReportFileSchema.nullable(),
});

/** A problem worth printing that does not stop the build: it puts no wrong figure on a page. */
export const ContentWarningSchema = z.object({ file: z.string().min(1), message: z.string().min(1) });

export type RegisterRow = z.infer<typeof RegisterRowSchema>;
export type EnglandCouncil = z.infer<typeof EnglandCouncilSchema>;
export type Region = (typeof REGIONS)[number];
export type CouncilType = (typeof COUNCIL_TYPES)[number];
export type RegisterScores = z.infer<typeof RegisterScoresSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type Snapshot = z.infer<typeof SnapshotSchema>;
export type ReportFile = z.infer<typeof ReportFileSchema>;
export type Council = z.infer<typeof CouncilSchema>;
export type ContentWarning = z.infer<typeof ContentWarningSchema>;
