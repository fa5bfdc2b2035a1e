import { slugify } from '@/lib/assessment/blocks';
import { COUNCIL_TYPES, REGIONS, type CouncilType, type EnglandCouncil, type Region } from '@/lib/register/schema';

/**
 * England's regions and kinds of council as the site names them and where
 * their lists live: `/region/<slug>` and `/type/<slug>`.
 */

/**
 * Each kind of council in words, one (with its article) and many: "a unitary
 * authority", "unitary authorities"; `label` names its list in a link.
 */
export const TYPE_WORDS: { readonly [Type in CouncilType]: { one: string; many: string; label: string } } = {
  county: { one: 'a county council', many: 'county councils', label: 'County councils' },
  unitary: { one: 'a unitary authority', many: 'unitary authorities', label: 'Unitary authorities' },
  'metropolitan district': { one: 'a metropolitan district', many: 'metropolitan districts', label: 'Metropolitan districts' },
  'London borough': { one: 'a London borough', many: 'London boroughs', label: 'London boroughs' },
  other: { one: 'a council of its own kind', many: 'councils of their own kind (the City of London and the Isles of Scilly)', label: 'The City of London and the Isles of Scilly' },
};

/** A region as a sentence names it: "the North East", but "London" and "Yorkshire and The Humber". */
export function regionWords(region: Region): string {
  return region === 'London' || region === 'Yorkshire and The Humber' ? region : `the ${region}`;
}

/** A region's address part: "yorkshire-and-the-humber". */
export function regionSlug(region: Region): string {
  return slugify(region);
}

/** A kind of council's address part: "metropolitan-district". */
export function typeSlug(type: CouncilType): string {
  return slugify(type);
}

/** The region an address part names, or undefined. */
export function regionOf(slug: string): Region | undefined {
  return REGIONS.find((r) => regionSlug(r) === slug);
}

/** The kind of council an address part names, or undefined. */
export function typeOf(slug: string): CouncilType | undefined {
  return COUNCIL_TYPES.find((t) => typeSlug(t) === slug);
}

/** "A London borough in London", "A unitary authority in the South West", "... in Yorkshire and The Humber": what and where a council is. */
export function describeCouncil(council: Pick<EnglandCouncil, 'type' | 'region'>): string {
  const what = TYPE_WORDS[council.type].one;
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} in ${regionWords(council.region)}`;
}

/** The list of a region's councils: `/region/north-east`. */
export function regionPath(region: Region): string {
  return `/region/${regionSlug(region)}`;
}

/** The list of one kind of council: `/type/unitary`. */
export function typePath(type: CouncilType): string {
  return `/type/${typeSlug(type)}`;
}
