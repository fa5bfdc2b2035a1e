import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { RATING_BANDS } from '@/lib/assessment';
import { LATER_FILE } from '@/lib/content-check';
import {
  bandCounts, councilContext, groupCounts, knownScores, nationalEntries, overallFigure, overallNotKnown, percentDistribution, printedOverallOf, ratingCounts,
  statementDistributions, type NationalEntry,
} from '@/lib/national';
import { STATEMENT_SLUGS } from '@/lib/framework';
import { realCouncils } from './council-helpers';
import { buildCouncils, parseRegister } from '@/lib/register';
import { HARROW_FILE, parseHarrow, readText } from './helpers';
import { checkAgainst, councilsOf, englandCouncils } from './register-helpers';

const REGISTER = 'content/cqc-local-authority-ratings.csv';
const text = readText(REGISTER);

/**
 * The register read independently of lib/register: the real file has no
 * quoted fields (checked below), so a line is its cells split at commas.
 */
const raw = text.trimEnd().split('\n').slice(1).map((line) => {
  const [authority = '', rating = '', , , ...scores] = line.split(',');
  const numbers = scores.map(Number);
  const total = numbers.reduce((a, b) => a + b, 0);
  return { authority, rating, scores: numbers, percent: Math.ceil((100 * total) / (4 * numbers.length)) };
});

const harrowReport = { file: HARROW_FILE, assessment: parseHarrow() };
const { councils } = councilsOf(parseRegister(text, REGISTER).rows, [harrowReport]);
const entries = nationalEntries(councils);

describe('national figures over the real register (72 councils published by 3 October 2025)', () => {
  it('reads the raw file as 72 unquoted rows of 13 cells, so the independent count is sound', () => {
    expect(text).not.toContain('"');
    expect(raw).toHaveLength(72);
    expect(raw.every((r) => r.scores.length === 9 && r.scores.every((s) => s >= 1 && s <= 4))).toBe(true);
    expect(entries).toHaveLength(72);
  });

  it('counts 2 outstanding, 47 good, 21 requires improvement, 1 inadequate and 1 not recorded', () => {
    const count = (rating: string) => raw.filter((r) => r.rating === rating).length;
    expect(ratingCounts(entries)).toEqual([
      { rating: 'Outstanding', councils: count('Outstanding') },
      { rating: 'Good', councils: count('Good') },
      { rating: 'Requires improvement', councils: count('Requires improvement') },
      { rating: 'Inadequate', councils: count('Inadequate') },
      { rating: null, councils: count('') },
    ]);
    expect(ratingCounts(entries).map((c) => c.councils)).toEqual([2, 47, 21, 1, 1]);
  });

  it('counts how many councils scored 1, 2, 3 and 4 on each statement: 51 scored 2 on assessing needs', () => {
    const distributions = statementDistributions(entries);
    expect(distributions.map((d) => d.statement.slug)).toEqual(STATEMENT_SLUGS);
    distributions.forEach((d, index) => {
      const column = raw.map((r) => r.scores[index]);
      expect(d.scores).toEqual([1, 2, 3, 4].map((score) => ({ score, councils: column.filter((s) => s === score).length })));
      expect(d.notAssessed).toBe(0);
    });
    expect(distributions[0]?.scores.map((s) => s.councils)).toEqual([1, 51, 20, 0]);
  });

  it('gives the distribution of overall percentages, rounded up, from 34% to 89%, all calculated', () => {
    const expected = new Map<number, number>();
    for (const r of raw) expected.set(r.percent, (expected.get(r.percent) ?? 0) + 1);
    const distribution = percentDistribution(entries);
    expect(distribution).toEqual([...expected].sort((a, b) => a[0] - b[0]).map(([percent, n]) => ({ percent, councils: n, printedByCqc: 0 })));
    expect(distribution.reduce((sum, d) => sum + d.councils, 0)).toBe(72);
    expect([distribution[0]?.percent, distribution.at(-1)?.percent]).toEqual([34, 89]);
  });

  it('calculates Blackpool\'s 12 of 36 as 34% (33.3% rounded up) and Harrow\'s 21 of 36 as 59%', () => {
    const blackpool = entries.find((e) => e.authority === 'Blackpool Council');
    const harrow = entries.find((e) => e.slug === 'london-borough-of-harrow');
    expect(blackpool && overallFigure(blackpool)).toMatchObject({ total: 12, maximum: 36, percent: 34, source: 'calculated' });
    expect(harrow && overallFigure(harrow)).toMatchObject({ total: 21, maximum: 36, percent: 59, source: 'calculated' });
  });
});

describe('one council in context', () => {
  it('puts Harrow among the 72: 21 share its rating, and counts the overall scores in each of CQC\'s bands, its own band named', () => {
    const context = councilContext(entries, 'london-borough-of-harrow', englandCouncils());
    const inBand = (min: number, max: number) => raw.filter((r) => r.percent >= min && r.percent <= max).length;
    expect(context).toMatchObject({
      councils: 72,
      rating: 'Requires improvement',
      sameRating: raw.filter((r) => r.rating === 'Requires improvement').length,
      overall: { percent: 59 },
      band: 'Requires improvement',
      origin: 'register',
      counted: { councils: 72, fromRegister: 72, later: 0, laterMonths: null },
    });
    expect(context?.sameRating).toBe(21);
    expect(context?.groups[0]?.overall).toEqual({
      bands: [[25, 38], [39, 62], [63, 87], [88, 100]].map(([min = 0, max = 0]) => expect.objectContaining({ min, max, councils: inBand(min, max), printedByCqc: 0, calculated: inBand(min, max) })),
      notKnown: 0,
    });
  });

  it('counts Harrow among London boroughs and in London, of those with a result and of all England has', () => {
    const england = englandCouncils();
    const context = councilContext(entries, 'london-borough-of-harrow', england);
    const londonNames = new Set(england.filter((c) => c.region === 'London').map((c) => c.registerAuthority));
    const boroughNames = new Set(england.filter((c) => c.type === 'London borough').map((c) => c.registerAuthority));
    expect(context?.groups.map((g) => [g.group, g.councils, g.inEngland])).toEqual([
      [{ kind: 'all' }, 72, england.length],
      [{ kind: 'type', type: 'London borough' }, raw.filter((r) => boroughNames.has(r.authority)).length, england.filter((c) => c.type === 'London borough').length],
      [{ kind: 'region', region: 'London' }, raw.filter((r) => londonNames.has(r.authority)).length, england.filter((c) => c.region === 'London').length],
    ]);
    const london = context?.groups[2];
    expect(london?.ratings.find((r) => r.rating === 'Requires improvement')?.councils)
      .toBe(raw.filter((r) => londonNames.has(r.authority) && r.rating === 'Requires improvement').length);
  });

  it('gives each of Harrow\'s statements its score beside how every council scored', () => {
    const context = councilContext(entries, 'london-borough-of-harrow', englandCouncils());
    expect(context?.statements.map((s) => s.score)).toEqual([2, 2, 3, 2, 3, 2, 2, 2, 3]);
    expect(context?.statements[0]?.distribution.scores.find((s) => s.score === 2)?.councils).toBe(51);
  });

  it('gives no shared-rating count for a council whose rating is not recorded', () => {
    const durham = councilContext(entries, 'durham-county-council', englandCouncils());
    expect(durham).toMatchObject({ rating: null, sameRating: null, councils: 72 });
  });

  it('has no context for a council not in the register', () => {
    expect(councilContext(entries, 'nowhere-council', englandCouncils())).toBeUndefined();
  });
});

describe('entries and their sources', () => {
  const header = text.split('\n')[0] ?? '';
  /** A register row from its cells, read as the register is read. */
  const row = (authority: string, published: string, scores: string, rating: string) => {
    const line = `${authority},${rating},${published},https://www.cqc.org.uk/x/${authority.replace(/ /g, '-')}-${published},${scores}`;
    const [parsed] = parseRegister(`${header}\n${line}\n`, 'r.csv').rows;
    if (!parsed) throw new Error(`no row from ${line}`);
    return parsed;
  };

  it('counts each council once, by its newest row', () => {
    const older = row('London Borough of Harrow', '2024-08', '2,2,3,2,3,2,2,2,3', 'Requires improvement');
    const newer = row('London Borough of Harrow', '2025-09', '3,3,3,3,3,3,3,3,3', 'Good');
    const built = councilsOf([older, newer], []).councils;
    expect(nationalEntries(built).map((e) => e.row.published)).toEqual(['2025-09']);
    expect(ratingCounts(nationalEntries(built)).find((c) => c.rating === 'Good')?.councils).toBe(1);
  });

  it('counts a statement not assessed apart, and leaves it out of the percentage', () => {
    const fenwick: NationalEntry = { slug: 'fenwick', authority: 'Fenwick', england: null, printedOverall: null, row: row('Fenwick', '2025-03', '3,3,,3,3,2,3,3,3', 'Good') };
    expect(statementDistributions([fenwick])[2]).toMatchObject({ notAssessed: 1, scores: [{ councils: 0 }, { councils: 0 }, { councils: 0 }, { councils: 0 }] });
    expect(overallFigure(fenwick)).toMatchObject({ total: 23, maximum: 32, percent: 72 });
  });

  it('labels a percentage as CQC\'s where the council\'s report prints it, and counts those apart', () => {
    const printed: NationalEntry = { slug: 'h', authority: 'Holmbury', england: null, printedOverall: 67, row: row('Holmbury', '2025-03', '3,2,3,2,3,3,2,3,3', 'Good') };
    const calculated: NationalEntry = { ...printed, slug: 'k', printedOverall: null };
    expect(overallFigure(printed)).toMatchObject({ percent: 67, source: 'cqc' });
    expect(percentDistribution([printed, calculated])).toEqual([{ percent: 67, councils: 2, printedByCqc: 1 }]);
  });

  it('takes CQC\'s printed score only from a report of the same month as the council\'s newest row', () => {
    const printed = { ...parseHarrow(), overallScore: 59 };
    const older = row('London Borough of Harrow', '2024-08', '2,2,3,2,3,2,2,2,3', 'Requires improvement');
    const newer = row('London Borough of Harrow', '2025-09', '3,3,3,3,3,3,3,3,3', 'Good');
    const report = { file: HARROW_FILE, assessment: printed };
    expect(nationalEntries(councilsOf([older], [report]).councils).map((e) => e.printedOverall)).toEqual([59]);
    expect(nationalEntries(councilsOf([older, newer], [report]).councils).map((e) => e.printedOverall)).toEqual([null]);
  });

  it('takes CQC\'s printed score from a report that has one, and none from one that does not', () => {
    const assessment = parseHarrow();
    expect(printedOverallOf(assessment)).toBeNull();
    const printed = { ...assessment, overallScore: 67 };
    expect(printedOverallOf(printed)).toBe(67);
  });
});

describe('the results recorded since the register', () => {
  /** The later results file read with csv-parse, apart from lib/register; each of its councils' newest result is its row there. */
  const laterCsv = (): Record<string, string>[] => parse(readText(LATER_FILE), { columns: true });
  const realEntries = () => nationalEntries(realCouncils());
  const entryOf = (entries: readonly NationalEntry[], authority: string) => {
    const entry = entries.find((e) => e.authority === authority);
    if (!entry) throw new Error(`no entry for ${authority}`);
    return entry;
  };

  it('combines a later result\'s scores only where the source gives all nine, and a register row\'s assessed ones', () => {
    const entries = realEntries();
    for (const cells of laterCsv()) {
      const given = STATEMENT_SLUGS.filter((slug) => cells[slug] !== '').map((slug) => Number(cells[slug]));
      const entry = entryOf(entries, cells.authority ?? '');
      expect(knownScores(entry.row), cells.authority).toEqual(given.length === STATEMENT_SLUGS.length ? given : null);
    }
    const register = entries.find((e) => e.row.origin === 'register');
    if (!register) throw new Error('no register entry');
    const unscored = { ...register.row, scores: { ...register.row.scores, safeguarding: null } };
    expect(knownScores(unscored)).toHaveLength(STATEMENT_SLUGS.length - 1);
    const none = { ...register.row, scores: { ...register.row.scores } };
    for (const slug of STATEMENT_SLUGS) none.scores[slug] = null;
    expect(knownScores(none)).toBeNull();
    expect(overallFigure({ ...register, row: none, printedOverall: null })).toBeNull();
  });

  it('knows no overall score only for a later result with no printed figure and not every score', () => {
    const unknown = laterCsv().filter((cells) => cells.overall_score === '' && STATEMENT_SLUGS.some((slug) => cells[slug] === ''));
    expect(unknown.length).toBeGreaterThan(0);
    const entries = realEntries();
    expect(overallNotKnown(entries).map((e) => e.authority)).toEqual(unknown.map((cells) => cells.authority));
    expect(bandCounts(entries).notKnown).toBe(unknown.length);
  });

  it('counts a later result\'s missing score as not recorded, and a register row\'s as not assessed', () => {
    const entries = realEntries();
    const later = laterCsv();
    const distributions = statementDistributions(entries);
    distributions.forEach((d) => {
      expect(d.notRecorded, d.statement.slug).toBe(later.filter((cells) => cells[d.statement.slug] === '').length);
      expect(d.notAssessed, d.statement.slug).toBe(0);
    });
    const register = entryOf(entries, 'Blackpool Council');
    const unscored = { ...register, row: { ...register.row, scores: { ...register.row.scores, 'assessing-needs': null } } };
    expect(statementDistributions([unscored])[0]).toMatchObject({ notAssessed: 1, notRecorded: 0 });
  });

  it('counts in each band the overall scores CQC printed apart from the site\'s calculations', () => {
    const entries = realEntries();
    const printed = laterCsv().filter((cells) => cells.overall_score !== '').map((cells) => Number(cells.overall_score));
    const bands = bandCounts(entries).bands;
    expect(bands.map((b) => b.printedByCqc)).toEqual(RATING_BANDS.map((band) => printed.filter((p) => p >= band.min && p <= band.max).length));
    expect(bands.map((b) => b.calculated + b.printedByCqc)).toEqual(bands.map((b) => b.councils));
  });

  it('counts a council outside England\'s list among all councils only, in no kind or region', () => {
    const england = englandCouncils();
    const blackpool = entryOf(realEntries(), 'Blackpool Council');
    const outside: NationalEntry = { ...blackpool, slug: 'outside', authority: 'Outside', england: null };
    const context = councilContext([outside, blackpool], 'outside', england);
    expect(context?.groups.map((g) => g.group)).toEqual([{ kind: 'all' }]);
    expect(context?.groups[0]?.councils).toBe(2);
    expect(groupCounts([outside, blackpool], { kind: 'type', type: 'unitary' }, england).councils).toBe(blackpool.england?.type === 'unitary' ? 1 : 0);
    expect(groupCounts([outside], { kind: 'region', region: 'North West' }, england).councils).toBe(0);
  });
});
