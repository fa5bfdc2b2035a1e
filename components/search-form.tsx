import { MAX_QUERY_LENGTH } from '@/lib/search/query';

/**
 * A plain GET form to /search, so search works without JavaScript. `id`
 * names its input (each form on a page needs its own), `label` its landmark.
 */
export function SearchBox({ id, label, className, visibleLabel }: { id: string; label: string; className: string; visibleLabel?: boolean }) {
  return (
    <form action="/search" method="get" role="search" aria-label={label} className={className}>
      <label htmlFor={id} className={visibleLabel ? undefined : 'visually-hidden'}>Search the assessments</label>
      <input id={id} type="search" name="q" maxLength={MAX_QUERY_LENGTH} />
      <button type="submit">Search</button>
    </form>
  );
}
