import type { Metadata } from 'next';
import { SITE_NAME } from '@/lib/site';
import { cardImagePath, type Card } from './cards';
import { resultCountText, type CouncilGroup } from './council-groups';
import { ratedAs, withResult, type ListedCouncil } from './council-list';
import { ratingPath, type RatingFilter } from './councils';
import { pageMetadata } from './metadata';

/**
 * Titles, descriptions and share cards of the lists of councils narrowed to
 * a rating, a region or a kind of council. Each title ends with the site's
 * name; each card says how many of how many, never a rank.
 */

/** "Councils rated good", "Councils whose rating is not recorded". */
export function ratingListTitle(filter: RatingFilter): string {
  return filter.rating === null ? 'Councils whose rating is not recorded' : `Councils rated ${filter.rating.toLowerCase()}`;
}

/** "50 of 79 councils with a result on this site were rated good": the rating's count among the councils the site holds a result for. */
export function ratingCountText(filter: RatingFilter, list: readonly ListedCouncil[]): string {
  const rated = ratedAs(list, filter.rating).length;
  const of = `${rated} of ${withResult(list).length} councils with a result on this site`;
  if (filter.rating === null) return `${of}: CQC's rating is not recorded for ${rated === 1 ? 'it' : 'them'}, and this site does not work it out from the scores`;
  return `${of} ${rated === 1 ? 'was' : 'were'} rated ${filter.rating.toLowerCase()}`;
}

function listCard(path: string, title: string, kicker: string): Card {
  return { image: cardImagePath(path), authority: SITE_NAME, kicker, title, badge: 'CQC\u2019s ratings and scores', alt: `${title}: ${kicker}.` };
}

export function ratingListCard(filter: RatingFilter, list: readonly ListedCouncil[]): Card {
  const rated = ratedAs(list, filter.rating).length;
  return listCard(ratingPath(filter), ratingListTitle(filter), `${rated} of ${withResult(list).length} councils with a result on this site`);
}

export function ratingListMetadata(filter: RatingFilter, list: readonly ListedCouncil[]): Metadata {
  const card = ratingListCard(filter, list);
  return pageMetadata(
    `${card.title} - ${SITE_NAME}`,
    `${card.title} by the Care Quality Commission, with each council's nine quality statement scores and month of publication: ${card.kicker}.`,
    ratingPath(filter),
    card,
  );
}

/** A region's or a kind's card: how many of its councils have a result on this site. */
export function groupListCard(group: CouncilGroup): Card {
  return listCard(group.path, group.title, resultCountText(group));
}

export function groupListMetadata(group: CouncilGroup): Metadata {
  const card = groupListCard(group);
  return pageMetadata(
    `${group.title} - ${SITE_NAME}`,
    `Each of the ${group.councils.length} ${group.many}, with what this site holds for it: CQC's rating, month of publication and nine quality statement scores, or the way to CQC's report. ${card.kicker}.`,
    group.path,
    card,
  );
}
