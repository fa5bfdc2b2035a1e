import { RATING_BANDS, type Assessment } from '@/lib/assessment';
import { nextBandText, overallView, scoreHeadline, type OverallView } from '@/lib/view/overall';
import { METHOD_PATH } from '@/lib/view/site-pages';
import { CQC_METHOD_URL } from '@/lib/view/sources';
import { Heading, type Level } from './heading';

/**
 * The overall score under CQC's rating: CQC's own printed score where the
 * report has one, prominent and attributed to CQC; otherwise the site's
 * calculation, smaller and labelled as the site's.
 */
export function ScoreHeadline({ assessment }: { assessment: Pick<Assessment, 'themes' | 'overallScore'> }) {
  const headline = scoreHeadline(assessment);
  return <p className={`score-headline score-headline--${headline.by}`}>{headline.text}</p>;
}

type OverallScoreProps = { assessment: Pick<Assessment, 'themes' | 'overallScore'>; level: Level };

/**
 * How the overall score follows from the quality statement scores by CQC's
 * published method, and where it sits in its band: the site's working,
 * labelled as such, whichever figure leads.
 */
export function OverallScore({ assessment, level }: OverallScoreProps) {
  const overall = overallView(assessment);
  const gap = nextBandText(overall);
  const exact = Number.isInteger(overall.percentage) ? `${overall.percentage}%` : `${overall.percentage.toFixed(1)}%, rounded up to ${overall.roundedPercentage}%`;
  return (
    <section className="overall-score" aria-labelledby="overall-score">
      <Heading level={level} id="overall-score">How the overall score is worked out (this site&apos;s calculation)</Heading>
      <p>
        The {overall.statements} quality statement scores add up to <strong>{overall.total} out of a possible {overall.maximum}</strong>,
        which is {exact}.{' '}
        {assessment.overallScore === null
          ? 'The report does not print an overall score; this figure is the site\u2019s.'
          : `That is the overall score CQC prints, ${assessment.overallScore}.`}
      </p>
      <p>
        By CQC&apos;s published method, {overall.band.min}% to {overall.band.max}% is{' '}
        <strong>{overall.rating.toLowerCase()}</strong>; {overall.roundedPercentage}% is in the {overall.half} part of that band.
        {gap ? ` ${gap}.` : ''}
      </p>
      <BandScale overall={overall} />
      <p className="overall-score__note">
        <a href={METHOD_PATH}>How CQC rates councils, and how this site calculates</a>;{' '}
        <a href={CQC_METHOD_URL}>CQC&apos;s method on its website</a>.
      </p>
    </section>
  );
}

/** The four bands from 25% to 100% with a mark at the score. Decorative: the sentences above say it in words. */
function BandScale({ overall }: { overall: OverallView }) {
  const x = (percent: number) => ((percent - 25) / 75) * 300;
  return (
    <svg className="band-scale" aria-hidden="true" focusable="false" viewBox="0 0 300 44" width="300" height="44">
      {RATING_BANDS.map((band) => (
        <g key={band.rating}>
          <rect x={x(band.min)} y="14" width={x(band.max + 1) - x(band.min) - 2} height="12"
            className={band.rating === overall.rating ? 'band band--current' : 'band'} />
          <text x={x(band.min)} y="40" className="band-scale__label">{band.min}%</text>
        </g>
      ))}
      <path d={`M ${x(overall.roundedPercentage)} 12 l -6 -10 h 12 z`} className="band-scale__marker" />
    </svg>
  );
}
