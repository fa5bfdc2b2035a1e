import type { Rating } from './value-schemas';

/**
 * CQC's published method for a local authority's overall rating: the scores
 * of the quality statements assessed, equally weighted, as a percentage of the
 * maximum (4 each), placed in these bands. CQC prints the bands, and the
 * overall score in its later reports, as whole percentages: every printed
 * score seen is the percentage rounded up (25 of 36 = 69.4% is printed 70), so
 * the site rounds up too and never differs from CQC by one (docs/overall-score.md).
 * Rounding up or to the nearest never changes which band a score falls in.
 * Source: https://www.cqc.org.uk/guidance-regulation/local-authorities/how-we-determine-ratings
 */
export const RATING_BANDS: readonly { rating: Rating; min: number; max: number }[] = [
  { rating: 'Inadequate', min: 25, max: 38 },
  { rating: 'Requires improvement', min: 39, max: 62 },
  { rating: 'Good', min: 63, max: 87 },
  { rating: 'Outstanding', min: 88, max: 100 },
];

export type OverallScore = {
  total: number;
  maximum: number;
  statements: number;
  /** The exact percentage, for display with its decimals if wanted. */
  percentage: number;
  /** The whole percentage, rounded up as CQC rounds its printed scores; the bands are read against it. */
  roundedPercentage: number;
  rating: Rating;
  band: { min: number; max: number };
  /** The next band up and how many score points short of it, or null when already outstanding. */
  next: { rating: Rating; pointsShort: number } | null;
};

/** Whole percentage of `total` out of `maximum`, rounded up, in integers so no float error decides it. */
export function wholePercent(total: number, maximum: number): number {
  return Math.floor((100 * total + maximum - 1) / maximum);
}

/**
 * The band a whole percentage from 25 to 100 falls in. Scores of 1-4 always
 * give such a percentage (tests/unit/rating.test.ts tries every combination),
 * so the RangeError marks a caller's mistake, never a report's.
 */
export function bandOf(percent: number): (typeof RATING_BANDS)[number] {
  // The bands rise from 25% with no gap, so the first whose top is at or above the percentage holds it.
  const band = RATING_BANDS.find((b) => percent <= b.max);
  if (!band) throw new RangeError(`no CQC rating band holds ${percent}%`);
  return band;
}

/**
 * Works out the overall score and rating by CQC's method from the quality
 * statement scores assessed (each 1-4). Throws a RangeError for an empty list
 * or a score outside 1-4: the parser checks both before it calls this.
 */
export function overallScore(scores: readonly number[]): OverallScore {
  if (scores.length === 0) throw new RangeError('no quality statement scores to combine');
  const wrong = scores.find((s) => !Number.isInteger(s) || s < 1 || s > 4);
  if (wrong !== undefined) throw new RangeError(`a quality statement score is 1, 2, 3 or 4, not ${wrong}`);
  const total = scores.reduce((sum, s) => sum + s, 0);
  const maximum = 4 * scores.length;
  const roundedPercentage = wholePercent(total, maximum);
  const band = bandOf(roundedPercentage);
  const index = RATING_BANDS.indexOf(band);
  const nextBand = RATING_BANDS[index + 1];
  let next: OverallScore['next'] = null;
  if (nextBand) {
    let points = 1;
    while (wholePercent(total + points, maximum) < nextBand.min) points++;
    next = { rating: nextBand.rating, pointsShort: points };
  }
  return {
    total,
    maximum,
    statements: scores.length,
    percentage: (100 * total) / maximum,
    roundedPercentage,
    rating: band.rating,
    band: { min: band.min, max: band.max },
    next,
  };
}
