import { STATEMENTS } from '@/lib/framework';
import { printedOverallOfRow } from '@/lib/national';
import { COUNCIL_TYPES, type Council, type EnglandCouncil, type RegisterRow, type Snapshot } from '@/lib/register/schema';
import { LICENCE_COLUMN, columnsCsv, type Column, type CsvTable } from './columns';
import { formatMonth } from './councils';
import { CSV_TYPE, type Download } from './downloads';
import { formatDate } from './format';
import { PROVENANCE_PATH } from './national-meta';
import { CQC_REPORTS_URL, OGL_ATTRIBUTION_TEXT, OGL_NAME, OGL_URL } from './sources';

/**
 * The ratings register as downloads: every council of England, with each
 * result CQC published for it (a row of the ratings register or a result
 * recorded after its snapshot), as CSV and as JSON, with the source, the
 * licence and the register's provenance. A council with no published result
 * has one row with the result's columns empty, so every council appears; a
 * council outside England's list (the made-up councils of test builds) is
 * in neither. The CSV's columns are documented on /data-formats and in its
 * CSV on the Web metadata from the list below, which the writer also uses.
 */

export const REGISTER_FILE = 'cqc-local-authority-ratings';

/** The register CSV's columns: the council, its result, where the result comes from, then this site's address and the licence, as the reports' CSVs end. */
export const REGISTER_COLUMNS_DOC: readonly Column[] = [
  { name: 'authority', meaning: 'The council, named as CQC titles its report; for a council with no published result, its official name.', datatype: 'string', origin: 'cqc' },
  { name: 'gss_code', meaning: 'The council\'s code from the Office for National Statistics (its GSS code) as of April 2025, the key for joining other public data.', datatype: 'string', origin: 'councils' },
  { name: 'region', meaning: 'The council\'s region of England, as the Department for Education\'s lookup gives it and ONS spells it.', datatype: 'string', origin: 'councils' },
  { name: 'type', meaning: `The kind of council: ${COUNCIL_TYPES.join(', ')} (the City of London and the Isles of Scilly).`, datatype: 'string', origin: 'councils' },
  { name: 'rating', meaning: 'CQC\'s overall rating: Outstanding, Good, Requires improvement or Inadequate; empty where no source records it (never worked out from the scores) or the council has no published result.', datatype: 'string', origin: 'cqc' },
  { name: 'overall_score_cqc', meaning: 'CQC\'s overall score as CQC prints it, a whole percentage: given where the source of a later result states it or CQC\'s full report of that month on this site prints it; empty where neither does. Never calculated by this site.', datatype: 'integer', origin: 'cqc' },
  { name: 'published', meaning: 'The year and month CQC published the result (2024-08); the day is not recorded. Empty for a council with no published result.', datatype: 'gYearMonth', origin: 'cqc' },
  { name: 'report_url', meaning: 'The report on CQC\'s website; empty where no source gives its address, or the council has no published result.', datatype: 'anyURI', origin: 'cqc' },
  ...STATEMENTS.map((s): Column => ({ name: s.slug, meaning: `CQC's score for "${s.name}", 1 to 4; empty where the assessment did not score it, no source gives it, or the council has no published result.`, datatype: 'integer', origin: 'cqc' })),
  {
    name: 'source',
    meaning: 'Where the result was found. For a row of the ratings register, "Ratings register, snapshot of" its date and the report\'s address on CQC\'s website, which the register was compiled from; for a result published after the snapshot, the addresses it was found at and the words that state each fact, as this site recorded them. Empty for a council with no published result.',
    datatype: 'string',
    origin: 'site',
  },
  { name: 'address', meaning: 'The council\'s page on this site.', datatype: 'anyURI', origin: 'site' },
  LICENCE_COLUMN,
];

/** One line of the register's downloads: a council of England and one of its results with CQC's printed overall score, or no result at all. */
export type RegisterLine = { slug: string; england: EnglandCouncil; row: RegisterRow | null; overallScoreCqc: number | null };

/** Every council of England by name, each with its results oldest first, or one line with no result; councils outside England's list are left out. */
export function registerLines(councils: readonly Council[]): RegisterLine[] {
  return councils.flatMap((council): RegisterLine[] => {
    const { slug, england } = council;
    if (!england) return [];
    if (council.rows.length === 0) return [{ slug, england, row: null, overallScoreCqc: null }];
    return [...council.rows].reverse().map((row) => ({ slug, england, row, overallScoreCqc: printedOverallOfRow(council, row) }));
  });
}

/** Where a result was found: a later result's recorded source, or the register's snapshot and the report it was compiled from. */
export function sourceOf(row: RegisterRow, snapshot: Pick<Snapshot, 'date'>): string {
  if (row.source !== null) return row.source;
  // Stryker disable next-line StringLiteral: a row with no recorded source is the register's own, and RegisterFileRowSchema requires its report's address; the fallback is for the type checker
  const address = row.reportUrl ?? '';
  return `Ratings register, snapshot of ${formatDate(snapshot.date)}: ${address}`;
}

/** The register as CSV: one line per published result, and one for each council with none. */
export function registerCsv(councils: readonly Council[], snapshot: Pick<Snapshot, 'date'>, absolute: (path: string) => string): string {
  const records = registerLines(councils).map(({ slug, england, row, overallScoreCqc }) => ({
    authority: row?.authority ?? england.name,
    gss_code: england.gssCode,
    region: england.region,
    type: england.type,
    rating: row?.rating ?? null,
    overall_score_cqc: overallScoreCqc,
    published: row?.published ?? null,
    report_url: row?.reportUrl ?? null,
    ...Object.fromEntries(STATEMENTS.map((s) => [s.slug, row?.scores[s.slug] ?? null])),
    source: row && sourceOf(row, snapshot),
    address: absolute(`/${slug}`),
    licence: OGL_ATTRIBUTION_TEXT,
  }));
  return columnsCsv(REGISTER_COLUMNS_DOC, records);
}

/** The register as JSON: the snapshot, its source, licence and provenance, and every council's results (or its lack of one). */
export function registerJson(councils: readonly Council[], snapshot: Snapshot, absolute: (path: string) => string): string {
  const lines = registerLines(councils);
  const assessments = lines.map(({ slug, england, row, overallScoreCqc }) => ({
    authority: row?.authority ?? england.name,
    gssCode: england.gssCode,
    region: england.region,
    type: england.type,
    rating: row?.rating ?? null,
    overallScoreCqc,
    published: row?.published ?? null,
    reportUrl: row?.reportUrl ?? null,
    scores: row && Object.fromEntries(STATEMENTS.map((s) => [s.slug, row.scores[s.slug]])),
    source: row && sourceOf(row, snapshot),
    address: absolute(`/${slug}`),
  }));
  const document = {
    title: 'Published ratings and quality statement scores of English councils\' adult social care assessments',
    source: 'Care Quality Commission',
    licence: { name: OGL_NAME, url: OGL_URL },
    attribution: OGL_ATTRIBUTION_TEXT,
    snapshot: snapshot.date,
    councils: snapshot.councils,
    councilsInEngland: new Set(lines.map((l) => l.slug)).size,
    councilsWithResult: new Set(lines.flatMap((l) => (l.row ? [l.slug] : []))).size,
    provenance: snapshot.markdown,
    assessments,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** What the register CSV's CSV on the Web metadata says besides its columns. */
export function registerTable(councils: readonly Council[], snapshot: Snapshot, absolute: (path: string) => string): CsvTable {
  const later = registerLines(councils).flatMap((l) => (l.row?.origin === 'later' ? [l.row.published] : []));
  const latest = later.toSorted().at(-1);
  const after = latest === undefined ? 'no results recorded after it'
    : `${later.length} ${later.length === 1 ? 'result' : 'results'} published after it to ${formatMonth(latest)}, each recorded from a named source`;
  return {
    title: 'CQC ratings and quality statement scores of England\'s councils\' adult social care',
    description: 'Every council in England with adult social care duties, with each result of the Care Quality Commission\'s local authority '
      + 'assessments published for it: the rating, CQC\'s printed overall score where known, the month, the report\'s address and the nine quality '
      + 'statement scores, one row per result, each council\'s oldest first; a council with no published result has one row with those columns empty. '
      + `From the ratings register (snapshot of ${formatDate(snapshot.date)}; how it was compiled and checked: ${absolute(PROVENANCE_PATH)}) and ${after}.`,
    source: CQC_REPORTS_URL,
    date: snapshot.date,
    columns: REGISTER_COLUMNS_DOC,
  };
}

/** The register's two downloads, with their file names and types. */
export function registerDownloads(councils: readonly Council[], snapshot: Snapshot, absolute: (path: string) => string): Download[] {
  return [
    {
      file: `${REGISTER_FILE}.csv`, contentType: CSV_TYPE, title: 'Every council\'s rating and scores (CSV)', body: () => registerCsv(councils, snapshot, absolute),
      table: registerTable(councils, snapshot, absolute),
    },
    { file: `${REGISTER_FILE}.json`, contentType: 'application/json; charset=utf-8', title: 'Every council\'s rating and scores, with the provenance (JSON)', body: () => registerJson(councils, snapshot, absolute) },
  ];
}
