import { labelOf } from '@/lib/assessment';
import { ScoreScale } from './scale';

type ScoreBadgeProps = { score: number; scale?: boolean };

/**
 * A quality statement score as text ("Score 2 of 4: evidence shows some
 * shortfalls") with a small picture of the 1-4 scale. The words carry the
 * meaning; the colour and the squares only reinforce them. With `scale`, for
 * a page about one statement, CQC's four scores follow in words.
 */
export function ScoreBadge({ score, scale = false }: ScoreBadgeProps) {
  const label = labelOf(score);
  const badge = (
    <span className={`score-badge score-badge--${score}`}>
      <svg className="score-badge__scale" aria-hidden="true" focusable="false" viewBox="0 0 50 11" width="50" height="11">
        {[1, 2, 3, 4].map((step) => (
          <rect key={step} x={(step - 1) * 13} y="0" width="11" height="11" rx="2" className={step <= score ? 'on' : 'off'} />
        ))}
      </svg>
      <span className="score-badge__text">
        Score {score} of 4<span className="score-badge__label">: {label.charAt(0).toLowerCase()}{label.slice(1)}</span>
      </span>
    </span>
  );
  if (!scale) return badge;
  return <div className="score-block"><p className="statement-score">{badge}</p><ScoreScale score={score} /></div>;
}
