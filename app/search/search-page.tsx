import { Breadcrumbs } from '@/components/breadcrumbs';
import { SearchResults } from '@/components/search-results';
import type { IndexedReport } from '@/lib/search';
import { MAX_QUERY_LENGTH, type SearchOutcome } from '@/lib/search/query';

export type SearchPageProps = {
  outcome: SearchOutcome;
  /** The full reports, for the "In" filter. */
  reports: readonly IndexedReport[];
  authority?: { slug: string; name: string };
  /** An `authority` asked for that is no report on this site. */
  unknownAuthority?: string;
};

/** The search page's content: one search form (the header leaves its own out here), then help or the results. */
export function SearchPage({ outcome, reports, authority, unknownAuthority }: SearchPageProps) {
  const query = outcome.kind === 'empty' ? '' : outcome.query;
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current="Search" />
      <h1>Search the assessments</h1>
      <form action="/search" method="get" role="search" className="search-form" aria-label="Search the assessments">
        <div className="field">
          <label htmlFor="search-query">Words or a phrase</label>
          <input id="search-query" name="q" type="search" defaultValue={query} maxLength={MAX_QUERY_LENGTH} />
        </div>
        <div className="field">
          <label htmlFor="search-authority">In</label>
          <select id="search-authority" name="authority" defaultValue={authority?.slug ?? ''}>
            <option value="">Everything: full reports&apos; text, and every council&apos;s name and result</option>
            {reports.map((r) => <option key={r.slug} value={r.slug}>{r.authority}</option>)}
          </select>
        </div>
        <button type="submit">Search</button>
      </form>
      {unknownAuthority ? <p className="notice">There is no assessment called &ldquo;{unknownAuthority}&rdquo; on this site, so this searches all of them.</p> : null}
      {outcome.kind === 'empty' ? <Help /> : null}
      {outcome.kind === 'no-words' ? (
        <>
          <p className="search-summary">&ldquo;{outcome.query}&rdquo; has no words to search for.</p>
          <Help />
        </>
      ) : null}
      {outcome.kind === 'results' ? <SearchResults outcome={outcome} authority={authority} /> : null}
    </>
  );
}

function Help() {
  return (
    <div className="search-help">
      <p>Type a word or a phrase from the reports, a council&apos;s name, or a term, for example:</p>
      <ul>
        {['direct payments', 'Section 42', 'unpaid carers', 'requires improvement'].map((example) => (
          <li key={example}><a href={`/search?q=${encodeURIComponent(example)}`}>{example}</a></li>
        ))}
      </ul>
      <p>
        Search looks in the text of the full reports this site holds, and in every council&apos;s name and CQC&apos;s result for it.
        Results show a page the words name first (a council, a quality statement, a glossary term), then CQC&apos;s words that hold
        them, then the glossary.
      </p>
      <p>Capital letters and accents do not matter. Short words such as &ldquo;the&rdquo; are left out. The <a href="/glossary">glossary</a> explains the reports&apos; terms and datasets.</p>
    </div>
  );
}
