import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteChrome, SiteStylesheet } from '@/components/site-chrome';
import { SITE_NAME, siteUrl } from '@/lib/site';

const description = 'What the Care Quality Commission found when it assessed how councils in England meet their adult social care duties.';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_NAME, template: `%s - ${SITE_NAME}` },
  description,
  alternates: { canonical: '/' },
  openGraph: { title: SITE_NAME, description, url: '/', siteName: SITE_NAME, type: 'website', locale: 'en_GB' },
  twitter: { card: 'summary_large_image', title: SITE_NAME, description },
};

/** Every prerendered page; /search renders the same chrome from app/search/route.tsx. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <head>
        {/* One stylesheet for every page, built outside Next's CSS pipeline so /search links it too (lib/stylesheet.ts). */}
        <SiteStylesheet />
      </head>
      <body>
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  );
}
