import { publishedDate } from '@/lib/assessment';
import { groupOf } from '@/lib/assessment/blocks';
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
  const found = markdown.split(/\r\n|\r|\n/).flatMap((text, index) => {
    const match = SNAPSHOT.exec(text.trim());
    return match ? [{ given: groupOf(match, 1), line: index + 1 }] : [];
  });
  const [first, second] = found;
  if (!first) throw new StructureError(file, 1, 'expected a line giving the snapshot\'s date, such as "Snapshot: 3 October 2025", found none');
  if (second) throw new StructureError(file, second.line, `expected one snapshot line, found another (first at line ${first.line})`);
  const date = publishedDate().safeParse(first.given);
  if (!date.success) throw new ValueError(file, first.line, `expected the snapshot's date such as "3 October 2025", found ${quote(first.given)}`);
  return { file, markdown, date: date.data, line: first.line };
}
