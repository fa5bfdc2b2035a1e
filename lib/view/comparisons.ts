import type { Comparison } from '@/lib/assessment';
import { groupOf } from '@/lib/assessment/blocks';
import { measureEntry, type MeasureEntry } from './measures';

/**
 * Turns the model's comparisons into rows of facts: both figures, the
 * difference in percentage points and which side of the England average the
 * council is on. The site adds no verdict of its own: where the report
 * characterises a figure ("similar to"), that is CQC's wording, kept as
 * CQC's; where a reviewed source says which way is better, that is the
 * measure table's (lib/view/measures.ts). Pure, so every rule has a unit test.
 */

export type Side = 'above' | 'below' | 'level';

export type ComparisonRow = {
  comparison: Comparison;
  /** value minus England average, to the decimals the figures are printed with. */
  difference: number;
  /** The difference with its sign: "−5.11", "+10.52", "0.00". */
  differenceText: string;
  side: Side;
  /** The difference in words: "5.11 percentage points below the England average". */
  gapText: string;
  /** CQC's own characterisation, as the page quotes it: "similar to the England average"; null where the report gives none. */
  cqcWording: string | null;
  /** Which way is better, from the reviewed table; null when the table does not hold the measure. */
  measure: MeasureEntry | null;
};

function decimalsOf(text: string): number {
  const decimals = /\.(\d+)/.exec(text);
  return decimals ? groupOf(decimals, 1).length : 0;
}

type Figures = Pick<Comparison, 'value' | 'englandAverage' | 'valueText' | 'englandAverageText'>;

/** The difference in percentage points, computed in whole hundredths so 56.10 - 61.21 is exactly -5.11. */
export function differenceOf(comparison: Figures) {
  const decimals = Math.max(decimalsOf(comparison.valueText), decimalsOf(comparison.englandAverageText));
  const scale = 10 ** decimals;
  const difference = (Math.round(comparison.value * scale) - Math.round(comparison.englandAverage * scale)) / scale;
  return { difference, differenceText: formatSigned(difference, decimals), decimals };
}

function formatSigned(value: number, decimals: number): string {
  if (value === 0) return (0).toFixed(decimals);
  return `${Math.sign(value) === 1 ? '+' : '\u2212'}${Math.abs(value).toFixed(decimals)}`;
}

/** Which side of the England average a difference puts the council: any difference at all counts, however small. */
export function sideOf(difference: number): Side {
  if (difference === 0) return 'level';
  return Math.sign(difference) === 1 ? 'above' : 'below';
}

/** "5.11 percentage points below the England average"; "equal to the England average" for no difference. */
export function gapText(difference: number, decimals: number): string {
  const side = sideOf(difference);
  if (side === 'level') return 'equal to the England average';
  const size = Math.abs(difference).toFixed(decimals);
  return `${size} percentage ${size === '1' ? 'point' : 'points'} ${side} the England average`;
}

/** CQC's wording of the comparison as the page quotes it, or null where the report uses none. */
export function cqcWordingOf(comparison: Pick<Comparison, 'reportWording'>): string | null {
  return comparison.reportWording === null ? null : `${comparison.reportWording} the England average`;
}

/** The row of one figure in the report of `authority` (whose place a measure's wording may name). */
export function comparisonRow(comparison: Comparison, authority: string): ComparisonRow {
  const { difference, differenceText, decimals } = differenceOf(comparison);
  return {
    comparison,
    difference,
    differenceText,
    side: sideOf(difference),
    gapText: gapText(difference, decimals),
    cqcWording: cqcWordingOf(comparison),
    measure: measureEntry(comparison.metric, authority),
  };
}

/** The rows of one comparison table in the report of `authority`; a figure the report prints twice appears once. */
export function comparisonRows(comparisons: readonly Comparison[], authority: string): ComparisonRow[] {
  return comparisons.filter((c) => c.repeatOf === null).map((c) => comparisonRow(c, authority));
}

/** The measure table's direction as a sentence that names its source: "In ASCOF measure 3A (...), a higher figure is better." */
export function directionText(measure: MeasureEntry): string {
  return `This site matched the measure to ${measure.source}, in which a ${measure.direction === 'higher-is-better' ? 'higher' : 'lower'} figure is better.`;
}

/** The measure as a table row heading: the report's words with a capital. */
export function measureLabel(metric: string): string {
  return metric.charAt(0).toUpperCase() + metric.slice(1);
}
