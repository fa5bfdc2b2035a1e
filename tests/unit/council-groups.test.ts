import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { LATER_FILE } from '@/lib/content-check';
import { COUNCIL_TYPES, REGIONS, parseLaterResults, parseRegister } from '@/lib/register';
import { SITE_NAME } from '@/lib/site';
import { ratingLinks, regionGroup, regionLinks, resultCountText, typeGroup, typeLinks } from '@/lib/view/council-groups';
import { listedCouncils, ratedAs, withResult } from '@/lib/view/council-list';
import { ratingFilter } from '@/lib/view/councils';
import { regionPath, typePath } from '@/lib/view/england';
import { groupListCard, groupListMetadata, ratingCountText, ratingListCard, ratingListMetadata, ratingListTitle } from '@/lib/view/list-meta';
import * as councilGroupsModule from '@/lib/view/council-groups';
import { HARROW_FILE, fresh, parseHarrow, readText } from './helpers';
import { councilsOf } from './register-helpers';

/** The lists by region, kind and rating: their words, counts and links, counted here from the councils file with csv-parse. */

const REGISTER = 'content/cqc-local-authority-ratings.csv';
const englandCsv: Record<string, string>[] = parse(readText('content/councils-england.csv'), { columns: true });
const listed = () => listedCouncils(councilsOf(
  parseRegister(readText(REGISTER), REGISTER).rows, [{ file: HARROW_FILE, assessment: parseHarrow() }], parseLaterResults(readText(LATER_FILE), LATER_FILE).rows,
).councils);
const filter = (slug: string) => {
  const found = ratingFilter(slug);
  if (!found) throw new Error(`no filter ${slug}`);
  return found;
};

describe('the lists by region and by kind', () => {
  it('name a region as a sentence does, and say how many of its councils have a result', () => {
    const list = listed();
    const northEast = regionGroup(list, 'North East');
    expect(northEast).toMatchObject({ path: '/region/north-east', title: 'Councils in the North East', many: 'councils in the North East' });
    expect(regionGroup(list, 'London').title).toBe('Councils in London');
    expect(regionGroup(list, 'Yorkshire and The Humber').title).toBe('Councils in Yorkshire and The Humber');
    const all = englandCsv.filter((c) => c.region === 'North East').length;
    const held = withResult(northEast.councils).length;
    expect(resultCountText(northEast)).toBe(`${held} of ${all} councils in the North East ${held === 1 ? 'has' : 'have'} a result on this site`);
  });

  it('name a kind in the plural and count its councils', () => {
    const unitary = typeGroup(listed(), 'unitary');
    expect(unitary).toMatchObject({ path: '/type/unitary', title: 'Unitary authorities' });
    expect(unitary.councils).toHaveLength(englandCsv.filter((c) => c.type === 'unitary').length);
    expect(resultCountText(unitary)).toMatch(new RegExp(`^\\d+ of ${unitary.councils.length} unitary authorities have a result on this site$`));
    expect(resultCountText({ many: 'councils', councils: withResult(listed()).slice(0, 1) })).toBe('1 of 1 councils has a result on this site');
  });

  it('link every region and kind, each with its count, marking the one the reader is on', () => {
    const list = listed();
    const regions = regionLinks(list, 'London');
    expect(regions.map((l) => l.href)).toEqual(REGIONS.map(regionPath));
    expect(regions.map((l) => l.count)).toEqual(REGIONS.map((r) => englandCsv.filter((c) => c.region === r).length));
    expect(regions.filter((l) => l.current).map((l) => l.label)).toEqual(['London']);
    const types = typeLinks(list, null);
    expect(types.map((l) => [l.href, l.count])).toEqual(COUNCIL_TYPES.map((t) => [typePath(t), englandCsv.filter((c) => c.type === t).length]));
    expect(types.map((l) => l.label)).toEqual(['County councils', 'Unitary authorities', 'Metropolitan districts', 'London boroughs', 'The City of London and the Isles of Scilly']);
    expect(types.some((l) => l.current)).toBe(false);
    expect(typeLinks(list, 'metropolitan district').filter((l) => l.current).map((l) => l.label)).toEqual(['Metropolitan districts']);
  });

  it('find a list by its address part, and none for an unknown one', async () => {
    const { GROUP_SORTS } = await fresh('@/lib/view/council-groups', councilGroupsModule);
    const list = listed();
    expect(GROUP_SORTS.region.slugs).toEqual(REGIONS.map((r) => regionPath(r).split('/')[2]));
    expect(GROUP_SORTS.type.slugs).toEqual(COUNCIL_TYPES.map((t) => typePath(t).split('/')[2]));
    expect(GROUP_SORTS.region.group(list, 'south-west')?.title).toBe('Councils in the South West');
    expect(GROUP_SORTS.type.group(list, 'london-borough')?.title).toBe('London boroughs');
    expect(GROUP_SORTS.region.group(list, 'wales')).toBeUndefined();
    expect(GROUP_SORTS.type.group(list, 'parish')).toBeUndefined();
    expect(GROUP_SORTS.region.links(list, 'south-west').filter((l) => l.current).map((l) => l.label)).toEqual(['South West']);
    expect(GROUP_SORTS.type.links(list, null).some((l) => l.current)).toBe(false);
    expect(GROUP_SORTS.type.links(list, 'unitary').filter((l) => l.current).map((l) => l.label)).toEqual(['Unitary authorities']);
    expect([GROUP_SORTS.region.heading, GROUP_SORTS.type.heading]).toEqual(['Show councils by region', 'Show councils by kind of council']);
  });

  it('have titles ending with the site\'s name, a description and a card saying how many of how many', () => {
    const group = regionGroup(listed(), 'North East');
    const card = groupListCard(group);
    expect(card).toEqual({
      image: '/region/north-east/card.png', authority: SITE_NAME, kicker: resultCountText(group), title: 'Councils in the North East',
      badge: 'CQC\u2019s ratings and scores', alt: `Councils in the North East: ${resultCountText(group)}.`,
    });
    const meta = groupListMetadata(group);
    expect(meta.title).toEqual({ absolute: `Councils in the North East - ${SITE_NAME}` });
    expect(meta.description).toContain(`Each of the ${group.councils.length} councils in the North East`);
    expect(meta.alternates?.canonical).toBe('/region/north-east');
  });
});

describe('the lists by rating', () => {
  it('link every list with its count, the whole list first', () => {
    const list = listed();
    const links = ratingLinks(list, filter('good'));
    expect(links[0]).toEqual({ href: '/', label: 'All', count: list.length, current: false });
    expect(links.slice(1).map((l) => [l.href, l.count])).toEqual(['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-recorded'].map((slug) => [`/rating/${slug}`, ratedAs(list, filter(slug).rating).length]));
    expect(links.filter((l) => l.current).map((l) => l.label)).toEqual(['Good']);
    expect(ratingLinks(list, null).filter((l) => l.current).map((l) => l.label)).toEqual(['All']);
  });

  it('count a rating among the councils with a result, and explain a rating not recorded', () => {
    const list = listed();
    const held = withResult(list).length;
    const good = ratedAs(list, 'Good').length;
    expect(ratingListTitle(filter('good'))).toBe('Councils rated good');
    expect(ratingListTitle(filter('not-recorded'))).toBe('Councils whose rating is not recorded');
    expect(ratingCountText(filter('good'), list)).toBe(`${good} of ${held} councils with a result on this site were rated good`);
    const none = ratedAs(list, null).length;
    expect(ratingCountText(filter('not-recorded'), list)).toBe(`${none} of ${held} councils with a result on this site: CQC's rating is not recorded for ${none === 1 ? 'it' : 'them'}, and this site does not work it out from the scores`);
    expect(ratingCountText(filter('good'), list.filter((c) => c.result?.rating === 'Good').slice(0, 1))).toBe('1 of 1 councils with a result on this site was rated good');
    const unrated = withResult(list).slice(0, 2).map((c) => ({ ...c, result: c.result && { ...c.result, rating: null } }));
    expect(ratingCountText(filter('not-recorded'), unrated)).toBe('2 of 2 councils with a result on this site: CQC\'s rating is not recorded for them, and this site does not work it out from the scores');
    expect(ratingCountText(filter('not-recorded'), unrated.slice(0, 1))).toBe('1 of 1 councils with a result on this site: CQC\'s rating is not recorded for it, and this site does not work it out from the scores');
  });

  it('have titles ending with the site\'s name, and cards saying how many of how many', () => {
    const list = listed();
    const kicker = `${ratedAs(list, 'Good').length} of ${withResult(list).length} councils with a result on this site`;
    expect(ratingListCard(filter('good'), list)).toEqual({
      image: '/rating/good/card.png', authority: SITE_NAME, kicker, title: 'Councils rated good', badge: 'CQC\u2019s ratings and scores', alt: `Councils rated good: ${kicker}.`,
    });
    const meta = ratingListMetadata(filter('good'), list);
    expect(meta.title).toEqual({ absolute: `Councils rated good - ${SITE_NAME}` });
    expect(meta.description).toBe(`Councils rated good by the Care Quality Commission, with each council's nine quality statement scores and month of publication: ${kicker}.`);
    expect(meta.alternates?.canonical).toBe('/rating/good');
  });
});
