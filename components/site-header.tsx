import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { SITE_NAME } from '@/lib/site';
import { ABOUT_PATH } from '@/lib/view/site-pages';

/**
 * The skip link and the header every page starts with: the site's name, the
 * search form, and the banner saying whose site this is, which prints too.
 * The look is the site's own, not an official blue bar: nothing here should
 * pass for CQC's website.
 */
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
