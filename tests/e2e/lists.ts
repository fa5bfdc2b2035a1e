import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { reportsInBuild } from './content';
import { STATEMENT_COLUMNS, slugOf } from './register';

/**
 * The lists of councils as the test build should show them, worked out here
 * from the content files with csv-parse (content/councils-england.csv, the
 * ratings register and any tests/fixtures/site/*.csv beside it,
 * content/cqc-later-results.csv) and the reports the build holds, apart from
 * lib/: no count is typed in.
 */

type Cells = Record<string, string>;
const read = (file: string): Cells[] => parse(readFileSync(path.join(process.cwd(), file), 'utf8'), { columns: true, bom: true });

export type Holding = 'report' | 'register' | 'later' | 'none';
export type Listed = {
  name: string; authority: string; slug: string; region: string | null; type: string | null; holds: Holding;
  rating: string | null; published: string | null; scores: (number | null)[];
};

const registerRows = (): Cells[] => [
  ...read('content/cqc-local-authority-ratings.csv'),
  ...readdirSync(path.join(process.cwd(), 'tests/fixtures/site')).filter((f) => f.endsWith('.csv')).flatMap((f) => read(`tests/fixtures/site/${f}`)),
];
const key = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
const scoresOf = (row: Cells) => STATEMENT_COLUMNS.map((c) => (row[c] ? Number(row[c]) : null));

let cached: Listed[] | undefined;

/** Every council the test build lists on `/`, in the order of the names people use. */
export function expectedList(): Listed[] {
  if (cached) return cached;
  const register = registerRows();
  const later = read('content/cqc-later-results.csv');
  const reports = reportsInBuild();
  const england = read('content/councils-england.csv').map((c): Listed => {
    const names = [c.name, c.short_name, c.register_authority].filter((n): n is string => !!n).map(key);
    const report = reports.find((a) => names.includes(key(a.authority)));
    const rows = [...register.filter((r) => r.authority === c.register_authority), ...later.filter((r) => r.gss_code === c.gss_code)]
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
    const row = rows[0];
    const holds: Holding = report ? 'report' : row ? (row.gss_code ? 'later' : 'register') : 'none';
    const base = { name: c.short_name ?? '', authority: c.name ?? '', slug: report?.slug ?? slugOf(c.name ?? ''), region: c.region ?? null, type: c.type ?? null, holds };
    if (row) return { ...base, rating: row.rating || null, published: row.published ?? null, scores: scoresOf(row) };
    if (report) return { ...base, rating: report.rating, published: report.published.slice(0, 7), scores: reportScores(report) };
    return { ...base, rating: null, published: null, scores: [] };
  });
  const outside = reports.filter((a) => !england.some((c) => c.slug === a.slug)).map((a): Listed => ({
    name: a.authority, authority: a.authority, slug: a.slug, region: null, type: null, holds: 'report',
    rating: a.rating, published: a.published.slice(0, 7), scores: reportScores(a),
  }));
  cached = [...england, ...outside].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.authority.localeCompare(b.authority, 'en'));
  return cached;
}

function reportScores(report: ReturnType<typeof reportsInBuild>[number]): (number | null)[] {
  const statements = report.themes.flatMap((t) => t.statements);
  return STATEMENT_COLUMNS.map((slug) => statements.find((s) => s.slug === slug)?.score ?? null);
}

/** The councils with a result on this site. */
export const withResult = (list: readonly Listed[]) => list.filter((c) => c.holds !== 'none');

/** The councils listed under a rating ('' for not recorded): those with a result whose rating is that. */
export const ratedAs = (list: readonly Listed[], rating: string) => withResult(list).filter((c) => (c.rating ?? '') === rating);

/** The first letters of the names people use, in order: the A to Z. */
export const letters = (list: readonly Listed[]) => [...new Set(list.map((c) => c.name.charAt(0).toUpperCase()))];
