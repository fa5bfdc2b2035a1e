import { overallScore, type Assessment, type OverallScore } from '@/lib/assessment';

/**
 * The overall score by CQC's method, as this site calculates it from the
 * published scores, and where it sits within its band. Where the report
 * prints CQC's own overall score (`overallScore`), pages show CQC's figure
 * first and this calculation only as the site's (components/overall-score.tsx).
 */
export type OverallView = OverallScore & {
  /** 0 at the bottom of the band, 1 at the top. */
  positionInBand: number;
  /** CQC reads the percentage as the upper or lower part of a rating. */
  half: 'upper' | 'lower';
};

/** The site's calculation of an assessment's overall score from its quality statement scores, with where it sits in its band. */
export function overallView(assessment: Pick<Assessment, 'themes'>): OverallView {
  const overall = overallScore(assessment.themes.flatMap((t) => t.statements.map((s) => s.score)));
  return { ...overall, ...bandPosition(overall.roundedPercentage, overall.band) };
}

/** Where a whole percentage sits in its band: 59 in 39-62 is 20/23 of the way up, the upper part. */
export function bandPosition(percent: number, band: { min: number; max: number }) {
  const positionInBand = (percent - band.min) / (band.max - band.min);
  return { positionInBand, half: positionInBand >= 0.5 ? 'upper' as const : 'lower' as const };
}

/**
 * The gap to the next band in score points, which cannot be misread as
 * percentage points: "2 more score points out of 36 would have reached Good".
 * Null at the top band.
 */
export function nextBandText(overall: Pick<OverallScore, 'next' | 'maximum'>): string | null {
  const { next, maximum } = overall;
  if (!next) return null;
  return `${next.pointsShort} more score ${next.pointsShort === 1 ? 'point' : 'points'} out of ${maximum} would have reached ${next.rating}`;
}

/** The overall score a page or card shows under the rating, and whose it is. */
export type ScoreHeadline = { by: 'cqc' | 'site'; text: string };

/**
 * CQC's printed overall score where the report has one ("CQC's overall score:
 * 67 out of 100"); otherwise this site's calculation, labelled as the site's
 * ("This site's calculation from CQC's scores: 21 of 36, 59%").
 */
export function scoreHeadline(assessment: Pick<Assessment, 'themes' | 'overallScore'>): ScoreHeadline {
  if (assessment.overallScore !== null) return { by: 'cqc', text: `CQC's overall score: ${assessment.overallScore} out of 100` };
  const overall = overallView(assessment);
  return { by: 'site', text: `This site's calculation from CQC's scores: ${overall.total} of ${overall.maximum}, ${overall.roundedPercentage}%` };
}
