import { parse } from 'csv-parse/sync';

/**
 * The ratings data a build reads, cut down to one report's own council, so
 * the benchmark can measure what the rest adds. England's list of councils
 * must keep all its councils (the content check wants England's count), so
 * it keeps them and forgets the register's spelling of every name but the
 * kept ones; the later results lose every row.
 */

/** The three files: the ratings register, England's councils, the results published after the register's snapshot. */
export type RegisterTexts = { register: string; england: string; later: string };

/** The register's header and the rows of these authorities only. */
export function registerOf(text: string, authorities: readonly string[]): string {
  const [header = '', ...rows] = text.split(/\r?\n/);
  return [header, ...rows.filter((row) => authorities.some((a) => row.startsWith(`${a},`)))].join('\n') + '\n';
}

/** How many rows a CSV text holds, its header left out. */
export function registerRowCount(text: string): number {
  return text.split(/\r?\n/).slice(1).filter((row) => row.trim() !== '').length;
}

/** A CSV line of these cells, quoting a cell only where it holds a comma, a quote or a line break. */
export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');
}

/** England's councils with the last column, the register's name for each, left only where it is one of `authorities`. */
export function englandNaming(text: string, authorities: readonly string[]): string {
  const [header, ...rows]: string[][] = parse(text, { skip_empty_lines: true });
  if (!header) throw new Error('expected a header in England\'s list of councils');
  const kept = rows.map((cells) => cells.map((cell, i) => (i === cells.length - 1 && !authorities.includes(cell) ? '' : cell)));
  return [header, ...kept].map(csvLine).join('\n') + '\n';
}

/** The header line alone. */
export function headerOnly(text: string): string {
  return `${text.split(/\r?\n/)[0] ?? ''}\n`;
}

/** The data cut to these authorities' own rows (RegisterTexts). */
export function cutRegister(texts: RegisterTexts, authorities: readonly string[]): RegisterTexts {
  return { register: registerOf(texts.register, authorities), england: englandNaming(texts.england, authorities), later: headerOnly(texts.later) };
}
