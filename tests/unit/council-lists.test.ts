import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseAssessment } from '@/lib/assessment';
import { STATEMENTS } from '@/lib/framework';
import { LATER_FILE } from '@/lib/content-check';
import { parseLaterResults, parseRegister } from '@/lib/register';
import {
  holdingCounts, inRegion, letterGroups, letterId, letterOf, listedCouncils, ofType, ratedAs, withResult,
} from '@/lib/view/council-list';
import { RATING_FILTERS } from '@/lib/view/councils';
import * as councilListModule from '@/lib/view/council-list';
import { HARROW_FILE, fresh, parseHarrow, readText } from './helpers';
import { councilsOf } from './register-helpers';

/**
 * The lists of councils against the content files read here with csv-parse,
 * apart from lib/register: every count is worked out from them, none typed in.
 */

const REGISTER = 'content/cqc-local-authority-ratings.csv';
const HOLMBURY = 'tests/fixtures/site/holmbury-borough-council.txt';
type Cells = Record<string, string>;
const csv = (file: string): Cells[] => parse(readText(file), { columns: true });
const englandCsv = csv('content/councils-england.csv');
const registerCsv = csv(REGISTER);
const laterCsv = csv(LATER_FILE);

/** Each council of the councils file with its newest result row from the two result files, as the files say. */
function newestRows(): Map<string, Cells | undefined> {
  return new Map(englandCsv.map((council) => {
    const rows = [
      ...registerCsv.filter((r) => r.authority === council.register_authority),
      ...laterCsv.filter((r) => r.gss_code === council.gss_code),
    ].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
    return [council.gss_code ?? '', rows[0]];
  }));
}

/** The site's councils built from the real files: the register, the later results, Harrow's report and, where asked, Holmbury's (outside England's list). */
function listed(withHolmbury = false) {
  const reports = [{ file: HARROW_FILE, assessment: parseHarrow() }];
  if (withHolmbury) reports.push({ file: HOLMBURY, assessment: parseAssessment(readText(HOLMBURY), HOLMBURY) });
  const later = parseLaterResults(readText(LATER_FILE), LATER_FILE).rows;
  return listedCouncils(councilsOf(parseRegister(readText(REGISTER), REGISTER).rows, reports, later).councils);
}

const harrowName = () => parseHarrow().authority;

describe('every council the site knows, by the name people use', () => {
  it('lists each council of the councils file once, by its short name, with its official name, region and kind', () => {
    const list = listed();
    expect(list).toHaveLength(englandCsv.length);
    for (const council of englandCsv) {
      expect(list.find((c) => c.authority === council.name), council.name).toMatchObject({ name: council.short_name, region: council.region, type: council.type });
    }
    const names = list.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('orders councils that people call by the same name by their official names', () => {
    const reports = [{ file: HARROW_FILE, assessment: parseHarrow() }];
    const councils = councilsOf(parseRegister(readText(REGISTER), REGISTER).rows, reports).councils.slice(0, 3);
    const alike = councils.map((c) => ({ ...c, england: c.england && { ...c.england, shortName: 'Alike' } }));
    const authorities = councils.map((c) => c.authority);
    expect(listedCouncils(alike).map((c) => c.name)).toEqual(['Alike', 'Alike', 'Alike']);
    expect(listedCouncils(alike.toReversed()).map((c) => c.authority)).toEqual(authorities.toSorted((a, b) => a.localeCompare(b, 'en')));
  });

  it('says what the site holds for each: the full report, CQC\'s result from the register or recorded later, or none', () => {
    const list = listed();
    const newest = newestRows();
    const harrow = harrowName();
    for (const council of englandCsv) {
      const row = newest.get(council.gss_code ?? '');
      const shown = list.find((c) => c.authority === council.name);
      const expected = council.name === harrow ? 'report' : row ? (row.gss_code ? 'later' : 'register') : 'none';
      expect(shown?.holds, council.name).toBe(expected);
      if (!row) expect(shown?.result, council.name).toBeNull();
      else expect(shown?.result, council.name).toMatchObject({ rating: row.rating || null, published: row.published, scores: STATEMENTS.map((s) => (row[s.slug] ? Number(row[s.slug]) : null)) });
    }
  });

  it('counts what it holds: one report, the register\'s councils less those with the report, the later results, and the rest', () => {
    const counts = holdingCounts(listed());
    const withRow = [...newestRows().values()].filter((row) => row !== undefined);
    expect(counts.report).toBe(1);
    expect(counts.later).toBe(withRow.filter((row) => row.gss_code).length);
    expect(counts.register).toBe(withRow.filter((row) => !row.gss_code).length - counts.report);
    expect(counts.none).toBe(englandCsv.length - withRow.length);
    expect(withResult(listed())).toHaveLength(withRow.length);
  });

  it('lists a council outside England\'s list that has a full report by its own name, in no region and of no kind', () => {
    const holmbury = listed(true).find((c) => c.slug === 'holmbury-borough-council');
    expect(holmbury).toMatchObject({ name: 'Holmbury Borough Council', authority: 'Holmbury Borough Council', region: null, type: null, holds: 'report' });
    expect(holmbury?.result?.published).toBe('2025-03');
    expect(listed(true)).toHaveLength(englandCsv.length + 1);
  });

  it('writes what is held after the official name, and alone where the name people use is the official one', async () => {
    const lists = await fresh('@/lib/view/council-list', councilListModule);
    const harrow = listed().find((c) => c.authority === harrowName());
    expect(harrow && lists.holdingLine(harrow)).toBe('London Borough of Harrow: full report on this site');
    expect(lists.holdingLine({ name: 'Barnet', authority: 'London Borough of Barnet', holds: 'register' })).toBe('London Borough of Barnet: CQC\'s result from the register');
    expect(lists.holdingLine({ name: 'Kirklees', authority: 'Kirklees Council', holds: 'later' })).toBe('Kirklees Council: CQC\'s result recorded later');
    expect(lists.holdingLine({ name: 'Holmbury Borough Council', authority: 'Holmbury Borough Council', holds: 'none' })).toBe('No result held on this site');
    expect(lists.FIND_COUNCIL_URL).toBe('https://www.gov.uk/find-local-council');
  });
});

describe('narrowing the list', () => {
  it('narrows by rating to the councils whose newest result has it, never a council with no result', () => {
    const list = listed();
    const rows = [...newestRows().values()].filter((row) => row !== undefined);
    for (const filter of RATING_FILTERS) {
      expect(ratedAs(list, filter.rating).length, filter.label).toBe(rows.filter((row) => (row.rating || null) === filter.rating).length);
    }
    expect(ratedAs(list, null).every((c) => c.result !== null)).toBe(true);
  });

  it('narrows by region and by kind as the councils file places them', () => {
    const list = listed();
    for (const region of new Set(englandCsv.map((c) => c.region ?? ''))) {
      expect(inRegion(list, region as never).map((c) => c.authority).sort(), region).toEqual(englandCsv.filter((c) => c.region === region).map((c) => c.name).sort());
    }
    for (const type of new Set(englandCsv.map((c) => c.type ?? ''))) {
      expect(ofType(list, type as never)).toHaveLength(englandCsv.filter((c) => c.type === type).length);
    }
  });
});

describe('the A to Z', () => {
  it('files each council under the first letter of the name people use: Harrow under H, not L', () => {
    const groups = letterGroups(listed());
    expect(groups.find((g) => g.letter === 'H')?.councils.map((c) => c.authority)).toContain(harrowName());
    expect(groups.flatMap((g) => g.councils)).toEqual(listed());
    expect(groups.map((g) => g.letter)).toEqual([...new Set(englandCsv.map((c) => (c.short_name ?? '').charAt(0).toUpperCase()))].sort());
    for (const group of groups) expect(group.councils.every((c) => letterOf(c) === group.letter)).toBe(true);
  });

  it('keeps one group per letter even when the councils are not in order', () => {
    const [a, b, c] = listed();
    if (!a || !b || !c) throw new Error('too few councils');
    expect(letterGroups([a, c, { ...b, name: 'bath' }]).map((g) => [g.letter, g.councils.length])).toEqual([['B', 3]]);
  });

  it('gives each letter an id of its own', () => {
    expect(letterId('H')).toBe('letter-h');
    expect(letterId('É')).toBe('letter-e');
    expect(letterId('-')).toBe('letter-other');
  });
});
