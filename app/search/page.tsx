import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { SearchResults } from '@/components/search-results';
import { getAssessments, getSearchIndex } from '@/lib/content';
import { MAX_QUERY_LENGTH, cleanQuery, search } from '@/lib/search/query';
import { SITE_NAME } from '@/lib/site';
import { homeCard } from '@/lib/view/cards';
import { pageMetadata } from '@/lib/view/metadata';

type Props = { searchParams: Promise<{ q?: string | string[]; authority?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = cleanQuery((await searchParams).q);
  const title = query ? `Search results for \u201C${query}\u201D - ${SITE_NAME}` : `Search - ${SITE_NAME}`;
  const metadata = pageMetadata(title, 'Search every CQC local authority assessment on this site.', '/search', homeCard((await getAssessments()).length));
  // Result pages are for readers, not for search engines' indexes.
  return query ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

/** Server-rendered search: a plain GET form and a results list, so it works with JavaScript off. */
export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const assessments = await getAssessments();
  const wanted = Array.isArray(params.authority) ? params.authority[0] : params.authority;
  const authority = assessments.find((a) => a.slug === wanted);
  const outcome = search(await getSearchIndex(), params.q, authority?.slug);
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
            <option value="">All assessments</option>
            {assessments.map((a) => <option key={a.slug} value={a.slug}>{a.authority}</option>)}
          </select>
        </div>
        <button type="submit">Search</button>
      </form>
      {wanted && !authority ? <p className="notice">There is no assessment called &ldquo;{wanted}&rdquo; on this site, so this searches all of them.</p> : null}
      {outcome.kind === 'empty' ? (
        <Help />
      ) : outcome.kind === 'no-words' ? (
        <>
          <p className="search-summary">&ldquo;{outcome.query}&rdquo; has no words to search for.</p>
          <Help />
        </>
      ) : (
        <SearchResults outcome={outcome} within={authority?.authority} />
      )}
    </>
  );
}

function Help() {
  return (
    <div className="search-help">
      <p>Type a word or a phrase from the reports, for example:</p>
      <ul>
        {['direct payments', 'Section 42', 'unpaid carers', 'hospital discharge'].map((example) => (
          <li key={example}><a href={`/search?q=${encodeURIComponent(example)}`}>{example}</a></li>
        ))}
      </ul>
      <p>Capital letters and accents do not matter. Short words such as &ldquo;the&rdquo; are left out. The <a href="/glossary">glossary</a> explains the reports&apos; terms and datasets.</p>
    </div>
  );
}
