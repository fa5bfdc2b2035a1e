import { COUNCIL_TYPES, REGIONS, type CouncilType, type Region } from '@/lib/register/schema';
import { inRegion, ofType, ratedAs, withResult, type ListedCouncil } from './council-list';
import { RATING_FILTERS, ratingPath, type RatingFilter } from './councils';
import { TYPE_WORDS, regionOf, regionPath, regionSlug, regionWords, typeOf, typePath, typeSlug } from './england';

/**
 * The lists of councils narrowed to a region or a kind of council, and the
 * links between the lists: counts only, never a rank or a position.
 */

/** A region's or a kind's councils, with the words its page uses. */
export type CouncilGroup = {
  path: string;
  /** The page's heading: "Councils in the North East", "Unitary authorities". */
  title: string;
  /** The councils in a sentence: "councils in the North East", "unitary authorities". */
  many: string;
  councils: ListedCouncil[];
};

/** A region's councils (`/region/north-east`). */
export function regionGroup(list: readonly ListedCouncil[], region: Region): CouncilGroup {
  const many = `councils in ${regionWords(region)}`;
  return { path: regionPath(region), title: `C${many.slice(1)}`, many, councils: inRegion(list, region) };
}

/** A kind's councils (`/type/unitary`). */
export function typeGroup(list: readonly ListedCouncil[], type: CouncilType): CouncilGroup {
  const { many } = TYPE_WORDS[type];
  return { path: typePath(type), title: `${many.charAt(0).toUpperCase()}${many.slice(1)}`, many, councils: ofType(list, type) };
}

/** "9 of 12 councils in the North East have a result on this site": how many of a group the site holds a result for. */
export function resultCountText(group: Pick<CouncilGroup, 'councils' | 'many'>): string {
  const held = withResult(group.councils).length;
  return `${held} of ${group.councils.length} ${group.many} ${held === 1 ? 'has' : 'have'} a result on this site`;
}

/** A link to a list, with how many councils it holds; `current` marks the list the reader is on. */
export type ListLink = { href: string; label: string; count: number; current: boolean };

/** Every region's list, with its count of councils. */
export function regionLinks(list: readonly ListedCouncil[], current: Region | null): ListLink[] {
  return REGIONS.map((region) => ({ href: regionPath(region), label: region, count: inRegion(list, region).length, current: region === current }));
}

/** Every kind's list, with its count of councils. */
export function typeLinks(list: readonly ListedCouncil[], current: CouncilType | null): ListLink[] {
  return COUNCIL_TYPES.map((type) => ({ href: typePath(type), label: TYPE_WORDS[type].label, count: ofType(list, type).length, current: type === current }));
}

/** Every council with a result (at `/`), then each rating's list, with its count. */
export function ratingLinks(list: readonly ListedCouncil[], current: RatingFilter | null): ListLink[] {
  return [
    { href: '/', label: 'All', count: list.length, current: current === null },
    ...RATING_FILTERS.map((filter) => ({ href: ratingPath(filter), label: filter.label, count: ratedAs(list, filter.rating).length, current: filter.slug === current?.slug })),
  ];
}

/** The two sorts of list a council belongs to by what and where it is, each at `/<sort>/<slug>`. */
export type GroupSort = 'region' | 'type';

type SortSpec = {
  slugs: readonly string[];
  /** The group at this address part, or undefined (a 404). */
  group: (list: readonly ListedCouncil[], slug: string) => CouncilGroup | undefined;
  /** Every list of this sort, the one at `slug` marked. */
  links: (list: readonly ListedCouncil[], slug: string | null) => ListLink[];
  heading: string;
};

/** One sort's spec from its values and the helpers that name, find, group and link them. */
function sortSpec<T extends string>(
  values: readonly T[], slugOf: (value: T) => string, valueOf: (slug: string) => T | undefined,
  groupOf: (list: readonly ListedCouncil[], value: T) => CouncilGroup, linksOf: (list: readonly ListedCouncil[], current: T | null) => ListLink[], heading: string,
): SortSpec {
  return {
    slugs: values.map(slugOf),
    group: (list, slug) => {
      const value = valueOf(slug);
      return value === undefined ? undefined : groupOf(list, value);
    },
    // Stryker disable next-line ConditionalExpression: valueOf(null) finds no value either (every slug is a string), so `false` gives null as the check does
    links: (list, slug) => linksOf(list, slug === null ? null : valueOf(slug) ?? null),
    heading,
  };
}

export const GROUP_SORTS: Readonly<Record<GroupSort, SortSpec>> = {
  region: sortSpec(REGIONS, regionSlug, regionOf, regionGroup, regionLinks, 'Show councils by region'),
  type: sortSpec(COUNCIL_TYPES, typeSlug, typeOf, typeGroup, typeLinks, 'Show councils by kind of council'),
};
