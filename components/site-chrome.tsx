import type { ReactNode } from 'react';
import { stylesheetHref } from '@/lib/stylesheet';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * What every page has around its content, from one place: app/layout.tsx
 * renders it for the pages Next prerenders, and app/search/route.tsx for
 * /search, so a change here reaches both. `headerSearch` is off on the search
 * page, whose own form is the one search box there.
 */
export function SiteChrome({ children, headerSearch = true }: { children: ReactNode; headerSearch?: boolean }) {
  return (
    <>
      <SiteHeader search={headerSearch} />
      <main id="main-content" className="container" tabIndex={-1}>
        {children}
      </main>
      <p id="copy-status" className="visually-hidden" role="status" aria-live="polite" />
      <SiteFooter />
      {/* Optional enhancements (lib/browser/enhance.ts); the only script a page runs. Deferred, not
          async: a deferred script runs once the page is parsed and the stylesheet has loaded, and
          DOMContentLoaded waits for it. Chromium's form autofill lays out the whole page at
          DOMContentLoaded (the header's search field); with an async script that came before the
          stylesheet had arrived, so every page was styled and laid out twice, the first time with
          no styles and every row of a list (100 ms of main thread on `/`, issue 21). Its
          evaluation stays a task of its own, after parsing. */}
      <script src="/enhance.js" defer />
    </>
  );
}

/** The site's one stylesheet (lib/stylesheet.ts), linked from every page's head. */
export function SiteStylesheet() {
  return <link rel="stylesheet" href={stylesheetHref()} />;
}
