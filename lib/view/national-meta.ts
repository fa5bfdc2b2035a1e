import type { Metadata } from 'next';
import type { CountedSet } from '@/lib/national';
import type { Council, Snapshot } from '@/lib/register/schema';
import { SITE_NAME } from '@/lib/site';
import { cardImagePath, type Card } from './cards';
import { countedText } from './counted-set';
import { formatMonth, type CouncilRow } from './councils';
import { formatDate } from './format';
import { pageMetadata } from './metadata';

/**
 * Titles, descriptions and share cards of the pages made from the ratings
 * register: a council's summary page, the national page and the register's
 * provenance (the lists of councils have theirs in lib/view/list-meta.ts).
 */

/** The register's provenance page, and the national page it belongs to. */
export const NATIONAL_PATH = '/national';
export const PROVENANCE_PATH = '/national/about-the-data';

/** "72 councils published by 3 October 2025": the snapshot's count and date, as every national page prints them. */
export function snapshotText(snapshot: Pick<Snapshot, 'councils' | 'date'>): string {
  return `${snapshot.councils} ${snapshot.councils === 1 ? 'council' : 'councils'} published by ${formatDate(snapshot.date)}`;
}

function ratingWords(row: Pick<CouncilRow, 'rating'>): string {
  return row.rating === null ? 'rating not recorded' : `rated ${row.rating.toLowerCase()}`;
}

export function summaryCard(row: CouncilRow): Card {
  const badge = 'CQC\'s rating and nine scores; the full report is on CQC\'s website';
  return {
    image: cardImagePath(`/${row.slug}`),
    authority: row.authority,
    kicker: `Adult social care assessment, published ${formatMonth(row.published)}`,
    title: row.rating === null ? 'Rating not recorded' : `Rated ${row.rating.toLowerCase()}`,
    badge,
    alt: `${row.authority}: ${ratingWords(row)} by the Care Quality Commission, published ${formatMonth(row.published)}. ${badge}.`,
  };
}

export function summaryMetadata(row: CouncilRow, path: string): Metadata {
  return pageMetadata(
    `${row.authority}: ${ratingWords(row)} - adult social care assessment`,
    `The Care Quality Commission's rating and nine quality statement scores for ${row.authority}'s adult social care, published ${formatMonth(row.published)}, with the link to the full report on CQC's website and how all councils scored.`,
    path,
    summaryCard(row),
  );
}

/** The card of a council for which the site holds no result: it says so, and where the report is. */
export function noResultCard(council: Pick<Council, 'slug' | 'authority'>): Card {
  const badge = 'CQC\'s website has its report';
  return {
    image: cardImagePath(`/${council.slug}`),
    authority: council.authority,
    kicker: 'Adult social care assessment by the Care Quality Commission',
    title: 'No result held on this site',
    badge,
    alt: `${council.authority}: this site holds no result for it. ${badge}.`,
  };
}

export function noResultMetadata(council: Pick<Council, 'slug' | 'authority'>, path: string): Metadata {
  return pageMetadata(
    `${council.authority}: no result held on this site - ${SITE_NAME}`,
    `This site holds no result of the Care Quality Commission's assessment of ${council.authority}'s adult social care. CQC's website has its report.`,
    path,
    noResultCard(council),
  );
}

/** "79 councils: the register to 3 October 2025 and 7 results recorded since": what the national page counts, in a line. */
export function countedKicker(set: CountedSet, snapshot: Pick<Snapshot, 'date'>): string {
  const since = set.later === 0 ? '' : ` and ${set.later} ${set.later === 1 ? 'result' : 'results'} recorded since`;
  return `${countedText(set)}: the register to ${formatDate(snapshot.date)}${since}`;
}

export function nationalCard(set: CountedSet, snapshot: Snapshot): Card {
  const kicker = countedKicker(set, snapshot);
  return {
    image: cardImagePath(NATIONAL_PATH),
    authority: 'Every council\u2019s published result',
    kicker,
    title: 'Ratings and scores of all councils, in numbers',
    badge: 'Counts by this site of CQC\u2019s published results',
    alt: `CQC's ratings and quality statement scores of ${kicker}, counted by this site.`,
  };
}

export function nationalMetadata(set: CountedSet, snapshot: Snapshot): Metadata {
  return pageMetadata(
    `Every council's CQC rating and scores, in numbers - ${SITE_NAME}`,
    `How many councils have each CQC rating, the spread of overall scores and how many scored 1, 2, 3 and 4 on each quality statement, in all and by region and kind of council, for ${countedKicker(set, snapshot)}.`,
    NATIONAL_PATH,
    nationalCard(set, snapshot),
  );
}

export function provenanceCard(snapshot: Snapshot): Card {
  const kicker = `Snapshot of ${formatDate(snapshot.date)}`;
  return {
    image: cardImagePath(PROVENANCE_PATH), authority: 'The ratings register', kicker, title: 'Where the figures come from', badge: 'CQC\u2019s published ratings and scores',
    alt: `The ratings register: where the figures come from. ${kicker}.`,
  };
}

export function provenanceMetadata(snapshot: Snapshot, path: string): Metadata {
  return pageMetadata(
    `About the ratings register - ${SITE_NAME}`,
    `Where the ratings and scores of ${snapshotText(snapshot)} come from, how they were checked, and what each column means.`,
    path,
    provenanceCard(snapshot),
  );
}
