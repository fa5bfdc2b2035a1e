import type { ReactNode } from 'react';
import { RATINGS, type Rating } from '@/lib/assessment';
import { RatingScale } from './scale';

type RatingBadgeProps = { rating: Rating; scale?: boolean; children?: ReactNode };

/**
 * CQC's overall rating as text. In a list of councils it carries a small
 * decorative picture of the four ratings with this one marked. With `scale`,
 * for a page about one council, it is CQC's rating with the whole scale
 * after it in words (components/scale.tsx); `children` (the overall score)
 * go between the two, so the score is read straight after the rating.
 */
export function RatingBadge({ rating, scale = false, children }: RatingBadgeProps) {
  const modifier = rating.toLowerCase().replace(/\s+/g, '-');
  if (scale) {
    return (
      <div className="rating-block">
        <p className={`rating-badge rating-badge--${modifier}`}>
          <span className="rating-badge__caption">CQC&apos;s overall rating</span>{' '}
          <strong className="rating-badge__value">{rating}</strong>
        </p>
        {children}
        <RatingScale rating={rating} />
      </div>
    );
  }
  return (
    <p className={`rating-badge rating-badge--${modifier}`}>
      <span className="rating-badge__caption">Overall rating</span>{' '}
      <strong className="rating-badge__value">{rating}</strong>
      <svg className="rating-badge__scale" aria-hidden="true" focusable="false" viewBox="0 0 98 8" width="98" height="8">
        {[...RATINGS].reverse().map((r, i) => (
          <rect key={r} x={i * 25} y="0" width="23" height="8" rx="2" className={r === rating ? 'on' : 'off'} />
        ))}
      </svg>
    </p>
  );
}
