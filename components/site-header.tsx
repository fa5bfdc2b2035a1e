import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { SITE_NAME } from '@/lib/site';

/** The skip link and the header every page starts with: the site's name and the search form. */
export function SiteHeader() {
  return (
    <>
      <a className="skip-link" href="#main-content">Skip to main content</a>
      <header className="site-header" id="top">
        <div className="container site-header__inner">
          <a className="site-name" href="/">{SITE_NAME}</a>
          <form action="/search" method="get" role="search" aria-label="Site search" className="header-search">
            <label htmlFor="header-search" className="visually-hidden">Search the assessments</label>
            <input id="header-search" type="search" name="q" maxLength={MAX_QUERY_LENGTH} />
            <button type="submit">Search</button>
          </form>
        </div>
      </header>
    </>
  );
}
