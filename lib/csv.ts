/**
 * A small CSV writer (RFC 4180): fields holding a comma, a quote, or a line
 * break are quoted, quotes inside them doubled; lines end in CRLF, as
 * spreadsheets expect. tests/unit/csv.test.ts reads its output back with
 * csv-parse.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
