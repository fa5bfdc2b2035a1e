import { RATING_BANDS } from '@/lib/assessment';
import { pointsShortText, type OverallView } from '@/lib/view/overall';
import { Heading, type Level } from './heading';

const METHOD_URL = 'https://www.cqc.org.uk/guidance-regulation/local-authorities/how-we-determine-ratings';

/**
 * The overall score by CQC's published method, labelled as this site's
 * calculation (CQC does not print it), with where it sits in its band.
 */
export function OverallScore({ overall, level }: { overall: OverallView; level: Level }) {
  const short = pointsShortText(overall.next);
  return (
    <section className="overall-score" aria-labelledby="overall-score">
      <Heading level={level} id="overall-score">Overall score (calculated by this site)</Heading>
      <p className="overall-score__figure">
        <strong>{overall.total} of {overall.maximum}</strong> = <strong>{overall.roundedPercentage}%</strong>
      </p>
      <p>
        The {overall.statements} quality statement scores add up to {overall.total} out of a possible {overall.maximum}.
        By CQC&apos;s published method that is <strong>{overall.rating.toLowerCase()}</strong> ({overall.band.min}% to{' '}
        {overall.band.max}%), in the {overall.half} part of the band{short ? `, ${short}` : ''}.
      </p>
      <BandScale overall={overall} />
      <p className="overall-score__note">
        CQC does not print this percentage in its reports; this site works it out from the published scores.{' '}
        <a href={METHOD_URL}>How CQC determines ratings</a>.
      </p>
    </section>
  );
}

/** The four bands from 25% to 100% with a mark at the score. Decorative: the sentence above says it in words. */
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
