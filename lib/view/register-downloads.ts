import { toCsv } from '@/lib/csv';
import { STATEMENTS } from '@/lib/framework';
import type { Council, RegisterRow, Snapshot } from '@/lib/register/schema';
import type { Column, Download } from './downloads';
import { OGL_ATTRIBUTION_TEXT, OGL_NAME, OGL_URL } from './sources';

/**
 * The ratings register as downloads: every row (each published assessment),
 * as CSV and as JSON, with the source, the licence and the register's
 * provenance. The CSV's columns are documented on /data-formats from the
 * list below, which the writer also uses.
 */

export const REGISTER_FILE = 'cqc-local-authority-ratings';

/** The register CSV's columns: the register's own, then this site's address and the licence, as the reports' CSVs end. */
export const REGISTER_COLUMNS_DOC: readonly Column[] = [
  { name: 'authority', meaning: 'The council, named as CQC titles its report.' },
  { name: 'rating', meaning: 'CQC\'s overall rating: Outstanding, Good, Requires improvement or Inadequate; empty where the register does not record it (never worked out from the scores).' },
  { name: 'published', meaning: 'The year and month CQC published the assessment (2024-08); the day is not recorded.' },
  { name: 'report_url', meaning: 'The report on CQC\'s website: the source of the row.' },
  ...STATEMENTS.map((s) => ({ name: s.slug, meaning: `CQC's score for "${s.name}", 1 to 4; empty where the assessment did not score it.` })),
  { name: 'address', meaning: 'The council\'s page on this site.' },
  { name: 'licence', meaning: `The same on every row: "${OGL_ATTRIBUTION_TEXT}"` },
];

/** Every row of the register with its council's slug, by council (in name order), each council's assessments oldest first. */
export function registerRows(councils: readonly Council[]): { slug: string; row: RegisterRow }[] {
  return councils.flatMap((council) => [...council.rows].reverse().map((row) => ({ slug: council.slug, row })));
}

/** The register as CSV: one line per published assessment. */
export function registerCsv(councils: readonly Council[], absolute: (path: string) => string): string {
  const rows = registerRows(councils).map(({ slug, row }) => [
    row.authority, row.rating, row.published, row.reportUrl,
    ...STATEMENTS.map((s) => row.scores[s.slug]),
    absolute(`/${slug}`), OGL_ATTRIBUTION_TEXT,
  ]);
  return toCsv([REGISTER_COLUMNS_DOC.map((c) => c.name), ...rows]);
}

/** The register as JSON: the snapshot, its source, licence and provenance, and every assessment. */
export function registerJson(councils: readonly Council[], snapshot: Snapshot, absolute: (path: string) => string): string {
  const assessments = registerRows(councils).map(({ slug, row }) => ({
    authority: row.authority,
    rating: row.rating,
    published: row.published,
    reportUrl: row.reportUrl,
    scores: Object.fromEntries(STATEMENTS.map((s) => [s.slug, row.scores[s.slug]])),
    address: absolute(`/${slug}`),
  }));
  const document = {
    title: 'Published ratings and quality statement scores of English councils\' adult social care assessments',
    source: 'Care Quality Commission',
    licence: { name: OGL_NAME, url: OGL_URL },
    attribution: OGL_ATTRIBUTION_TEXT,
    snapshot: snapshot.date,
    councils: snapshot.councils,
    provenance: snapshot.markdown,
    assessments,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The register's two downloads, with their file names and types. */
export function registerDownloads(councils: readonly Council[], snapshot: Snapshot, absolute: (path: string) => string): Download[] {
  return [
    { file: `${REGISTER_FILE}.csv`, contentType: 'text/csv; charset=utf-8', title: 'Every council\'s rating and scores (CSV)', body: () => registerCsv(councils, absolute) },
    { file: `${REGISTER_FILE}.json`, contentType: 'application/json; charset=utf-8', title: 'Every council\'s rating and scores, with the provenance (JSON)', body: () => registerJson(councils, snapshot, absolute) },
  ];
}
