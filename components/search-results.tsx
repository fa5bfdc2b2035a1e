import type { ResultKind } from '@/lib/search';
import { MAX_QUERY_LENGTH, type SearchOutcome } from '@/lib/search/query';
import { PAGE_SIZE, searchHref, type ResultsPage } from '@/lib/search/paging';

type Results = Extract<SearchOutcome, { kind: 'results' }>;
type SearchResultsProps = { outcome: Results; authority?: { slug: string; name: string } };

/** What each kind of result is, said before its heading. */
const KIND_LABELS: { readonly [Kind in ResultKind]: string } = {
  overview: 'Overview', statement: 'Quality statement', theme: 'Theme', council: 'Council', glossary: 'Glossary', paragraph: 'From the report',
};

/** "3 results for ...", or "Results 11 to 20 of 33 for ..." when there is more than one page. */
function summary(page: ResultsPage): string {
  if (page.total === 0) return 'No results';
  if (page.pages === 1) return `${page.total} ${page.total === 1 ? 'result' : 'results'}`;
  return `Results ${page.first} to ${page.last} of ${page.total}`;
}

/**
 * One page of search results: how many and which, then each result with what
 * it is, where, a snippet with the matched phrase marked and a link, then
 * plain previous and next links.
 */
export function SearchResults({ outcome, authority }: SearchResultsProps) {
  const { query, page } = outcome;
  return (
    <>
      {outcome.truncated ? <p className="notice">Your search was longer than {MAX_QUERY_LENGTH} characters, so only its first {MAX_QUERY_LENGTH} were used.</p> : null}
      {outcome.corrected !== null ? (
        <p className="notice search-corrected">
          Showing results for &ldquo;{outcome.corrected}&rdquo;, the nearest spelling the reports use: no page holds &ldquo;{query}&rdquo; as you typed it.
        </p>
      ) : null}
      <p className="search-summary" role="status">
        {summary(page)} for &ldquo;{query}&rdquo;{authority ? ` in ${authority.name}` : ''}.
      </p>
      {page.total === 0 ? (
        <p>Try fewer words, another spelling, or a word from the <a href="/glossary">glossary</a>.</p>
      ) : (
        <ol className="search-results" start={page.first}>
          {page.results.map(({ document, snippet, wholePhrase }) => (
            <li key={document.id} className={`search-result search-result--${document.kind}`}>
              <h2 className="search-results__title"><a href={document.href}>{document.title}</a></h2>
              <p className="search-results__meta">
                <span className="search-results__kind">{KIND_LABELS[document.kind]}</span> {document.context}{wholePhrase ? ' \u00B7 contains the whole phrase' : ''}
              </p>
              <p className="search-results__snippet">
                {snippet.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pager query={query} page={page} authority={authority?.slug} />
    </>
  );
}

function Pager({ query, page, authority }: { query: string; page: ResultsPage; authority?: string }) {
  if (page.pages === 1) return null;
  const link = (to: number) => searchHref(query, authority, to);
  return (
    <nav className="pager search-pager" aria-label="Pages of results">
      <p className="search-pager__where">Page {page.page} of {page.pages}</p>
      <ul>
        {page.page > 1 ? (
          <li className="pager__previous"><a href={link(page.page - 1)} rel="prev"><span className="pager__label">Previous page</span> results {page.first - PAGE_SIZE} to {page.first - 1}</a></li>
        ) : null}
        {page.page < page.pages ? (
          <li className="pager__next"><a href={link(page.page + 1)} rel="next"><span className="pager__label">Next page</span> results {page.last + 1} to {Math.min(page.last + PAGE_SIZE, page.total)}</a></li>
        ) : null}
      </ul>
    </nav>
  );
}
