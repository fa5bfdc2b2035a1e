import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCouncils, parseRegister, reportUrlOf, type RegisterRow } from '@/lib/register';
import { ENGLAND_FILE } from '@/lib/content-check';
import { HARROW_FILE, parseHarrow, readText } from './helpers';
import { councilsOf, englandCouncils } from './register-helpers';

/**
 * Property-based tests of the register: the real register written another
 * way (CRLF, a byte order mark, quoted cells, blank lines) gives the same
 * rows, line numbers moved with their lines; a cell broken over lines, or a
 * bad value, is refused at the line its row starts on; and a council's rows
 * and report are one council however its name is spelt (case, spaces, straight
 * or curly apostrophes). Each run parses inside the test (README, "Mutation
 * testing").
 */

const FILE = 'content/cqc-local-authority-ratings.csv';
const TEXT = readText(FILE);
/** The real register's records: it quotes no cell, so a comma always ends one. */
const [HEADER = [], ...RECORDS] = TEXT.trimEnd().split('\n').map((line) => line.split(','));
const HARROW_ROW = RECORDS.findIndex((cells) => cells[0] === 'London Borough of Harrow');
const RUNS = Number(process.env.RUNS ?? 30);
const TIMEOUT = 120_000;

/**
 * How the register is written: line endings, a byte order mark, which cells
 * are quoted, where blank lines go (before record i), and a cell of one record
 * broken over `breaks` lines (the record is then refused).
 */
type Writing = {
  ending: '\n' | '\r\n';
  bom: boolean;
  quoted: readonly number[];
  blanks: readonly number[];
  broken: { record: number; cell: number; breaks: number } | null;
};

/** The register written that way, the records' cells given, and the line each record starts on. */
function written(records: readonly (readonly string[])[], writing: Writing): { text: string; lineOf: (record: number) => number } {
  const { ending, bom, quoted, blanks, broken } = writing;
  const lines: string[] = [HEADER.join(',')];
  const starts: number[] = [];
  records.forEach((cells, r) => {
    if (blanks.includes(r)) lines.push('');
    starts.push(lines.length + 1);
    const shown = cells.map((cell, c) => {
      if (broken?.record === r && broken.cell === c) return `"${cell.slice(0, 1)}${ending.repeat(broken.breaks)}${cell.slice(1)}"`;
      return quoted.includes((r * HEADER.length + c) % 97) ? `"${cell}"` : cell;
    });
    lines.push(...shown.join(',').split(ending));
  });
  return { text: `${bom ? '\uFEFF' : ''}${lines.join(ending)}${ending}`, lineOf: (record) => starts[record] ?? 0 };
}

const PLAIN: Writing = { ending: '\n', bom: false, quoted: [], blanks: [], broken: null };
const recordIndex = fc.integer({ min: 0, max: RECORDS.length - 1 });
const writings: fc.Arbitrary<Writing> = fc.record({
  ending: fc.constantFrom('\n' as const, '\r\n' as const),
  bom: fc.boolean(),
  quoted: fc.uniqueArray(fc.nat({ max: 96 }), { maxLength: 30 }),
  blanks: fc.uniqueArray(recordIndex, { maxLength: 8 }),
  broken: fc.option(fc.record({ record: recordIndex, cell: fc.nat({ max: HEADER.length - 1 }), breaks: fc.integer({ min: 1, max: 4 }) }), { nil: null }),
});

/** The rows as the plain register gives them, each at the line `lineOf` moves it to. */
function rowsAt(rows: readonly RegisterRow[], lineOf: (record: number) => number): RegisterRow[] {
  return rows.map((row) => ({ ...row, line: lineOf(row.line - 2) }));
}

describe('the register written another way', () => {
  it('gives the same rows, each at its line, with CRLF, a byte order mark, quoted cells and blank lines; a cell broken over lines is refused at the line its row starts on', () => {
    const plain = parseRegister(TEXT, FILE);
    expect(plain.errors).toEqual([]);
    expect(plain.rows).toHaveLength(72);
    const examples = [2, 3, 4].map((breaks): [Writing] => [{ ...PLAIN, ending: breaks === 3 ? '\r\n' : '\n', broken: { record: HARROW_ROW, cell: 0, breaks } }]);
    fc.assert(fc.property(writings, (writing) => {
      const { text, lineOf } = written(RECORDS, writing);
      const { rows, errors } = parseRegister(text, FILE);
      const broken = writing.broken;
      const kept = plain.rows.filter((row) => row.line - 2 !== broken?.record);
      expect(rows).toEqual(rowsAt(kept, lineOf));
      expect(errors.map((e) => [e.name, e.line])).toEqual(broken ? [['ValueError', lineOf(broken.record)]] : []);
    }), { numRuns: RUNS, examples });
  }, TIMEOUT);

  it('refuses a bad score, month, rating or address at the line its row starts on, however the rows before it are written', () => {
    const bad = [
      { cell: 4, value: '5', error: 'ValueError' },
      { cell: 2, value: '2024-13', error: 'ValueError' },
      { cell: 3, value: 'https://example.org/report', error: 'ValueError' },
      { cell: 1, value: 'Outstanding', error: 'ConsistencyError' },
    ] as const;
    fc.assert(fc.property(writings, recordIndex, fc.constantFrom(...bad), (writing, record, { cell, value, error }) => {
      const cells = RECORDS[record] ?? [];
      fc.pre(cells[1] !== value && writing.broken?.record !== record);
      const records = RECORDS.map((r, i) => (i === record ? r.map((c, j) => (j === cell ? value : c)) : r));
      const { text, lineOf } = written(records, writing);
      const errors = parseRegister(text, FILE).errors.map((e) => [e.name, e.line]);
      expect(errors).toContainEqual([error, lineOf(record)]);
      expect(errors).toHaveLength(writing.broken ? 2 : 1);
    }), { numRuns: RUNS });
  }, TIMEOUT);
});

const SPACES = ['  ', '\u00A0', '\t', ' \u00A0'] as const;

/** A council's name spelt another way: in another case, with other spaces between its words, or (where it has one) a curly apostrophe. */
const spellings = fc.record({ cased: fc.constantFrom('as printed', 'upper', 'lower'), space: fc.option(fc.constantFrom(...SPACES), { nil: null }), curly: fc.boolean() });
type Spelling = typeof spellings extends fc.Arbitrary<infer T> ? T : never;

function spelt(name: string, { cased, space, curly }: Spelling): string {
  const typed = name.replace(/ /g, space ?? ' ').replace(/'/g, curly ? '\u2019' : "'");
  return cased === 'upper' ? typed.toUpperCase() : cased === 'lower' ? typed.toLowerCase() : typed;
}

describe('a council however its name is spelt', () => {
  it('keeps Harrow\'s report and register row together, at the report\'s address with its CQC address, however the row spells the name', () => {
    const report = { file: HARROW_FILE, assessment: parseHarrow() };
    const examples = SPACES.map((space): [Spelling] => [{ cased: 'upper', space, curly: false }]);
    fc.assert(fc.property(spellings, (spelling) => {
      fc.pre(spelling.cased !== 'as printed' || spelling.space !== null);
      const records = RECORDS.map((r, i) => (i === HARROW_ROW ? r.map((c, j) => (j === 0 ? spelt(c, spelling) : c)) : r));
      const { rows } = parseRegister(written(records, PLAIN).text, FILE);
      const { councils, errors } = councilsOf(rows, [report]);
      expect(errors).toEqual([]);
      expect(councils).toHaveLength(englandCouncils().length);
      const harrow = councils.find((c) => c.slug === 'london-borough-of-harrow');
      expect(harrow?.rows.map((r) => r.authority)).toEqual([spelt('London Borough of Harrow', spelling)]);
      expect(harrow?.report).toBe(report);
      expect(harrow && reportUrlOf(harrow)).toBe(RECORDS[HARROW_ROW]?.[3]);
    }), { numRuns: RUNS, examples });
  }, TIMEOUT);

  it('makes one council of two assessments whose rows spell the name with a straight and a curly apostrophe, or with other case or spaces', () => {
    fc.assert(fc.property(recordIndex, recordIndex, spellings, (record, other, spelling) => {
      const first = RECORDS[record] ?? [];
      const later = RECORDS[other] ?? [];
      fc.pre(record !== other && first[2] !== later[2]);
      // A name with an apostrophe in it (the real register has none yet): the council's first word made possessive.
      const name = (first[0] ?? '').replace(/^(\S+)/, "$1's");
      const records = RECORDS.map((r, i) => {
        if (i === record) return [name, ...r.slice(1)];
        if (i === other) return [spelt(name, { ...spelling, curly: true }), ...r.slice(1)];
        return r;
      });
      // The other row keeps its own rating, month, address and scores: it stands for a later assessment of the same council.
      const { rows, errors: rowErrors } = parseRegister(written(records, PLAIN).text, FILE);
      expect(rowErrors).toEqual([]);
      const rowOf = (i: number) => rows.find((row) => row.line === i + 2);
      // The councils file writes the name as the first row does; the second row spells it otherwise.
      const england = englandCouncils().map((c) => (c.registerAuthority === first[0] ? { ...c, registerAuthority: name } : c));
      const { councils, errors } = buildCouncils({ rows, later: [], england, reports: [] }, { england: ENGLAND_FILE });
      expect(errors).toEqual([]);
      expect(councils).toHaveLength(england.length);
      const council = councils.find((c) => c.england?.registerAuthority === name);
      const newestFirst = [rowOf(record), rowOf(other)].sort((a, b) => (b?.published ?? '').localeCompare(a?.published ?? ''));
      expect(council?.rows).toEqual(newestFirst);
      expect(council?.authority).toBe(council?.england?.name);
    }), { numRuns: RUNS });
  }, TIMEOUT);
});
