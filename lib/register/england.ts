import { ConsistencyError, asContentError, type ContentError } from '@/lib/assessment/errors';
import { cellError, checkFieldCount, readTable, type Table } from './columns';
import type { CsvRecord } from './parse';
import { ENGLAND_COUNCILS, EnglandCouncilSchema, type EnglandCouncil } from './schema';

/**
 * Reads content/councils-england.csv: every council in England with adult
 * social care duties, with its ONS code, official and short names, region,
 * type, former code and the register's spelling of its name. Pure: text in,
 * councils and errors out, each error at its line.
 */

export const ENGLAND_COLUMNS = ['gss_code', 'name', 'short_name', 'region', 'type', 'former_gss_code', 'register_authority'] as const;

const KEYS: Record<string, string> = { gssCode: 'gss_code', shortName: 'short_name', formerGssCode: 'former_gss_code', registerAuthority: 'register_authority' };

function councilOf(file: string, record: CsvRecord, excerpt: string | undefined): EnglandCouncil {
  checkFieldCount(file, record, ENGLAND_COLUMNS, excerpt);
  const [gssCode, name, shortName, region, type, former, registerAuthority] = record.cells;
  const result = EnglandCouncilSchema.safeParse({
    gssCode, name, shortName, region, type, formerGssCode: former === '' ? null : former,
    registerAuthority: registerAuthority === '' ? null : registerAuthority, file, line: record.line,
  });
  if (!result.success) throw cellError(file, record, ENGLAND_COLUMNS, result.error, (key) => KEYS[key] ?? key, excerpt);
  return result.data;
}

/** Each code, name and register spelling once; each problem at the later line, naming the earlier. */
function duplicates(councils: readonly EnglandCouncil[]): ContentError[] {
  const errors: ContentError[] = [];
  const seen = new Map<string, EnglandCouncil>();
  for (const council of councils) {
    const keys: [string, string | null][] = [['gss_code', council.gssCode], ['name', council.name], ['register_authority', council.registerAuthority]];
    for (const [column, value] of keys) {
      if (value === null) continue;
      const twin = seen.get(`${column}|${value}`);
      if (twin) errors.push(new ConsistencyError(council.file, council.line, `column "${column}": expected each council once, found "${value}" again (first at line ${twin.line})`));
      else seen.set(`${column}|${value}`, council);
    }
  }
  return errors;
}

export type EnglandParse = { councils: EnglandCouncil[]; errors: ContentError[] };

/** Parses the councils file; a file with the wrong header gives one error, a bad row its own, and the count must be England's. */
export function parseEngland(text: string, file: string): EnglandParse {
  let table: Table;
  try {
    table = readTable(text, file, ENGLAND_COLUMNS);
  } catch (error) {
    return { councils: [], errors: [asContentError(error)] };
  }
  const { records, lines } = table;
  const councils: EnglandCouncil[] = [];
  const errors: ContentError[] = [];
  for (const record of records) {
    try {
      councils.push(councilOf(file, record, lines[record.line - 1]));
    } catch (error) {
      errors.push(asContentError(error));
    }
  }
  errors.push(...duplicates(councils));
  if (errors.length === 0 && councils.length !== ENGLAND_COUNCILS) {
    errors.push(new ConsistencyError(file, records.at(-1)?.line ?? 2, `expected England's ${ENGLAND_COUNCILS} councils with adult social care duties, one a row, found ${councils.length}`));
  }
  return { councils, errors };
}
