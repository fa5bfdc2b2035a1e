import { SITE_NAME } from '@/lib/site';
import { SearchBox } from './search-form';

/**
 * The skip link and the header every page starts with: the site's name and
 * the search form, which the search page leaves out (its own form is the one
 * search box there).
 */
export function SiteHeader({ search = true }: { search?: boolean }) {
  return (
    <>
      <a className="skip-link" href="#main-content">Skip to main content</a>
      <header className="site-header" id="top">
        <div className="container site-header__inner">
          <a className="site-name" href="/">{SITE_NAME}</a>
          {search ? <SearchBox id="header-search" label="Site search" className="header-search" /> : null}
        </div>
      </header>
    </>
  );
}
