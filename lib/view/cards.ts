import type { Assessment } from '@/lib/assessment';
import { SITE_NAME } from '@/lib/site';
import { formatDate } from './format';
import { assessmentPath, sectionPath, type Section } from './navigation';
import { scoreHeadline } from './overall';

/**
 * The words on each share card, which are also the card's alt text, and the
 * address of the image that draws them. The images are drawn at build time
 * by the `card.png` routes: the site's own at `/card.png`, and one per
 * overview, theme and statement. A card names the image it is drawn at, so
 * a page can only point at a card that exists: a page with no card of its
 * own (search, glossary, about, ...) uses the site's (`homeCard`).
 *
 * On an overview's card CQC's rating comes first; CQC's printed overall
 * score is CQC's, and where the report prints none the site's calculation is
 * a smaller note labelled as the site's.
 */
export type Card = {
  /** The path of the PNG: `/card.png`, `/<authority>/card.png`, `/<authority>/<section>/card.png`. */
  image: string;
  authority: string;
  kicker: string;
  title: string;
  score?: number;
  badge?: string;
  /** A smaller line under the badge: the site's own calculation, labelled as such. */
  note?: string;
  alt: string;
};

export const CARD_FILE = 'card.png';
export const CARD_SIZE = { width: 1200, height: 630 };

/** The image path of the card route under a page path: `/` -> `/card.png`. */
export function cardImagePath(pagePath: string): string {
  return `${pagePath === '/' ? '' : pagePath}/${CARD_FILE}`;
}

/** The site's own card, drawn at `/card.png`: for the home page and every page that has no card of its own. */
export function homeCard(count: number): Card {
  return {
    image: `/${CARD_FILE}`,
    authority: 'An independent viewer of CQC\u2019s published reports',
    kicker: `${count} ${count === 1 ? 'assessment' : 'assessments'} of councils\u2019 adult social care`,
    title: 'What the Care Quality Commission found about councils\u2019 adult social care',
    badge: 'CQC\u2019s ratings, scores, findings and figures',
    alt: `${SITE_NAME}: an independent viewer of what the Care Quality Commission found about councils\u2019 adult social care. Not a CQC website.`,
  };
}

/** The overview's card: CQC's rating first, then CQC's printed score, or the site's calculation as a labelled note. */
export function overviewCard(assessment: Assessment): Card {
  const headline = scoreHeadline(assessment);
  const rated = `Rated ${assessment.rating.toLowerCase()} by CQC`;
  return {
    image: cardImagePath(assessmentPath(assessment)),
    authority: assessment.authority,
    kicker: `Care Quality Commission assessment of adult social care, published ${formatDate(assessment.published)}`,
    title: rated,
    ...(headline.by === 'cqc' ? { badge: headline.text } : { note: headline.text }),
    alt: `${assessment.authority}: rated ${assessment.rating.toLowerCase()} by the Care Quality Commission. ${headline.text}.`,
  };
}

/** A theme's card (its scores, as CQC's) or a statement's (its score and label). */
export function sectionCard(assessment: Assessment, section: Section): Card {
  if (section.kind === 'theme') {
    const { theme } = section;
    const badge = `CQC\u2019s quality statement scores: ${theme.statements.map((s) => s.score).join(', ')} (of 4)`;
    return {
      image: cardImagePath(sectionPath(assessment, theme)),
      authority: assessment.authority,
      kicker: `Theme ${theme.number}`,
      title: theme.title,
      badge,
      alt: `${assessment.authority}, theme ${theme.number}: ${theme.title}. ${badge}.`,
    };
  }
  const { statement, theme } = section;
  return {
    image: cardImagePath(sectionPath(assessment, statement)),
    authority: assessment.authority,
    kicker: `Quality statement in theme ${theme.number}, scored by CQC`,
    title: statement.name,
    score: statement.score,
    alt: `${assessment.authority}, ${statement.name}: score ${statement.score} of 4, ${statement.scoreLabel.toLowerCase()}.`,
  };
}
