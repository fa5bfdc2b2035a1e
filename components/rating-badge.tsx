import { RATINGS, type Rating } from '@/lib/assessment';

/**
 * The overall rating as text, with the four ratings drawn as a scale and this
 * one marked. The picture is decorative: the words say it all.
 */
export function RatingBadge({ rating }: { rating: Rating }) {
  const scale = [...RATINGS].reverse();
  return (
    <p className={`rating-badge rating-badge--${rating.toLowerCase().replace(/\s+/g, '-')}`}>
      <span className="rating-badge__caption">Overall rating</span>{' '}
      <strong className="rating-badge__value">{rating}</strong>
      <svg className="rating-badge__scale" aria-hidden="true" focusable="false" viewBox="0 0 98 8" width="98" height="8">
        {scale.map((r, i) => (
          <rect key={r} x={i * 25} y="0" width="23" height="8" rx="2" className={r === rating ? 'on' : 'off'} />
        ))}
      </svg>
    </p>
  );
}
