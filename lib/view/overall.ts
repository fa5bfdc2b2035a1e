import { overallScore, type Assessment, type OverallScore } from '@/lib/assessment';

/**
 * The overall score by CQC's method, as this site calculates it (CQC does
 * not print the percentage), and where it sits within its band.
 */
export type OverallView = OverallScore & {
  /** 0 at the bottom of the band, 1 at the top. */
  positionInBand: number;
  /** CQC reads the percentage as the upper or lower part of a rating. */
  half: 'upper' | 'lower';
};

export function overallView(assessment: Pick<Assessment, 'themes'>): OverallView {
  const overall = overallScore(assessment.themes.flatMap((t) => t.statements.map((s) => s.score)));
  return { ...overall, ...bandPosition(overall.roundedPercentage, overall.band) };
}

/** Where a whole percentage sits in its band: 59 in 39-62 is 20/23 of the way up, the upper part. */
export function bandPosition(percent: number, band: { min: number; max: number }) {
  const positionInBand = (percent - band.min) / (band.max - band.min);
  return { positionInBand, half: positionInBand >= 0.5 ? 'upper' as const : 'lower' as const };
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "two points short of good": small counts in words, as a reader says them. */
export function pointsShortText(next: OverallScore['next']): string | null {
  if (!next) return null;
  const count = WORDS[next.pointsShort] ?? String(next.pointsShort);
  return `${count} ${next.pointsShort === 1 ? 'point' : 'points'} short of ${next.rating.toLowerCase()}`;
}
