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
      {/* Optional enhancements (lib/browser/enhance.ts); the only script a page runs. Async, so its
          evaluation is a task of its own, never part of the browser's last (and longest) task of parsing. */}
      <script src="/enhance.js" async />
    </>
  );
}

/** The site's one stylesheet (lib/stylesheet.ts), linked from every page's head. */
export function SiteStylesheet() {
  return <link rel="stylesheet" href={stylesheetHref()} />;
}
