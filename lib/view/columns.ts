import { toCsv } from '@/lib/csv';
import { SITE_NAME } from '@/lib/site';
import { OGL_ATTRIBUTION_TEXT } from './sources';

/**
 * What the site says about each column of its CSVs: its name, its meaning,
 * the kind of value it holds and whose the values are. One list per CSV
 * serves the writer, /data-formats and the CSV on the Web metadata
 * (lib/view/csvw.ts), so the three cannot disagree.
 */

/**
 * The kinds of value a column holds, as CSV on the Web names XML Schema's
 * datatypes (https://www.w3.org/TR/tabular-metadata/#built-in-datatypes).
 * An empty cell is no value: "not recorded" or "none", as each column says.
 */
export const DATATYPES = ['string', 'integer', 'decimal', 'date', 'gYearMonth', 'anyURI'] as const;
export type Datatype = (typeof DATATYPES)[number];

/** The same kinds in plain words, for readers of /data-formats. */
export const DATATYPE_WORDS: Record<Datatype, string> = {
  string: 'text',
  integer: 'whole number',
  decimal: 'number',
  date: 'date (2024-08-16)',
  gYearMonth: 'year and month (2024-08)',
  anyURI: 'web address',
};

/**
 * Whose the values are: CQC's (as its reports print them), worked out by this
 * site from CQC's figures, added by this site (its own addresses, the licence
 * line, a dataset's full name), or from the public lists of England's
 * councils (content/councils-england.md).
 */
export const ORIGINS = {
  cqc: { label: 'CQC', creator: 'Care Quality Commission' },
  calculated: { label: 'This site\'s calculation', creator: SITE_NAME },
  site: { label: 'This site', creator: SITE_NAME },
  councils: { label: 'Official lists (ONS, DfE)', creator: 'Office for National Statistics; Department for Education' },
} as const;
export type Origin = keyof typeof ORIGINS;

/** A CSV column: its name in the header, what it means, the kind of value it holds, and whose the values are. */
export type Column = { name: string; meaning: string; datatype: Datatype; origin: Origin };

/**
 * The prefix of every column this site calculates, so a spreadsheet's header
 * says which figures are not CQC's (issue 19).
 */
export const SITE_PREFIX = 'site_';

/** The words that open the meaning of a calculated column, in the documentation and in the metadata alike. */
export const CALCULATED_NOTE = 'This site\'s calculation from CQC\'s figures, not a figure CQC publishes.';

/** A column's meaning as documented: a calculated column's opens by saying it is the site's. */
export function meaningOf(column: Column): string {
  return column.origin === 'calculated' ? `${CALCULATED_NOTE} ${column.meaning}` : column.meaning;
}

/** The column every CSV row ends with: the attribution CQC's licence asks for, travelling with each row. */
export const LICENCE_COLUMN: Column = {
  name: 'licence',
  meaning: `The same on every row: "${OGL_ATTRIBUTION_TEXT}". CQC's text and figures are Crown copyright, re-usable under that licence.`,
  datatype: 'string',
  origin: 'site',
};

/** What a CSV's metadata says besides its columns: its title, what it holds, CQC's address it comes from, and the date of its data (ISO). */
export type CsvTable = { title: string; description: string; source: string; date: string; columns: readonly Column[] };

/** A cell as the CSV writer takes it: text, a number, or null for an empty cell. */
export type Cell = string | number | null;

/**
 * A CSV of these columns: the header is their names, and each record gives
 * every column's value by name and nothing else, so a writer cannot put a
 * value under the wrong heading. A record that does not fit is a bug in the
 * writer, and throws.
 */
export function columnsCsv(columns: readonly Column[], records: readonly Readonly<Record<string, Cell>>[]): string {
  const names = columns.map((c) => c.name);
  const rows = records.map((record) => {
    const extra = Object.keys(record).filter((key) => !names.includes(key));
    const missing = names.filter((name) => !(name in record));
    if (extra.length > 0 || missing.length > 0) throw new Error(`a CSV row does not fit its columns: missing ${missing.join(', ') || 'none'}; extra ${extra.join(', ') || 'none'}`);
    return names.map((name) => record[name] ?? null);
  });
  return toCsv([names, ...rows]);
}
