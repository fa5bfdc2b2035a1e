import { SITE_NAME } from '@/lib/site';
import { ABOUT_PATH } from '@/lib/view/site-pages';
import { SearchBox } from './search-form';

/**
 * The skip link and the header every page starts with: the site's name, the
 * search form (which the search page leaves out: its own form is the one
 * search box there), and the banner saying whose site this is, which prints
 * too. The look is the site's own, not an official blue bar: nothing here
 * should pass for CQC's website.
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
        <IndependenceBanner />
      </header>
    </>
  );
}

/** On every page, on screen and in print: an independent viewer of CQC's published reports, not CQC's website. */
export function IndependenceBanner() {
  return (
    <div className="independence-banner">
      <p className="container">
        <strong className="independence-banner__tag">Independent</strong>{' '}
        A viewer of the Care Quality Commission&apos;s published reports, not a CQC website.{' '}
        <a href={ABOUT_PATH}>About this site</a>
      </p>
    </div>
  );
}
