import type { ReactNode } from 'react';
import { SiteChrome, SiteStylesheet } from '@/components/site-chrome';
import { SITE_NAME, absoluteUrl } from '@/lib/site';
import { CARD_FILE, CARD_SIZE, type Card } from '@/lib/view/cards';

export type SearchHead = { title: string; description: string; card: Card; noindex: boolean };

/**
 * The whole HTML document of /search, as the route handler sends it: the
 * head every page has (character set, viewport, the stylesheet, title,
 * description, canonical address, share-card tags, icon; `noindex` on result
 * pages), and the same chrome as every page (components/site-chrome.tsx).
 * The share card is the site's own, `/card.png`.
 */
export function SearchDocument({ head, children }: { head: SearchHead; children: ReactNode }) {
  const url = absoluteUrl('/search');
  const image = absoluteUrl(`/${CARD_FILE}`);
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <SiteStylesheet />
        <title>{head.title}</title>
        <meta name="description" content={head.description} />
        {head.noindex ? <meta name="robots" content="noindex, follow" /> : null}
        <link rel="canonical" href={url} />
        <meta property="og:title" content={head.title} />
        <meta property="og:description" content={head.description} />
        <meta property="og:url" content={url} />
        <meta property="og:site_name" content={SITE_NAME} />
        <meta property="og:locale" content="en_GB" />
        <meta property="og:image" content={image} />
        <meta property="og:image:type" content="image/png" />
        <meta property="og:image:width" content={String(CARD_SIZE.width)} />
        <meta property="og:image:height" content={String(CARD_SIZE.height)} />
        <meta property="og:image:alt" content={head.card.alt} />
        <meta property="og:type" content="website" />
        <meta name="twitter:card" content="summary_large_image" />
        <meta name="twitter:title" content={head.title} />
        <meta name="twitter:description" content={head.description} />
        <meta name="twitter:image" content={image} />
        <meta name="twitter:image:alt" content={head.card.alt} />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" />
      </head>
      <body>
        <SiteChrome headerSearch={false}>{children}</SiteChrome>
      </body>
    </html>
  );
}
