import { RATING_BANDS, type Rating } from '@/lib/assessment';

/**
 * The geometry of the national page's charts, as plain numbers for
 * server-rendered SVG. The charts are pictures of the tables beside them:
 * every figure is in a table too, so the SVG can stay decorative.
 */

/** A rectangle in the chart's own units, with the count it stands for. */
export type Bar = { x: number; y: number; width: number; height: number; value: number };

/** Two decimals are finer than any screen shows, and keep the SVG short. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * One horizontal bar per value, from x = 0, lengths in proportion to the
 * largest value (which fills `width`); a zero gets no length.
 */
export function horizontalBars(values: readonly number[], width: number, barHeight: number, gap: number): { bars: Bar[]; height: number } {
  const largest = Math.max(1, ...values);
  const bars = values.map((value, index) => ({
    x: 0, y: index * (barHeight + gap), width: round((value / largest) * width), height: barHeight, value,
  }));
  return { bars, height: Math.max(0, values.length * (barHeight + gap) - gap) };
}

export type HistogramOptions = { min: number; max: number; columnWidth: number; height: number };

/**
 * A histogram over whole percentages from `min` to `max`: one column per
 * percentage that has councils, its height in proportion to the largest count
 * (which fills `height`), standing on the baseline at y = height.
 */
export function histogram(counts: readonly { percent: number; councils: number }[], options: HistogramOptions): { columns: Bar[]; width: number } {
  const { min, max, columnWidth, height } = options;
  const largest = Math.max(1, ...counts.map((c) => c.councils));
  const columns = counts
    .filter((c) => c.percent >= min && c.percent <= max)
    .map((c) => {
      const tall = round((c.councils / largest) * height);
      return { x: round((c.percent - min) * columnWidth), y: round(height - tall), width: columnWidth, height: tall, value: c.councils };
    });
  return { columns, width: round((max - min + 1) * columnWidth) };
}

/** CQC's rating bands laid along a histogram's axis, for shading behind its columns. */
export function bandSpans(options: Pick<HistogramOptions, 'min' | 'columnWidth'>): { rating: Rating; x: number; width: number; min: number }[] {
  return RATING_BANDS.map((band) => ({
    rating: band.rating,
    min: band.min,
    x: round((band.min - options.min) * options.columnWidth),
    width: round((band.max - band.min + 1) * options.columnWidth),
  }));
}

/** One bar of `width` split into segments in proportion to `counts`, left to right; zeros take no room. */
export function stackedBar(counts: readonly number[], width: number): { x: number; width: number; value: number; index: number }[] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  let x = 0;
  return counts.map((value, index) => {
    const segment = { x: round(x), width: total === 0 ? 0 : round((value / total) * width), value, index };
    x += total === 0 ? 0 : (value / total) * width;
    return segment;
  });
}
