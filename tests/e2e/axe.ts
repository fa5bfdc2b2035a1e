import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rules every axe check runs: WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the page as loaded and returns each violation as a line
 * naming the address, the rule and the first few elements.
 *
 * Axe runs in legacy mode: in the page itself, with the same rules. Its
 * default since 4.3 runs in each frame and then opens a blank page to merge
 * the frames' results, which doubled each run here (measured on 6 December:
 * `/` 5.8 s against 3.0 s, `/about` 2.0 s against 0.8 s) and only matters for
 * a page with cross-origin frames. The site's pages have no frames at all,
 * and this checks that first, so legacy mode misses nothing.
 *
 * `resultTypes: ['violations']` keeps every violating element but lists
 * only one element of each rule that passed or needs review, which these
 * tests never read: on a long list it halves the run again (`/` 3.9 s
 * against 2.0 s, `/rating/good` 2.1 s against 1.2 s).
 */
export async function axeViolations(page: Page, address: string): Promise<string[]> {
  const frames = page.frames().length;
  if (frames !== 1) return [`${address}: the page has ${frames - 1} frame(s); axe's legacy mode (tests/e2e/axe.ts) does not check cross-origin frames`];
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return violations.map((v) => `${address}: ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
}
