import fc from 'fast-check';

/**
 * Set up for `npm run mutate` only (vitest.mutate.config.mts): a property that
 * fails has killed its mutant, so fast-check stops at the first failing input
 * instead of shrinking it, which would parse a report again for every step.
 */
fc.configureGlobal({ endOnFailure: true });
