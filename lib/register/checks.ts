import { key } from '@/lib/assessment/blocks';
import { ConsistencyError, type ContentError } from '@/lib/assessment/errors';
import type { Provenance, RegisterRow } from './schema';

/**
 * Checks across the rows of every register file and the later results: one
 * row per authority and month, one row per report address, no register row
 * published after the snapshot (whoever adds a row moves the snapshot's
 * date) and no later result before it. Each problem is an error at
 * the later row's line, naming the earlier one.
 */
export function checkRows(rows: readonly RegisterRow[], provenance: Provenance | null): ContentError[] {
  const errors: ContentError[] = [];
  const byAssessment = new Map<string, RegisterRow>();
  // A row without an address is kept under null, which no row's address is looked up by.
  const byAddress = new Map<string | null, RegisterRow>();
  const snapshot = provenance && { month: provenance.date.slice(0, 7), at: `${provenance.file}:${provenance.line}` };
  for (const row of rows) {
    const twin = byAssessment.get(`${key(row.authority)}|${row.published}`);
    const sameAddress = row.reportUrl === null ? undefined : byAddress.get(row.reportUrl);
    if (twin) {
      errors.push(new ConsistencyError(row.file, row.line,
        `expected one row per authority and month, found "${row.authority}" ${row.published} again (first at ${where(twin)}); a later assessment is a row with its own month`));
    } else if (sameAddress) {
      errors.push(new ConsistencyError(row.file, row.line,
        `column "report_url": expected each assessment to have its own report address, found ${row.reportUrl} again (first at ${where(sameAddress)})`));
    } else if (snapshot && row.origin === 'register' && row.published > snapshot.month) {
      errors.push(new ConsistencyError(row.file, row.line,
        `column "published": expected a month no later than the snapshot's, ${snapshot.month} (${snapshot.at}), found ${row.published}; whoever adds a row updates the snapshot's date`));
    } else if (snapshot && row.origin === 'later' && row.published < snapshot.month) {
      errors.push(new ConsistencyError(row.file, row.line,
        `column "published": expected a month no earlier than the register's snapshot, ${snapshot.month} (${snapshot.at}), found ${row.published}; a result published before it belongs in the register`));
    }
    byAssessment.set(`${key(row.authority)}|${row.published}`, twin ?? row);
    byAddress.set(row.reportUrl, sameAddress ?? row);
  }
  return errors;
}

/** `<file>:<line>` of a row, for messages that name two places. */
export function where(row: Pick<RegisterRow, 'file' | 'line'>): string {
  return `${row.file}:${row.line}`;
}
