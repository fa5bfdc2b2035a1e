/**
 * Time limits for the browser tests that walk many pages, from what each
 * step was measured to cost on a quiet two-core machine, times a wide margin
 * for a busy one (README, "Quick start": npm test is run with the machine
 * kept busy). No test asserts how fast anything is: these only bound how
 * long a test may take before it is called stuck.
 */

/** How many times the quiet machine's cost a busy machine may take. */
export const MARGIN = 8;

/** Quiet-machine costs of one step, in milliseconds (measured from the tests' own durations: see the README). */
export const COST = {
  /** Loading a page in the browser. */
  page: 600,
  /** Running axe on a loaded page. */
  axe: 1_500,
  /** Tabbing through every interactive element of a page. */
  tabThrough: 4_000,
  /** Fetching a page or a file over HTTP, without a browser. */
  fetch: 100,
  /** One run of the Nu HTML checker (a JVM start and a batch of pages). */
  checkerRun: 6_000,
  /** Starting a second next start on the test build until it answers. */
  serverStart: 5_000,
} as const;

/** The time limit for `items` steps that each cost `perItem` on a quiet machine, with the margin, and half a minute to start. */
export function budget(items: number, perItem: number): number {
  return 30_000 + Math.ceil(items * perItem * MARGIN);
}
