import type { Rating } from '@/lib/assessment';
import { slugify } from '@/lib/assessment/blocks';
import type { Council, CouncilType, Region } from '@/lib/register/schema';
import { councilRow, type CouncilRow } from './councils';

/**
 * The lists of councils (`/`, and the lists by rating, region and kind of
 * council): every council the site knows, each with what the site holds for
 * it, by the name people use for it.
 */

/** GOV.UK's postcode finder, for a reader who does not know which council is theirs. */
export const FIND_COUNCIL_URL = 'https://www.gov.uk/find-local-council';

/** What the site holds for a council: its full report, CQC's result from the register or recorded since, or nothing yet. */
export type Holding = 'report' | 'register' | 'later' | 'none';

export type ListedCouncil = {
  slug: string;
  /** The name people use, by which the lists are ordered and lettered: England's short name ("Harrow"), else the council's name. */
  name: string;
  /** Its official name (or its report's title, for a council outside England's list). */
  authority: string;
  /** Where and what it is; null for a council outside England's list. */
  region: Region | null;
  type: CouncilType | null;
  holds: Holding;
  /** Its latest result; null where the site holds none. */
  result: CouncilRow | null;
};

/** What the site holds, in words the lists print after the council's name. */
export const HOLDING_WORDS: Readonly<Record<Holding, string>> = {
  report: 'full report on this site',
  register: 'CQC\'s result from the register',
  later: 'CQC\'s result recorded later',
  none: 'no result held on this site',
};

/** The line under a council's name in a list: "London Borough of Harrow: full report on this site", or just what is held where the name is the official one. */
export function holdingLine(council: Pick<ListedCouncil, 'name' | 'authority' | 'holds'>): string {
  const words = HOLDING_WORDS[council.holds];
  return council.name === council.authority ? `${words.charAt(0).toUpperCase()}${words.slice(1)}` : `${council.authority}: ${words}`;
}

/** What the site holds for a council: a full report first, else the origin of its latest result. */
export function holdingOf(council: Council): Holding {
  if (council.report) return 'report';
  return council.rows[0]?.origin ?? 'none';
}

/** One council as the lists show it. */
export function listedCouncil(council: Council): ListedCouncil {
  return {
    slug: council.slug,
    name: council.england?.shortName ?? council.authority,
    authority: council.authority,
    region: council.england?.region ?? null,
    type: council.england?.type ?? null,
    holds: holdingOf(council),
    result: councilRow(council) ?? null,
  };
}

/** Every council, by the name people use (then by official name, so the order never depends on the loader's). */
export function listedCouncils(councils: readonly Council[]): ListedCouncil[] {
  return councils.map(listedCouncil).sort((a, b) => a.name.localeCompare(b.name, 'en') || a.authority.localeCompare(b.authority, 'en'));
}

/** How many councils the site holds each thing for: full reports, CQC's results from the register, recorded later, none. */
export function holdingCounts(list: readonly ListedCouncil[]): Record<Holding, number> {
  const counts: Record<Holding, number> = { report: 0, register: 0, later: 0, none: 0 };
  for (const council of list) counts[council.holds] += 1;
  return counts;
}

/** The councils for which the site holds a result (a full report or CQC's rating and scores). */
export function withResult(list: readonly ListedCouncil[]): ListedCouncil[] {
  return list.filter((council) => council.result !== null);
}

/** The councils of one rating (null: those whose result does not record it); a council with no result has no rating to list under. */
export function ratedAs(list: readonly ListedCouncil[], rating: Rating | null): ListedCouncil[] {
  return list.filter((council) => council.result !== null && council.result.rating === rating);
}

/** The councils of one region. */
export function inRegion(list: readonly ListedCouncil[], region: Region): ListedCouncil[] {
  return list.filter((council) => council.region === region);
}

/** The councils of one kind. */
export function ofType(list: readonly ListedCouncil[], type: CouncilType): ListedCouncil[] {
  return list.filter((council) => council.type === type);
}

export type LetterGroup = { letter: string; councils: ListedCouncil[] };

/** The first letter of the name people use, for the A to Z: Harrow under H. */
export function letterOf(council: Pick<ListedCouncil, 'name'>): string {
  return council.name.charAt(0).toUpperCase();
}

/** The councils grouped by the first letter of the name people use, letters in the order they first appear. */
export function letterGroups(list: readonly ListedCouncil[]): LetterGroup[] {
  const groups = new Map<string, ListedCouncil[]>();
  for (const council of list) {
    const letter = letterOf(council);
    groups.set(letter, [...(groups.get(letter) ?? []), council]);
  }
  return [...groups].map(([letter, councils]) => ({ letter, councils }));
}

/** The id of a letter's group on a list page (`#letter-h`). */
export function letterId(letter: string): string {
  return `letter-${slugify(letter) || 'other'}`;
}
