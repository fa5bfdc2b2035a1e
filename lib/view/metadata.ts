import type { Metadata } from 'next';
import type { Assessment, Theme } from '@/lib/assessment';
import { SITE_NAME } from '@/lib/site';
import { CARD_SIZE, overviewCard, sectionCard, type Card } from './cards';
import { formatDate } from './format';
import type { Section } from './navigation';

/**
 * A page's title as a tab, a search result or a link preview shows it: ending
 * with the site's name, so it never reads as CQC's own page. A title that
 * already ends with it (or is it) is kept as it is.
 */
export function siteTitle(title: string): string {
  return title === SITE_NAME || title.endsWith(` - ${SITE_NAME}`) ? title : `${title} - ${SITE_NAME}`;
}

/**
 * Titles and descriptions that say what a page is, with its canonical
 * address and share-card tags; the title (`<title>`, `og:title` and the
 * Twitter card's) always ends with the site's name (`siteTitle`). Relative
 * addresses resolve against the root layout's metadataBase (SITE_URL). The
 * image is the card's own (`card.image`), never one guessed from the page's
 * path, so every page points at a card that is drawn (lib/view/cards.ts).
 */
export function pageMetadata(pageTitle: string, description: string, path: string, card: Card): Metadata {
  const title = siteTitle(pageTitle);
  const image = { url: card.image, alt: card.alt, ...CARD_SIZE, type: 'image/png' };
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, siteName: SITE_NAME, type: 'article', locale: 'en_GB', images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

const statementCount = (a: Assessment) => String(a.themes.reduce((n, t) => n + t.statements.length, 0));
const suffix = (a: Assessment) => `${a.authority} adult social care assessment`;

export function overviewMetadata(a: Assessment, path: string): Metadata {
  return pageMetadata(
    `${a.authority}: rated ${a.rating.toLowerCase()} by CQC - adult social care assessment`,
    `What the Care Quality Commission found when it assessed ${a.authority}'s adult social care, published ${formatDate(a.published)}: rated ${a.rating.toLowerCase()}, with ${statementCount(a)} quality statement scores and key findings.`,
    path,
    overviewCard(a),
  );
}

export function themeMetadata(a: Assessment, theme: Theme, path: string): Metadata {
  const scores = theme.statements.map((s) => `${s.name} ${s.score} of 4`).join('; ');
  return pageMetadata(
    `Theme ${theme.number}: ${theme.title} - ${suffix(a)}`,
    `CQC's findings for ${a.authority} under theme ${theme.number}, ${theme.title}. Scores: ${scores}.`,
    path,
    sectionCard(a, { kind: 'theme', theme }),
  );
}

export function statementMetadata(a: Assessment, section: Extract<Section, { kind: 'statement' }>, path: string): Metadata {
  const s = section.statement;
  return pageMetadata(
    `${s.name}: score ${s.score} of 4 - ${suffix(a)}`,
    `CQC scored ${a.authority} ${s.score} of 4 (${s.scoreLabel.toLowerCase()}) for ${s.name} in its assessment published ${formatDate(a.published)}: key findings and national figures against the England average.`,
    path,
    sectionCard(a, section),
  );
}
