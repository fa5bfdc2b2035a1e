/** Formatting shared by the report's sections (report.ts, report-build.ts, report-scale.ts). */

export const fixed = (n: number, digits: number) => n.toFixed(digits);
/** Decimal kilobytes (1 kB = 1000 bytes), one decimal. */
export const kb = (bytes: number) => (bytes / 1000).toFixed(1);
/** Decimal megabytes (1 MB = 10^6 bytes), whole. */
export const mb = (bytes: number) => (bytes / 1e6).toFixed(0);
/** As `mb`, or "n/a" for a figure not measured. */
export const mbOrNone = (bytes: number | null) => (bytes === null ? 'n/a' : mb(bytes));
export const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
export const howMeasured = (points: string[]) => `How it was measured:\n\n${points.map((p) => `- ${p}`).join('\n')}`;
/** A target's outcome as a measured fact. */
export const verdict = (met: boolean) => (met ? 'met' : 'not met');
