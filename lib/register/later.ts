import { ConsistencyError, asContentError, quote, type ContentError } from '@/lib/assessment/errors';
import { bandOf, overallScore } from '@/lib/assessment/rating';
import { STATEMENT_SLUGS } from '@/lib/framework';
import { cellError, checkFieldCount, readTable, type Table } from './columns';
import type { CsvRecord } from './parse';
import { z } from 'zod';
import { RegisterRowSchema, gssCode, type RegisterRow } from './schema';

/**
 * Reads content/cqc-later-results.csv: results CQC published after the
 * register's snapshot, each recorded from a named source with the words that
 * state it. A score, an address or CQC's overall score that no source gives
 * is empty (shown as "not recorded", never worked out). Pure: text in, rows
 * (each with its council's ONS code) and errors out, each at its line.
 */

export const LATER_COLUMNS = ['authority', 'gss_code', 'rating', 'published', 'report_url', 'overall_score', ...STATEMENT_SLUGS, 'source'] as const;

/** A later result as the file gives it: the ONS code of its council, and always a source. */
const LaterRecordSchema = RegisterRowSchema.extend({
  gssCode: gssCode(),
  source: z.string().min(1, { error: 'expected the source that states the result: its address and the words that say it' }),
});

/** A later result and the ONS code of its council, by which it is joined to the council. */
export type LaterRow = { gssCode: string; row: RegisterRow };

const KEYS: Record<string, string> = { reportUrl: 'report_url', overallScore: 'overall_score', gssCode: 'gss_code' };
const columnOf = (key: string) => KEYS[key] ?? key;

const empty = (cell: string | undefined) => cell || null;
/** A whole number as written (digits alone), else the text, for the schema to refuse naming the cell. */
const whole = (cell: string | undefined) => (/^\d+$/.test(String(cell)) ? Number(cell) : empty(cell));

/**
 * What must agree within a row: a rating with CQC's method for all nine
 * scores, CQC's printed overall score with the scores (rounded up, as CQC
 * prints it), and a rating with the band of the printed score.
 */
function checkAgreement(row: RegisterRow, excerpt: string | undefined): void {
  const scores = Object.values(row.scores);
  const known = scores.filter((s) => s !== null);
  const fail = (detail: string) => { throw new ConsistencyError(row.file, row.line, detail, excerpt); };
  if (known.length === STATEMENT_SLUGS.length) {
    const overall = overallScore(known);
    if (row.rating !== null && row.rating !== overall.rating) {
      fail(`column "rating": expected the rating CQC's method gives for ${overall.total} of ${overall.maximum} (${overall.roundedPercentage}%), ${quote(overall.rating)}, found ${quote(row.rating)}`);
    }
    if (row.overallScore !== null && row.overallScore !== overall.roundedPercentage) {
      fail(`column "overall_score": expected ${overall.roundedPercentage}, CQC's printed score for ${overall.total} of ${overall.maximum} (rounded up), found ${row.overallScore}`);
    }
  }
  if (row.rating !== null && row.overallScore !== null && bandOf(row.overallScore).rating !== row.rating) {
    const band = bandOf(row.overallScore);
    fail(`column "rating": expected ${quote(band.rating)}, the band of CQC's overall score ${row.overallScore} (${band.min}-${band.max}%), found ${quote(row.rating)}`);
  }
}

function laterOf(file: string, record: CsvRecord, excerpt: string | undefined): LaterRow {
  checkFieldCount(file, record, LATER_COLUMNS, excerpt);
  const [authority, code, rating, published, reportUrl, overall, ...rest] = record.cells;
  const scores = Object.fromEntries(STATEMENT_SLUGS.map((slug, index) => {
    const cell = rest[index];
    return [slug, /^[1-4]$/.test(String(cell)) ? Number(cell) : empty(cell)];
  }));
  const result = LaterRecordSchema.safeParse({
    authority, gssCode: code, rating: empty(rating), published, reportUrl: empty(reportUrl), overallScore: whole(overall), scores,
    source: empty(rest[STATEMENT_SLUGS.length]) ?? '', origin: 'later', file, line: record.line,
  });
  if (!result.success) throw cellError(file, record, LATER_COLUMNS, result.error, columnOf, excerpt);
  const { gssCode: joined, ...row } = result.data;
  checkAgreement(row, excerpt);
  return { gssCode: joined, row };
}

export type LaterParse = { rows: LaterRow[]; errors: ContentError[] };

/** Parses the later results; a file with the wrong header gives one error, each bad row its own. */
export function parseLaterResults(text: string, file: string): LaterParse {
  let table: Table;
  try {
    table = readTable(text, file, LATER_COLUMNS);
  } catch (error) {
    return { rows: [], errors: [asContentError(error)] };
  }
  const rows: LaterRow[] = [];
  const errors: ContentError[] = [];
  for (const record of table.records) {
    try {
      rows.push(laterOf(file, record, table.lines[record.line - 1]));
    } catch (error) {
      errors.push(asContentError(error));
    }
  }
  return { rows, errors };
}
