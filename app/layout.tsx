import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { SITE_NAME, siteUrl } from '@/lib/site';
import { FOOTER_LINKS } from '@/lib/view/site-pages';
import './globals.css';

const description = 'What the Care Quality Commission found when it assessed how councils in England meet their adult social care duties.';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_NAME, template: `%s - ${SITE_NAME}` },
  description,
  alternates: { canonical: '/' },
  openGraph: { title: SITE_NAME, description, url: '/', siteName: SITE_NAME, type: 'website', locale: 'en_GB' },
  twitter: { card: 'summary_large_image', title: SITE_NAME, description },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main-content">Skip to main content</a>
        <header className="site-header" id="top">
          <div className="container site-header__inner">
            <a className="site-name" href="/">CQC local authority assessments</a>
            <form action="/search" method="get" role="search" aria-label="Site search" className="header-search">
              <label htmlFor="header-search" className="visually-hidden">Search the assessments</label>
              <input id="header-search" type="search" name="q" maxLength={MAX_QUERY_LENGTH} />
              <button type="submit">Search</button>
            </form>
          </div>
        </header>
        <main id="main-content" className="container" tabIndex={-1}>
          {children}
        </main>
        <p id="copy-status" className="visually-hidden" role="status" aria-live="polite" />
        <footer className="site-footer">
          <div className="container">
            <nav aria-label="Site information">
              <ul className="footer-links">
                {FOOTER_LINKS.map((page) => <li key={page.path}><a href={page.path}>{page.title}</a></li>)}
              </ul>
            </nav>
            <p>
              An independent viewer of reports published by the Care Quality Commission. The report text is
              CQC&apos;s; figures are shown exactly as the reports print them.
            </p>
          </div>
        </footer>
        {/* Optional enhancements (lib/browser/enhance.ts); the only script left on static pages. */}
        <script src="/enhance.js" defer />
      </body>
    </html>
  );
}
