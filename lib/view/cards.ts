import type { Assessment } from '@/lib/assessment';
import { formatDate } from './format';
import type { Section } from './navigation';
import { overallView } from './overall';

/**
 * The words on each page's share card, which are also the card's alt text.
 * The cards are drawn at build time by the `card.png` routes.
 */
export type Card = { authority: string; kicker: string; title: string; score?: number; badge?: string; alt: string };

export const CARD_FILE = 'card.png';
export const CARD_SIZE = { width: 1200, height: 630 };

export function homeCard(count: number): Card {
  return {
    authority: 'Care Quality Commission reports',
    kicker: `${count} ${count === 1 ? 'assessment' : 'assessments'} of adult social care`,
    title: 'What CQC found about councils\u2019 adult social care',
    badge: 'Scores, findings and national figures',
    alt: 'CQC local authority assessments: what the Care Quality Commission found about councils\u2019 adult social care.',
  };
}

export function overviewCard(assessment: Assessment): Card {
  const overall = overallView(assessment);
  const badge = `${overall.total} of ${overall.maximum} (${overall.roundedPercentage}%), calculated from the scores`;
  return {
    authority: assessment.authority,
    kicker: `Adult social care assessment, published ${formatDate(assessment.published)}`,
    title: `Rated ${assessment.rating.toLowerCase()}`,
    badge,
    alt: `${assessment.authority}: rated ${assessment.rating.toLowerCase()} by the Care Quality Commission; ${badge}.`,
  };
}

export function sectionCard(assessment: Assessment, section: Section): Card {
  if (section.kind === 'theme') {
    const { theme } = section;
    const badge = `Quality statement scores: ${theme.statements.map((s) => s.score).join(', ')} (of 4)`;
    return {
      authority: assessment.authority,
      kicker: `Theme ${theme.number}`,
      title: theme.title,
      badge,
      alt: `${assessment.authority}, theme ${theme.number}: ${theme.title}. ${badge}.`,
    };
  }
  const { statement, theme } = section;
  return {
    authority: assessment.authority,
    kicker: `Quality statement in theme ${theme.number}`,
    title: statement.name,
    score: statement.score,
    alt: `${assessment.authority}, ${statement.name}: score ${statement.score} of 4, ${statement.scoreLabel.toLowerCase()}.`,
  };
}
