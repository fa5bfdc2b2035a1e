import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * The content's data files as the test build loaded them (content/*.csv and
 * tests/fixtures/site/*.csv): the ratings register, the later results and
 * England's councils, read here with csv-parse and counted here, apart from
 * lib/register and lib/national, so the browser tests compare the pages
 * with figures worked out independently.
 */

const FOLDERS = ['content', 'tests/fixtures/site'];
const ENGLAND = 'councils-england.csv';
const LATER = 'cqc-later-results.csv';
export const STATEMENT_COLUMNS = [
  'assessing-needs', 'supporting-people-to-live-healthier-lives', 'equity-in-experience-and-outcomes',
  'care-provision-integration-and-continuity', 'partnerships-and-communities', 'safe-pathways-systems-and-transitions',
  'safeguarding', 'governance-management-and-sustainability', 'learning-improvement-and-innovation',
];

export type Record = { [column: string]: string };

/** One council of England with a result, by its latest (a register row or a later result). */
export type Council = {
  authority: string; slug: string; gss: string; region: string; type: string;
  rating: string; published: string; reportUrl: string; scores: (number | null)[];
  origin: 'register' | 'later';
  /** CQC's printed overall score where a later result's source gives it, else null. */
  printed: number | null;
  /** CQC's printed score, else the percentage of the scores rounded up as CQC rounds (of those assessed, for a register row; of all nine, for a later result), else null. */
  percent: number | null;
  source: string;
};

function records(wanted: (name: string) => boolean): Record[] {
  return FOLDERS.flatMap((folder) => readdirSync(path.join(process.cwd(), folder))
    .filter((name) => name.endsWith('.csv') && wanted(name))
    .flatMap((name): Record[] => parse(readFileSync(path.join(process.cwd(), folder, name), 'utf8'), { columns: true, bom: true })));
}

/** Every row of every register file the build read. */
export function registerRecords(): Record[] {
  return records((name) => name !== ENGLAND && name !== LATER);
}

/** Every result recorded after the register's snapshot. */
export function laterRecords(): Record[] {
  return records((name) => name === LATER);
}

/** England's councils, one a row. */
export function englandRecords(): Record[] {
  return records((name) => name === ENGLAND);
}

/** A council's address as the site writes it, for the plain names of the councils file. */
export function slugOf(name: string): string {
  return name.toLowerCase().replace(/&/g, ' and ').replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The whole percentage of scores, rounded up as CQC rounds. */
function percentOf(scores: number[]): number {
  const total = scores.reduce((a, b) => a + b, 0);
  return Math.floor((100 * total + 4 * scores.length - 1) / (4 * scores.length));
}

function councilOf(england: Record, latest: Record, origin: Council['origin']): Council {
  const scores = STATEMENT_COLUMNS.map((c) => (latest[c] ? Number(latest[c]) : null));
  const known = scores.filter((s) => s !== null);
  const printed = latest.overall_score ? Number(latest.overall_score) : null;
  const calculable = origin === 'register' ? known.length > 0 : known.length === STATEMENT_COLUMNS.length;
  return {
    authority: england.name ?? '', slug: slugOf(england.name ?? ''), gss: england.gss_code ?? '', region: england.region ?? '', type: england.type ?? '',
    rating: latest.rating ?? '', published: latest.published ?? '', reportUrl: latest.report_url ?? '', scores, origin, printed,
    percent: printed ?? (calculable ? percentOf(known) : null), source: latest.source ?? '',
  };
}

/** Each council of England with a result, once, by its latest, in the order of the names. */
export function registerCouncils(): Council[] {
  const register = registerRecords();
  const later = laterRecords();
  return englandRecords().flatMap((england) => {
    const rows = [
      ...register.filter((r) => r.authority === england.register_authority).map((record) => ({ record, origin: 'register' as const })),
      ...later.filter((r) => r.gss_code === england.gss_code).map((record) => ({ record, origin: 'later' as const })),
    ].sort((a, b) => (b.record.published ?? '').localeCompare(a.record.published ?? ''));
    const [latest] = rows;
    return latest ? [councilOf(england, latest.record, latest.origin)] : [];
  }).sort((a, b) => a.authority.localeCompare(b.authority, 'en'));
}

/** England's councils for which the site holds no result: their official names and addresses. */
export function councilsWithoutResult(): { authority: string; slug: string; gss: string }[] {
  const held = new Set(registerCouncils().map((c) => c.gss));
  return englandRecords().filter((c) => !held.has(c.gss_code ?? '')).map((c) => ({ authority: c.name ?? '', slug: slugOf(c.name ?? ''), gss: c.gss_code ?? '' }));
}

/** The snapshot's date as the provenance states it ("3 October 2025"). */
export function snapshotDate(): string {
  const text = readFileSync(path.join(process.cwd(), 'content', 'cqc-local-authority-ratings.md'), 'utf8');
  const date = /^Snapshot:\s*(.+)$/m.exec(text)?.[1]?.trim();
  if (!date) throw new Error('no snapshot line in the provenance');
  return date;
}
