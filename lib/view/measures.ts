import { z } from 'zod';

/**
 * Which way is better for a measure, where a published source says so: an
 * explicit table that a person reviewed, never a guess from keywords. Each
 * entry is a measure's wording exactly as a report prints it (compared after
 * normalising case, spacing and apostrophes only), the direction, and the
 * source that gives it. A measure not in the table gets no direction, so a
 * wording the table does not hold ("people who did not feel safe") can never
 * be read as its opposite.
 *
 * Sources: the Adult Social Care Outcomes Framework (ASCOF) handbook of
 * definitions gives each measure's direction ("a higher value is better");
 * its numbering here is the 2014-15 to 2022-23 framework's, which the
 * reports' survey years use. Measures that are no ASCOF indicator (carers'
 * breaks, staff training, top-up payments) are left out on purpose: the
 * reports do not say which way is better, so the site does not either.
 * Wordings come from the reports in content/ and from the test fixture
 * (tests/fixtures/site), whose wordings follow CQC's later reports; where a
 * report names its council's place, the table says `{place}`, so the same
 * measure is recognised in every council's report.
 */

export const MeasureDirectionSchema = z.enum(['higher-is-better', 'lower-is-better']);

export const MeasureEntrySchema = z.object({
  /** The measure as the report prints it, before "the England average". */
  wording: z.string().min(1),
  direction: MeasureDirectionSchema,
  /** Where the direction comes from, as the page shows it: "ASCOF measure 3A". */
  source: z.string().min(1),
});

export type MeasureDirection = z.infer<typeof MeasureDirectionSchema>;
export type MeasureEntry = z.infer<typeof MeasureEntrySchema>;

const higher = (source: string, wordings: string[]) => wordings.map((wording) => ({ wording, direction: 'higher-is-better' as const, source }));

export const MEASURES: readonly MeasureEntry[] = z.array(MeasureEntrySchema).parse([
  ...higher('ASCOF measure 1B (people who use services who have control over their daily life)', [
    'people felt they had control over their daily life',
    'people who used services felt they had control over their daily life',
  ]),
  ...higher('ASCOF measure 1C(2A) (people who use services who receive direct payments)', [
    'eligible people in {place} had chosen to take a direct payment',
  ]),
  ...higher('ASCOF measure 1I(1) (people who use services who had as much social contact as they would like)', [
    'surveyed people who lived in {place} reported they had as much social contact as they desired',
  ]),
  ...higher('ASCOF measure 2B(1) (older people still at home 91 days after discharge from hospital into reablement)', [
    'survey respondents living in {place} over 65 who were still at home who were still at home 91 days after discharge from hospital into reablement/rehab',
    'older people were still at home 91 days after leaving hospital into reablement',
  ]),
  ...higher('ASCOF measure 2B(2) (older people who received reablement after discharge from hospital)', [
    'survey respondents living in {place} aged over 65 received reablement/rehabilitation services after discharge from hospital',
  ]),
  ...higher('ASCOF measure 2D (short-term support after which people needed no ongoing support)', [
    'people from {place} who had received short term support no longer requiring ongoing support',
  ]),
  ...higher('ASCOF measure 3A (overall satisfaction of people who use services with their care and support)', [
    'the people surveyed who lived in {place} were satisfied with the care and support they received',
    'people were satisfied with their care and support',
  ]),
  ...higher('ASCOF measure 3B (overall satisfaction of carers with social services)', [
    'carers in {place} were satisfied with social services',
    'carers said they were satisfied with social services',
  ]),
  ...higher('ASCOF measure 3C (carers included or consulted in discussion about the person they care for)', [
    'carers had been included in discussions about the person they cared for',
  ]),
  ...higher('ASCOF measure 3D(1) (people who use services who find it easy to find information about support)', [
    'survey respondents who use services in {place} found it easy to find information about support',
  ]),
  ...higher('ASCOF measure 3D(2) (carers who find it easy to find information about support)', [
    'carers responding to the survey and living in {place} found it easy to access information',
  ]),
  ...higher('ASCOF measure 4A (people who use services who feel safe)', [
    'people who used services in {place} felt safe',
    'people who used services said they felt safe',
  ]),
]);

/** A wording as the table compares it: lower case, one space between words, straight apostrophes, no space at the ends. */
export function normaliseMeasure(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, '\'').replace(/\s+/g, ' ').trim();
}

/** A word that starts with a capital letter: a place name's runs start and end with one, so never a lone "of" or "upon". */
const CAPITALISED = /^\p{Lu}/u;

/**
 * The names a report may use for the council's place: every run of words of
 * its name that starts and ends with a capitalised word ("London Borough of
 * Harrow", "Borough of Harrow", "Harrow"; "Kingston upon Thames").
 */
export function placeNames(authority: string): string[] {
  // Split on single spaces: an empty word from a double space never starts or ends a run, and inside one
  // its extra space goes when a wording is normalised.
  const words = authority.split(' ');
  return words
    .flatMap((_, start) => words.slice(start).map((__, length) => words.slice(start, start + length + 1)))
    .filter((run) => CAPITALISED.test(String(run[0])) && CAPITALISED.test(String(run.at(-1))))
    .map((run) => run.join(' '));
}

/** Every way a council's report with these place names could print a table wording, normalised: as it stands, and with each name for `{place}`. */
function readings(wording: string, places: readonly string[]): string[] {
  return [wording, ...places.map((place) => wording.replaceAll('{place}', () => place))].map(normaliseMeasure);
}

/** Each table's readings for each council, worked out once: a page asks for every figure of its report. */
const lookups = new WeakMap<readonly MeasureEntry[], Map<string, Map<string, MeasureEntry>>>();

/** Every reading of every wording of `table` for the council `authority`, each to the first entry that has it. */
function readingsOf(table: readonly MeasureEntry[], authority: string): Map<string, MeasureEntry> {
  const lookup = new Map<string, MeasureEntry>();
  const places = placeNames(authority);
  for (const entry of table) {
    for (const reading of readings(entry.wording, places)) if (!lookup.has(reading)) lookup.set(reading, entry);
  }
  return lookup;
}

/** The readings of `table` for `authority`, worked out on the first call and kept. */
function lookupFor(table: readonly MeasureEntry[], authority: string): Map<string, MeasureEntry> {
  const byAuthority = lookups.get(table) ?? new Map<string, Map<string, MeasureEntry>>();
  lookups.set(table, byAuthority);
  const lookup = byAuthority.get(authority) ?? readingsOf(table, authority);
  byAuthority.set(authority, lookup);
  return lookup;
}

/**
 * The table's entry for a measure, or null when the table does not hold its
 * wording. A table wording's `{place}` stands for the council's place, named
 * as the report of `authority` may name it (placeNames): only words of the
 * council's own name, so nothing else, a "not" least of all, can stand there.
 */
export function measureEntry(metric: string, authority: string, table: readonly MeasureEntry[] = MEASURES): MeasureEntry | null {
  return lookupFor(table, authority).get(normaliseMeasure(metric)) ?? null;
}
