import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * The ratings register as the test build loaded it (content/*.csv and
 * tests/fixtures/site/*.csv), read here with csv-parse and counted here,
 * apart from lib/register and lib/national, so the browser tests compare
 * the pages with figures worked out independently.
 */

const FOLDERS = ['content', 'tests/fixtures/site'];
export const STATEMENT_COLUMNS = [
  'assessing-needs', 'supporting-people-to-live-healthier-lives', 'equity-in-experience-and-outcomes',
  'care-provision-integration-and-continuity', 'partnerships-and-communities', 'safe-pathways-systems-and-transitions',
  'safeguarding', 'governance-management-and-sustainability', 'learning-improvement-and-innovation',
];

export type Record = {
  authority: string; rating: string; published: string; report_url: string; [column: string]: string;
};

export type Council = { authority: string; slug: string; rating: string; published: string; reportUrl: string; scores: (number | null)[]; percent: number };

/** Every row of every register file the build read. */
export function registerRecords(): Record[] {
  return FOLDERS.flatMap((folder) => readdirSync(path.join(process.cwd(), folder))
    .filter((name) => name.endsWith('.csv') && name !== 'councils-england.csv' && name !== 'cqc-later-results.csv')
    .flatMap((name): Record[] => parse(readFileSync(path.join(process.cwd(), folder, name), 'utf8'), { columns: true, bom: true })));
}

/** A council's address as the site writes it, for the plain names of the register. */
export function slugOf(name: string): string {
  return name.toLowerCase().replace(/&/g, ' and ').replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Each council once, by its latest row, in the order of the names; the percentage rounded up, as CQC rounds. */
export function registerCouncils(): Council[] {
  const latest = new Map<string, Record>();
  for (const record of registerRecords()) {
    const seen = latest.get(record.authority.toLowerCase());
    if (!seen || seen.published < record.published) latest.set(record.authority.toLowerCase(), record);
  }
  return [...latest.values()].map((r) => {
    const scores = STATEMENT_COLUMNS.map((c) => (r[c] ? Number(r[c]) : null));
    const given = scores.filter((s) => s !== null);
    const total = given.reduce((a, b) => a + b, 0);
    return {
      authority: r.authority, slug: slugOf(r.authority), rating: r.rating, published: r.published, reportUrl: r.report_url, scores,
      percent: Math.floor((100 * total + 4 * given.length - 1) / (4 * given.length)),
    };
  }).sort((a, b) => a.authority.localeCompare(b.authority, 'en'));
}

/** The snapshot's date as the provenance states it ("3 October 2025"). */
export function snapshotDate(): string {
  const text = readFileSync(path.join(process.cwd(), 'content', 'cqc-local-authority-ratings.md'), 'utf8');
  const date = /^Snapshot:\s*(.+)$/m.exec(text)?.[1]?.trim();
  if (!date) throw new Error('no snapshot line in the provenance');
  return date;
}
