import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { SITE_NAME, siteUrl } from '@/lib/site';
import './globals.css';
import './styles/trust.css';
import './styles/national.css';

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
        <SiteHeader />
        <main id="main-content" className="container" tabIndex={-1}>
          {children}
        </main>
        <p id="copy-status" className="visually-hidden" role="status" aria-live="polite" />
        <SiteFooter />
        {/* Optional enhancements (lib/browser/enhance.ts); the only script left on static pages. */}
        <script src="/enhance.js" defer />
      </body>
    </html>
  );
}
