import { RATINGS, SCORE_LABELS, type Rating } from '@/lib/assessment';

type Step = { key: string; text: string; current: boolean };

/**
 * A scale in words with one step marked in text, so a reader sees what a
 * rating or score sits between without the colour or the picture: the four
 * ratings, or the four score labels, lowest first.
 */
function Scale({ intro, steps, here, kind }: { intro: string; steps: Step[]; here: string; kind: 'rating' | 'score' }) {
  return (
    <div className={`scale scale--${kind}`}>
      <p className="scale__intro">{intro}:</p>
      <ol className="scale__steps">
        {steps.map((step) => (
          <li key={step.key} className={step.current ? 'scale__step scale__step--current' : 'scale__step'}>
            {step.text}{step.current ? <strong className="scale__here"> ({here})</strong> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** CQC's four overall ratings, lowest first, with this one marked. */
export function RatingScale({ rating }: { rating: Rating }) {
  const steps = [...RATINGS].reverse().map((r) => ({ key: r, text: r, current: r === rating }));
  return <Scale intro="CQC's four ratings, lowest first" steps={steps} here="this rating" kind="rating" />;
}

/** CQC's four quality statement scores and their labels, lowest first, with this one marked. */
export function ScoreScale({ score }: { score: number }) {
  const steps = SCORE_LABELS.map((label, index) => ({ key: label, text: `${index + 1}: ${label}`, current: index + 1 === score }));
  return <Scale intro="CQC's four scores for a quality statement, lowest first" steps={steps} here="this score" kind="score" />;
}
