import { publishedDate } from '@/lib/assessment';
import { StructureError, ValueError, quote } from '@/lib/assessment/errors';
import type { Provenance } from './schema';

const SNAPSHOT = /^Snapshot:\s*(.*)$/;

/**
 * Reads the register's provenance (markdown) and the date of the snapshot it
 * describes, from its one line "Snapshot: 3 October 2025". Pure: text in,
 * provenance out, or a StructureError/ValueError at the line.
 */
export function parseProvenance(text: string, file: string): Provenance {
  const markdown = text.replace(/^\uFEFF/, '');
  const found = markdown.split(/\r\n|\r|\n/)
    .map((line, index) => ({ match: SNAPSHOT.exec(line.trim()), line: index + 1 }))
    .filter((entry) => entry.match !== null);
  const [first, second] = found;
  if (!first) throw new StructureError(file, 1, 'expected a line giving the snapshot\'s date, such as "Snapshot: 3 October 2025", found none');
  if (second) throw new StructureError(file, second.line, `expected one snapshot line, found another (first at line ${first.line})`);
  const given = first.match?.[1] ?? '';
  const date = publishedDate().safeParse(given);
  if (!date.success) throw new ValueError(file, first.line, `expected the snapshot's date such as "3 October 2025", found ${quote(given)}`);
  return { file, markdown, date: date.data, line: first.line };
}
