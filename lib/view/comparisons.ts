import type { Comparison } from '@/lib/assessment';

/**
 * Turns the model's comparisons into table rows: the difference in
 * percentage points, whether the authority is above, below or similar to
 * England, and whether that is better or worse where it is clear which way
 * is better. Pure, so every rule here has a unit test.
 */

/** Differences smaller than this many percentage points (either way) read as "similar". */
export const SIMILAR_BAND = 2;

export type Direction = 'above' | 'below' | 'similar';
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'unknown';
export type Judgement = 'better' | 'worse' | 'similar' | 'not judged';

export type ComparisonRow = {
  comparison: Comparison;
  /** value minus England average, to the decimals the figures are printed with. */
  difference: number;
  differenceText: string;
  direction: Direction;
  polarity: Polarity;
  judgement: Judgement;
};

/**
 * Measures where a lower figure is the better one. Everything the reports
 * quote is phrased so that more is better except these.
 */
const LOWER_IS_BETTER = [
  /\bnot in paid employment\b/i,
  /\b(?:waiting|waited)\b/i,
  /\bdelay(?:s|ed)?\b/i,
  /\b(?:admitted|admissions?)\b/i,
  /\bre-?admi/i,
  /\b(?:lonely|isolated|social isolation)\b/i,
];

const HIGHER_IS_BETTER = [
  /\bsatisfied\b/i, /\bcontrol over\b/i, /\bsocial contact\b/i, /\breviewed\b/i, /\bsupport group\b/i,
  /\bsomeone to talk to\b/i, /\bdid not buy\b/i, /\bno longer requir/i, /\bfeel better\b/i, /\bhelpful\b/i,
  /\breablement\b/i, /\brehabilitation\b/i, /\bstill at home\b/i, /\beasy to\b/i, /\bdirect payment/i,
  /\bchoice\b/i, /\bbreak from caring\b/i, /\bcare certificate\b/i, /\bcompleted\b.*\btraining\b/i,
  /\bfel[lt] safe\b/i, /\bfeel safe\b/i, /\bsupported by an advocate\b/i, /\bquality of life\b/i,
];

/** Which way is better for a measure, from its wording; "unknown" when the wording does not say. */
export function polarityOf(metric: string): Polarity {
  if (LOWER_IS_BETTER.some((p) => p.test(metric))) return 'lower-is-better';
  if (HIGHER_IS_BETTER.some((p) => p.test(metric))) return 'higher-is-better';
  return 'unknown';
}

function decimalsOf(text: string): number {
  return /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
}

/** The difference in percentage points, computed in whole hundredths so 56.10 - 61.21 is exactly -5.11. */
export function differenceOf(comparison: Pick<Comparison, 'value' | 'englandAverage' | 'valueText' | 'englandAverageText'>) {
  const decimals = Math.max(decimalsOf(comparison.valueText), decimalsOf(comparison.englandAverageText));
  const scale = 10 ** decimals;
  const difference = (Math.round(comparison.value * scale) - Math.round(comparison.englandAverage * scale)) / scale;
  return { difference, differenceText: formatSigned(difference, decimals) };
}

function formatSigned(value: number, decimals: number): string {
  if (value === 0) return (0).toFixed(decimals);
  return `${value > 0 ? '+' : '\u2212'}${Math.abs(value).toFixed(decimals)}`;
}

export function directionOf(difference: number): Direction {
  if (Math.abs(difference) < SIMILAR_BAND) return 'similar';
  return difference > 0 ? 'above' : 'below';
}

export function judge(direction: Direction, polarity: Polarity): Judgement {
  if (direction === 'similar') return 'similar';
  if (polarity === 'unknown') return 'not judged';
  const good = polarity === 'higher-is-better' ? 'above' : 'below';
  return direction === good ? 'better' : 'worse';
}

/** The rows of one comparison table; a figure the report prints twice appears once. */
export function comparisonRows(comparisons: readonly Comparison[]): ComparisonRow[] {
  return comparisons
    .filter((c) => c.repeatOf === null)
    .map((comparison) => {
      const { difference, differenceText } = differenceOf(comparison);
      const direction = directionOf(difference);
      const polarity = polarityOf(comparison.metric);
      return { comparison, difference, differenceText, direction, polarity, judgement: judge(direction, polarity) };
    });
}

/** The measure as a table row heading: the report's words with a capital. */
export function measureLabel(metric: string): string {
  return metric.charAt(0).toUpperCase() + metric.slice(1);
}
