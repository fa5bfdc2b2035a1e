import { CsvError } from 'csv-parse/sync';
import type { z } from 'zod';
import { StructureError, ValueError, quote } from '@/lib/assessment/errors';
import { firstIssue } from '@/lib/assessment/value-schemas';
import { readRecords, type CsvRecord } from './parse';

/**
 * What the content's CSV files share: a header that must be exactly their
 * columns, records of exactly that many fields, and an error for a bad cell
 * that names its column and the cell as found, at the record's line.
 */

/** Fails at the header's line unless it is exactly `columns`, in order. */
export function checkColumns(file: string, header: CsvRecord | undefined, columns: readonly string[]): void {
  if (!header) throw new StructureError(file, 1, `expected a header line (${columns.join(',')}), found an empty file`);
  const at = columns.findIndex((column, index) => header.cells[index] !== column);
  if (at !== -1) {
    const found = header.cells[at];
    throw new StructureError(file, header.line,
      `expected column ${at + 1} of the header to be "${columns[at]}", found ${found === undefined ? 'no more columns' : quote(found)}`);
  }
  const extra = header.cells[columns.length];
  if (extra !== undefined) throw new StructureError(file, header.line, `expected ${columns.length} columns, found another, ${quote(extra)}`);
}

/** Fails unless the record has one field per column. */
export function checkFieldCount(file: string, record: CsvRecord, columns: readonly string[], excerpt: string | undefined): void {
  if (record.cells.length !== columns.length) {
    throw new StructureError(file, record.line, `expected ${columns.length} fields (${columns.join(', ')}), found ${record.cells.length}`, excerpt);
  }
}

/**
 * The schema's first complaint about a record, naming the column and the
 * cell as found. `columnOf` turns a key of the parsed object ("gssCode")
 * into its column ("gss_code").
 */
export function cellError(file: string, record: CsvRecord, columns: readonly string[], error: z.ZodError, columnOf: (key: string) => string, excerpt: string | undefined): ValueError {
  const { path, message } = firstIssue(error);
  const column = columnOf(String(path.at(-1)));
  const cell = record.cells[columns.indexOf(column)];
  return new ValueError(file, record.line, `column "${column}": ${message}, found ${cell ? quote(cell) : 'it empty'}`, excerpt);
}

/** A CSV file's records after its header, with the file's lines for excerpts. */
export type Table = { records: CsvRecord[]; lines: string[] };

/**
 * Reads a CSV file whose header must be exactly `columns`: its records after
 * the header, or a StructureError when it is not CSV or has another header.
 */
export function readTable(text: string, file: string, columns: readonly string[]): Table {
  let records: CsvRecord[];
  try {
    records = readRecords(text);
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: readRecords throws only csv-parse's CsvError; the check keeps any other failure (a bug) from reading as a content error
    if (error instanceof CsvError) throw new StructureError(file, 1, `expected CSV with fields quoted as RFC 4180 quotes them, found this: ${error.message}`);
    throw error;
  }
  checkColumns(file, records[0], columns);
  return { records: records.slice(1), lines: text.replace(/\r\n/g, '\n').split('\n') };
}
