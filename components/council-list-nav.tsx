import { RATING_FILTERS, letterGroups, letterId, ratingPath, rowsRated, type CouncilRow, type RatingFilter } from '@/lib/view/councils';

/**
 * The ways to narrow the list of councils without JavaScript: one link per
 * rating, each to its own prerendered page, with how many councils it holds;
 * the current one is marked.
 */
export function RatingFilterNav({ rows, current }: { rows: readonly CouncilRow[]; current: RatingFilter | null }) {
  return (
    <nav className="rating-filter" aria-labelledby="rating-filter-heading">
      <h2 id="rating-filter-heading" className="rating-filter__heading">Show councils by rating</h2>
      <ul>
        <li>{current === null ? <span aria-current="page">All ({rows.length})</span> : <a href="/">All ({rows.length})</a>}</li>
        {RATING_FILTERS.map((filter) => {
          const label = `${filter.label} (${rowsRated(rows, filter.rating).length})`;
          return (
            <li key={filter.slug}>
              {current?.slug === filter.slug ? <span aria-current="page">{label}</span> : <a href={ratingPath(filter)}>{label}</a>}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Links to each first letter's rows of the list, for finding a council by name. */
export function LetterNav({ rows }: { rows: readonly CouncilRow[] }) {
  return (
    <nav className="letter-nav" aria-labelledby="letter-nav-heading">
      <h2 id="letter-nav-heading" className="rating-filter__heading">Find a council by the first letter of its name</h2>
      <ul>
        {letterGroups(rows).map((group) => (
          <li key={group.letter}><a href={`#${letterId(group.letter)}`}>{group.letter}</a></li>
        ))}
      </ul>
    </nav>
  );
}
