import { CsvError, parse } from 'csv-parse/sync';
import { z } from 'zod';
import { ConsistencyError, StructureError, ValueError, asContentError, quote, type ContentError } from '@/lib/assessment/errors';
import { overallScore } from '@/lib/assessment/rating';
import { firstIssue } from '@/lib/assessment/value-schemas';
import { STATEMENT_SLUGS } from '@/lib/framework';
import { REGISTER_COLUMNS, RegisterFileRowSchema, type RegisterRow } from './schema';

/**
 * Reads one register file: CSV text -> rows, each checked on its own (values,
 * and the rating against CQC's method). Pure: text in, rows and errors out.
 * Every error names the line the record starts on in the file.
 */

export type RegisterParse = { rows: RegisterRow[]; errors: ContentError[] };

/** One CSV record: its cells, and the line of its file it starts on. */
export type CsvRecord = { cells: string[]; line: number };

/** csv-parse types its `info` output loosely; this is the shape it documents. */
const ParsedSchema = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.int() }) }));
/** The line csv-parse's error names (it gives one for every error of parsing), or the first. */
const CSV_ERROR_LINE = z.int().positive().catch(1);

/**
 * csv-parse reports the line a record ends on; a quoted field may span lines,
 * so the record starts that many line breaks earlier. CRLF is made LF first so
 * a line break inside a field counts once, as an editor counts it.
 */
export function readRecords(text: string): CsvRecord[] {
  const parsed = ParsedSchema.parse(parse(text.replace(/\r\n/g, '\n'), {
    bom: true, info: true, relax_column_count: true, skip_empty_lines: true,
  }));
  return parsed.map(({ record, info }) => ({
    cells: record,
    line: info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/[\r\n]/g)?.length ?? 0), 0),
  }));
}

function checkHeader(file: string, header: CsvRecord | undefined): void {
  if (!header) throw new StructureError(file, 1, `expected a header line (${REGISTER_COLUMNS.join(',')}), found an empty file`);
  const at = REGISTER_COLUMNS.findIndex((column, index) => header.cells[index] !== column);
  if (at !== -1) {
    const found = header.cells[at];
    throw new StructureError(file, header.line,
      `expected column ${at + 1} of the header to be "${REGISTER_COLUMNS[at]}", found ${found === undefined ? 'no more columns' : quote(found)}`);
  }
  const extra = header.cells[REGISTER_COLUMNS.length];
  if (extra !== undefined) {
    throw new StructureError(file, header.line, `expected ${REGISTER_COLUMNS.length} columns, found another, ${quote(extra)}`);
  }
}

/** Cells to the row's shape; a cell that is not a score (1 to 4, as a digit alone) stays text, for the schema to refuse naming the cell as found. */
function rowOf(cells: string[], file: string, line: number): unknown {
  const [authority, rating, published, reportUrl] = cells;
  const scoreCells = cells.slice(4);
  const scores = Object.fromEntries(STATEMENT_SLUGS.map((slug, index) => {
    // Stryker disable next-line StringLiteral: the row has its 13 cells (readRow counts them first); the fallback is for the type checker
    const cell = scoreCells[index] ?? '';
    return [slug, cell === '' ? null : /^[1-4]$/.test(cell) ? Number(cell) : cell];
  }));
  return { authority, rating: rating === '' ? null : rating, published, reportUrl, scores, overallScore: null, source: null, origin: 'register', file, line };
}

const COLUMN_OF_KEY: Record<string, string> = { reportUrl: 'report_url' };

/** The schema's first complaint about a row, at the row's line, naming the column and the cell as found. */
function issueError(file: string, record: CsvRecord, error: z.ZodError, excerpt: string | undefined): ValueError {
  const { path, message } = firstIssue(error);
  const step = String(path.at(-1));
  const column = COLUMN_OF_KEY[step] ?? step;
  const index = REGISTER_COLUMNS.findIndex((c) => c === column);
  const cell = record.cells[index];
  if (cell === undefined) return new ValueError(file, record.line, `${message}, found every score cell empty`, excerpt);
  return new ValueError(file, record.line, `column "${column}": ${message}, found ${cell === '' ? 'it empty' : quote(cell)}`, excerpt);
}

/** One record to a row, or the error naming its column, what was expected and the cell as found. */
function readRow(file: string, record: CsvRecord, excerpt: string | undefined): RegisterRow {
  const { cells, line } = record;
  if (cells.length !== REGISTER_COLUMNS.length) {
    throw new StructureError(file, line, `expected ${REGISTER_COLUMNS.length} fields (authority, rating, published, report_url and the nine scores), found ${cells.length}`, excerpt);
  }
  const result = RegisterFileRowSchema.safeParse(rowOf(cells, file, line));
  if (!result.success) throw issueError(file, record, result.error, excerpt);
  checkMethod(result.data, excerpt);
  return result.data;
}

/** Where a rating is recorded, it is the one CQC's method gives for the scores assessed. */
function checkMethod(row: RegisterRow, excerpt: string | undefined): void {
  const assessed = Object.values(row.scores).filter((s) => s !== null);
  const overall = overallScore(assessed);
  if (row.rating !== null && row.rating !== overall.rating) {
    throw new ConsistencyError(row.file, row.line,
      `column "rating": expected the rating CQC's method gives for ${overall.total} of ${overall.maximum} (${overall.roundedPercentage}%), ${quote(overall.rating)} (${overall.band.min}-${overall.band.max}%), found ${quote(row.rating)}`,
      excerpt);
  }
}

/**
 * Parses one register file. A file that is not CSV, or whose header is not
 * the register's, gives one error and no rows; otherwise each bad row gives
 * its own error and the good rows are kept, so every problem is listed at once.
 */
export function parseRegister(text: string, file: string): RegisterParse {
  let records: CsvRecord[];
  try {
    records = readRecords(text);
    checkHeader(file, records[0]);
  } catch (error) {
    if (error instanceof CsvError) {
      return { rows: [], errors: [new StructureError(file, CSV_ERROR_LINE.parse(error.lines), `expected CSV with fields quoted as RFC 4180 quotes them, found this: ${error.message}`)] };
    }
    return { rows: [], errors: [asContentError(error)] };
  }
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const rows: RegisterRow[] = [];
  const errors: ContentError[] = [];
  for (const record of records.slice(1)) {
    try {
      rows.push(readRow(file, record, lines[record.line - 1]));
    } catch (error) {
      errors.push(asContentError(error));
    }
  }
  return { rows, errors };
}
