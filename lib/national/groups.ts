import { RATING_BANDS, type Rating } from '@/lib/assessment';
import { COUNCIL_TYPES, REGIONS, type CouncilType, type EnglandCouncil, type Region } from '@/lib/register/schema';
import type { NationalEntry } from './entries';
import { overallFigure, ratingCounts, type RatingCount } from './figures';

/**
 * Counts within a set of councils: all of them, one kind of council, or one
 * region. Each council is counted once, by its latest result; a set's count
 * says how many councils of it have a result here and how many England has.
 * Counts, never ranks.
 */

export type CouncilGroup = { kind: 'all' } | { kind: 'type'; type: CouncilType } | { kind: 'region'; region: Region };

/** Whether a council is in a set (a council outside England's list is in none but all). */
export function inGroup(council: Pick<EnglandCouncil, 'type' | 'region'> | null, group: CouncilGroup): boolean {
  if (group.kind === 'all') return true;
  if (council === null) return false;
  return group.kind === 'type' ? council.type === group.type : council.region === group.region;
}

/** How many councils' overall scores fall in one of CQC's bands, and whose figures they are. */
export type BandCount = { rating: Rating; min: number; max: number; councils: number; printedByCqc: number; calculated: number };

/** The four bands in CQC's order, lowest first, and how many councils' overall scores are not known. */
export type BandCounts = { bands: BandCount[]; notKnown: number };

/** Counts the councils' overall scores by CQC's bands: CQC's printed figures and the site's calculations apart, the unknown on their own. */
export function bandCounts(entries: readonly NationalEntry[]): BandCounts {
  const figures = entries.map(overallFigure);
  const known = figures.filter((f) => f !== null);
  const bands = RATING_BANDS.map((band) => {
    const inBand = known.filter((f) => f.percent >= band.min && f.percent <= band.max);
    const printedByCqc = inBand.filter((f) => f.source === 'cqc').length;
    return { ...band, councils: inBand.length, printedByCqc, calculated: inBand.length - printedByCqc };
  });
  return { bands, notKnown: figures.filter((f) => f === null).length };
}

export type GroupCounts = {
  group: CouncilGroup;
  /** Councils of the set whose result is counted. */
  councils: number;
  /** Councils of the set in England's list, with a result here or not. */
  inEngland: number;
  ratings: RatingCount[];
  overall: BandCounts;
};

/** The counts of one set of councils among `entries`; `england` is England's list, for how many the set has in all. */
export function groupCounts(entries: readonly NationalEntry[], group: CouncilGroup, england: readonly Pick<EnglandCouncil, 'type' | 'region'>[]): GroupCounts {
  const members = entries.filter((e) => inGroup(e.england, group));
  return {
    group,
    councils: members.length,
    inEngland: england.filter((c) => inGroup(c, group)).length,
    ratings: ratingCounts(members),
    overall: bandCounts(members),
  };
}

/** The counts of every region, in ONS's order, or of every kind of council. */
export function groupsBy(by: 'region' | 'type', entries: readonly NationalEntry[], england: readonly Pick<EnglandCouncil, 'type' | 'region'>[]): GroupCounts[] {
  const groups: CouncilGroup[] = by === 'region'
    ? REGIONS.map((region) => ({ kind: 'region', region }))
    : COUNCIL_TYPES.map((type) => ({ kind: 'type', type }));
  return groups.map((group) => groupCounts(entries, group, england));
}

/**
 * What the counts are of: every council with a result, each by its latest,
 * which is the register's (its snapshot) or a result recorded one by one
 * since; with the first and last month of those recorded since.
 */
export type CountedSet = { councils: number; fromRegister: number; later: number; laterMonths: { from: string; to: string } | null };

export function countedSet(entries: readonly NationalEntry[]): CountedSet {
  const months = entries.filter((e) => e.row.origin === 'later').map((e) => e.row.published).sort();
  const [from, to] = [months[0], months.at(-1)];
  return {
    councils: entries.length,
    fromRegister: entries.length - months.length,
    later: months.length,
    // Stryker disable next-line LogicalOperator: from and to are the first and last of the same months, both set or both undefined, so || reads as &&
    laterMonths: from && to ? { from, to } : null,
  };
}
