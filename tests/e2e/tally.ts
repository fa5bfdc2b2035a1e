import type { Page } from '@playwright/test';
import type { Council } from './register';

/**
 * Counts the browser tests make themselves over the councils ./register.ts
 * reads from the CSV files, as the pages should show them, and a table's
 * rows as text.
 */

/** CQC's ratings in CQC's order, then "" for a rating not recorded. */
export const RATINGS = ['Outstanding', 'Good', 'Requires improvement', 'Inadequate', ''];

/** CQC's bands of the overall percentage, lowest first (CQC's "How we determine ratings"). */
const BANDS = [{ rating: 'Inadequate', min: 25, max: 38 }, { rating: 'Requires improvement', min: 39, max: 62 }, { rating: 'Good', min: 63, max: 87 }, { rating: 'Outstanding', min: 88, max: 100 }];
export const BAND_LABELS = BANDS.map((b) => `${b.rating}: ${b.min}% to ${b.max}%`);

export function ratedAs<T extends Pick<Council, 'rating'>>(councils: readonly T[], rating: string): T[] {
  return councils.filter((c) => c.rating === rating);
}

/** How many councils' overall percentages fall in each band, and how many of those CQC printed. */
export function bandCounts(councils: readonly Council[]): { councils: number; printed: number }[] {
  return BANDS.map((band) => {
    const inBand = councils.filter((c) => c.percent !== null && c.percent >= band.min && c.percent <= band.max);
    return { councils: inBand.length, printed: inBand.filter((c) => c.printed !== null).length };
  });
}

/** The columns a table of statement scores adds for councils without a score: not scored (the register) and not recorded (a later result), where any are. */
export function missingColumns(councils: readonly Council[]): { label: string; count: (statement: number) => number }[] {
  const column = (label: string, origin: Council['origin']) => ({
    label, count: (statement: number) => councils.filter((c) => c.origin === origin && c.scores[statement] === null).length,
  });
  return [column('Not scored', 'register'), column('Not recorded', 'later')].filter((c) => Array.from({ length: 9 }, (_, i) => c.count(i)).some((n) => n > 0));
}

/** The cells of each body row of a table, header cell first, as text. */
export async function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.locator(`${selector} tbody tr`).evaluateAll((rows) => rows.map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
}
