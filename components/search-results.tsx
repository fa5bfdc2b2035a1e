import type { SearchOutcome } from '@/lib/search/query';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';

const SHOWN = 50;

/** The results of a search: how many, then each with where it is, a snippet with the matched words marked, and a link to the paragraph. */
export function SearchResults({ outcome, within }: { outcome: Extract<SearchOutcome, { kind: 'results' }>; within?: string }) {
  const { results, query } = outcome;
  const count = results.length;
  return (
    <>
      {outcome.truncated ? <p className="notice">Your search was longer than {MAX_QUERY_LENGTH} characters, so only its first {MAX_QUERY_LENGTH} were used.</p> : null}
      <p className="search-summary" role="status">
        {count === 0 ? 'No results' : `${count} ${count === 1 ? 'result' : 'results'}`} for &ldquo;{query}&rdquo;
        {within ? ` in ${within}` : ''}{count > SHOWN ? `, showing the first ${SHOWN}` : ''}.
      </p>
      {count === 0 ? (
        <p>Try fewer words, another spelling, or a word from the <a href="/glossary">glossary</a>.</p>
      ) : (
        <ol className="search-results">
          {results.slice(0, SHOWN).map(({ document, snippet, phrase }) => (
            <li key={document.id}>
              <h2 className="search-results__title"><a href={document.href}>{document.place}: {document.heading}</a></h2>
              <p className="search-results__meta">{document.authority}{phrase ? ' \u00B7 contains the whole phrase' : ''}</p>
              <p className="search-results__snippet">
                {snippet.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
