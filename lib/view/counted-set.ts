import type { CountedSet } from '@/lib/national';
import type { Snapshot } from '@/lib/register/schema';
import { formatMonth } from './councils';
import { formatDate } from './format';

/**
 * What the site's counts across councils are of, in words, from the
 * content's own dates: the ratings register (complete to its snapshot) and
 * the results recorded one by one since, each council counted once.
 */

/** What every count across councils says of itself, wherever the site counts them. */
export const COUNTS_ONLY = 'Counts only: they say how many councils had each result, and nothing about how one council compares with another.';

/** "79 councils": how many are counted. */
export function countedText(set: Pick<CountedSet, 'councils'>): string {
  return `${set.councils} ${set.councils === 1 ? 'council' : 'councils'}`;
}

/** "October 2025 to February 2026", or one month alone. */
function monthsText(months: NonNullable<CountedSet['laterMonths']>): string {
  return months.from === months.to ? formatMonth(months.from) : `${formatMonth(months.from)} to ${formatMonth(months.to)}`;
}

/**
 * "79 councils: those in the ratings register, which holds every result CQC
 * had published by 3 October 2025, and 7 results published since (October
 * 2025 to February 2026) that this site recorded one by one as it found a
 * source (not every council's); each council is counted once, by its latest
 * result".
 */
export function countedSetText(set: CountedSet, snapshot: Pick<Snapshot, 'date'>): string {
  const register = `the ratings register, which holds every result CQC had published by ${formatDate(snapshot.date)}`;
  const later = set.laterMonths === null
    ? 'no result published since has been recorded yet'
    : `${set.later} ${set.later === 1 ? 'result' : 'results'} published since (${monthsText(set.laterMonths)}) that this site recorded one by one as it found a source (not every council's)`;
  return `${countedText(set)}: those in ${register}, and ${later}; each council is counted once, by its latest result`;
}
