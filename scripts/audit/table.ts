import type { Cell, RunSummary } from './results';
import { CATEGORIES, CATEGORY_TITLES, LIST_TBT_LIMIT_MS, MOBILE_PERFORMANCE, describeTarget } from './targets';

/** "100 ✓", "87 ✗", or "– ✗" when Lighthouse could not score the category. */
export function scoreMark(cell: Cell): string {
  return `${cell.score ?? '–'} ${cell.met ? '✓' : '✗'}`;
}

/** The header row, then one row per page and form factor, as cells of text. */
export function tableRows(runs: RunSummary[], pageText: (run: RunSummary) => string): string[][] {
  const header = ['page', 'form factor', ...CATEGORIES.map((c) => CATEGORY_TITLES[c])];
  return [header, ...runs.map((run) => [pageText(run), run.formFactor, ...run.cells.map(scoreMark)])];
}

/** The score table for the terminal, columns padded to line up, with the targets under it. */
export function consoleTable(runs: RunSummary[]): string {
  const rows = tableRows(runs, (run) => `${run.page.label} ${run.page.path}`);
  const widths = rows.reduce<number[]>(
    (max, row) => row.map((text, i) => Math.max(max[i] ?? 0, text.length)), []);
  const lines = rows.map((row) => row.map((text, i) => text.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
  const [header, ...body] = lines;
  return [header, widths.map((w) => '-'.repeat(w)).join('  '), ...body, '', targetsSentence(), '✓ meets its target, ✗ misses it.'].join('\n');
}

/** The targets in words, shared by the terminal and AUDIT.md so the two never disagree. */
export function targetsSentence(): string {
  return `Targets: 100 in all four categories on desktop; on mobile, 100 in accessibility, best practices and SEO, `
    + `and in performance ${describeTarget(MOBILE_PERFORMANCE.report)} for a report's pages and ${describeTarget(MOBILE_PERFORMANCE.list)} for the lists of councils, `
    + `whose Total Blocking Time must also stay under ${LIST_TBT_LIMIT_MS} ms with no long task from the site's own script (see "Main thread").`;
}
