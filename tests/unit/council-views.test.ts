import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { STATEMENTS } from '@/lib/framework';
import { buildCouncils, parseRegister, type Council } from '@/lib/register';
import {
  SHORT_NAMES, councilRow, councilRows, ratingFilter, ratingPath, ratingSlug,
} from '@/lib/view/councils';
import * as councilsModule from '@/lib/view/councils';
import { HARROW_FILE, fresh, parseHarrow, readText } from './helpers';
import { councilsOf, englandCouncils } from './register-helpers';

const REGISTER = 'content/cqc-local-authority-ratings.csv';
const text = readText(REGISTER);
const harrowReport = { file: HARROW_FILE, assessment: parseHarrow() };
const { councils } = councilsOf(parseRegister(text, REGISTER).rows, [harrowReport]);
/** Worked out inside each test, so a mutant (active only while a test runs) is seen. */
const listed = () => councilRows(councils);

/** The register's rows as csv-parse reads them, apart from lib/register. */
const raw: string[][] = parse(text, { from_line: 2 });
/** The official name of the council a register row names (the councils file joins them). */
const england = englandCouncils();
const officialName = (registerName: string | undefined) => england.find((c) => c.registerAuthority === registerName)?.name;

describe('a council\'s latest result', () => {
  it('has one row per council of the register, by name, with its rating, month and nine scores as the file gives them', () => {
    expect(listed()).toHaveLength(new Set(raw.map((cells) => cells[0])).size);
    const names = listed().map((r) => r.authority);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    for (const cells of raw) {
      const row = listed().find((r) => r.authority === officialName(cells[0]));
      expect(row, cells[0]).toMatchObject({ rating: cells[1] === '' ? null : cells[1], published: cells[2], scores: cells.slice(4).map(Number) });
    }
  });

  it('marks Harrow as the council whose full report the site holds, and Blackpool as a register row alone', () => {
    expect(listed().filter((r) => r.hasReport).map((r) => r.slug)).toEqual(['london-borough-of-harrow']);
    expect(listed().find((r) => r.slug === 'blackpool-council')).toMatchObject({ hasReport: false, rating: 'Inadequate', published: '2025-08', scores: [1, 1, 1, 2, 2, 2, 1, 1, 1] });
  });

  it('keeps County Durham\'s rating as not recorded', () => {
    expect(listed().find((r) => r.authority === officialName('County Durham'))?.rating).toBeNull();
  });

  it('takes a council\'s latest row when the register has two', () => {
    const header = text.split('\n')[0] ?? '';
    const two = parseRegister(`${header}
Blackpool Council,Requires improvement,2024-05,https://www.cqc.org.uk/x/b-0524,2,2,2,2,2,2,2,2,2
Blackpool Council,Good,2025-09,https://www.cqc.org.uk/x/b-0925,3,3,3,3,3,3,3,3,3
`, 'r.csv').rows;
    const council = councilsOf(two, []).councils.find((c) => c.slug === 'blackpool-council');
    expect(council && councilRow(council)).toMatchObject({ rating: 'Good', published: '2025-09', scores: Array(9).fill(3) });
  });

  it('reads a council with a full report and no register row from its report', () => {
    const council = councilsOf([], [harrowReport]).councils.find((c) => c.report);
    expect(council && councilRow(council)).toEqual({
      slug: 'london-borough-of-harrow', authority: 'London Borough of Harrow', hasReport: true,
      rating: 'Requires improvement', published: '2024-08', scores: [2, 2, 3, 2, 3, 2, 2, 2, 3],
    });
  });

  it('leaves a statement empty where the report scores none, or one outside CQC\'s framework', () => {
    const assessment = parseHarrow();
    const themes = assessment.themes.map((t) => ({
      ...t,
      statements: t.statements.filter((s) => s.slug !== 'safeguarding').map((s) => (s.slug === 'assessing-needs' ? { ...s, name: 'Something else entirely' } : s)),
    }));
    const council = councilsOf([], [{ file: HARROW_FILE, assessment: { ...assessment, themes } }]).councils.find((c) => c.report);
    expect(council && councilRow(council)?.scores).toEqual([null, 2, 3, 2, 3, 2, null, 2, 3]);
  });

  it('has no row for a council with neither a row nor a report', () => {
    const empty: Council = { slug: 'nowhere', authority: 'Nowhere', england: null, aliases: [], rows: [], report: null };
    expect(councilRow(empty)).toBeUndefined();
    expect(councilRows([empty])).toEqual([]);
  });
});

describe('narrowing by rating', () => {
  it('offers CQC\'s four ratings in CQC\'s order, then not recorded, each at its own address', async () => {
    const view = await fresh('@/lib/view/councils', councilsModule);
    expect(view.RATING_FILTERS.map((f) => [f.label, ratingPath(f)])).toEqual([
      ['Outstanding', '/rating/outstanding'], ['Good', '/rating/good'], ['Requires improvement', '/rating/requires-improvement'],
      ['Inadequate', '/rating/inadequate'], ['Not recorded', '/rating/not-recorded'],
    ]);
    expect(ratingSlug(null)).toBe('not-recorded');
    expect(ratingSlug('Requires improvement')).toBe('requires-improvement');
  });

  it('finds a filter by its address and none for an unknown one', () => {
    expect(ratingFilter('requires-improvement')?.rating).toBe('Requires improvement');
    expect(ratingFilter('not-recorded')?.rating).toBeNull();
    expect(ratingFilter('excellent')).toBeUndefined();
  });
});

describe('words for the lists', () => {
  it('writes a month as a reader does', async () => {
    const view = await fresh('@/lib/view/councils', councilsModule);
    expect(view.formatMonth('2024-08')).toBe('August 2024');
    expect(view.formatMonth('2025-01')).toBe('January 2025');
    expect(view.formatMonth('2025-12')).toBe('December 2025');
  });

  it('has a short name for each of the nine statements, each different', () => {
    const names = STATEMENTS.map((s) => SHORT_NAMES[s.slug]);
    expect(names.every((n) => n.length > 0 && n.length <= 15)).toBe(true);
    expect(new Set(names).size).toBe(9);
  });

  it('labels each score on a phone with its statement\'s short name: the stylesheet draws them in CQC\'s order', async () => {
    const view = await fresh('@/lib/view/councils', councilsModule);
    const css = readFileSync('app/styles/lists.css', 'utf8');
    const labels = [...css.matchAll(/\.g:nth-child\((\d+)\)::before \{ content: "([^"]+)"; \}/g)].map((m) => [Number(m[1]), m[2]]);
    expect(labels).toEqual(STATEMENTS.map((s, index) => [4 + index, view.SHORT_NAMES[s.slug]]));
  });

  it('gives every letter group of the councils file a height estimate: the stylesheet defines each count of rows a group can have', () => {
    const css = readFileSync('app/styles/lists.css', 'utf8');
    const defined = (name: string) => new Set([...css.matchAll(new RegExp(`\\.${name}-(\\d+) \\{ --${name}: (\\d+); \\}`, 'g'))].filter((m) => m[1] === m[2]).map((m) => Number(m[1])));
    const sizes = new Map<string, number>();
    for (const council of englandCouncils()) sizes.set(council.shortName.charAt(0).toUpperCase(), (sizes.get(council.shortName.charAt(0).toUpperCase()) ?? 0) + 1);
    const largest = Math.max(...sizes.values());
    for (const name of ['results', 'no-results']) {
      const counts = defined(name);
      expect([...Array(largest + 1).keys()].filter((n) => !counts.has(n)), name).toEqual([]);
    }
  });
});
