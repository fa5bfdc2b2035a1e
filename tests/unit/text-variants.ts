import fc from 'fast-check';
import { RATINGS } from '@/lib/assessment';

/**
 * Benign variants of a report's text, for the property-based tests: the same
 * report as another copy, editor or export might type it. Each variant says
 * where each line of the original went (`lineOf`), so a test can compare line
 * numbers too.
 *
 * Two kinds, because the model keeps some text and not other text:
 * - layout: line endings, a byte order mark, spaces around lines, blank lines,
 *   and the case and spacing of the lines the model does not keep (headings
 *   such as "Key findings for this quality statement", "Score: 2", a score's
 *   label, the rating, "Theme 1:"). The model must come out identical.
 * - typography: curly or straight apostrophes and quotes, no-break, doubled
 *   and tab spaces between the words the model keeps, "England's average".
 *   The model keeps those words as printed, so it must come out identical
 *   after `plainWords` (the one difference a reader would not see).
 */

/** What the model does not keep of a line: all of it, the "Theme N:" before a theme's title, the title's ": local authority assessment". */
type Role = 'structure' | 'theme' | 'title' | 'words';

const STRUCTURE_HEADINGS = new Set([
  'how we assess local authorities', 'overall summary', 'local authority rating and score', 'quality statement scores',
  'this theme includes these quality statements:', 'what people expect', 'the local authority commitment',
  'key findings for this quality statement',
]);
const SCORE_OR_LABEL = /^(?:score\b.*|\d\s*[-\u2013\u2014]\s*evidence shows .*)$/i;
const RATING_KEYS = new Set(RATINGS.map((r) => r.toLowerCase()));

/** Each line's role: the lines from "Local authority rating and score" to "Quality statement scores" (the authority's name, the rating, a printed overall score) are read, not kept. */
function rolesOf(lines: readonly string[]): Role[] {
  let inRatingBlock = false;
  let titleSeen = false;
  return lines.map((raw) => {
    const line = raw.replace(/^\uFEFF/, '').trim().toLowerCase();
    if (line === '') return 'structure';
    if (!titleSeen) {
      titleSeen = true;
      return 'title';
    }
    if (line === 'local authority rating and score') inRatingBlock = true;
    if (line === 'quality statement scores') inRatingBlock = false;
    if (inRatingBlock || STRUCTURE_HEADINGS.has(line) || SCORE_OR_LABEL.test(line) || RATING_KEYS.has(line)) return 'structure';
    if (line.startsWith('assessment published')) return 'structure';
    return /^theme \d+:/.test(line) ? 'theme' : 'words';
  });
}

/** A report split into lines, whatever its line endings, with each line's role. */
export type Report = { file: string; text: string; lines: string[]; roles: Role[] };

export function reportOf(file: string, text: string): Report {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return { file, text, lines, roles: rolesOf(lines) };
}

/** The text of a report with `lines`: a variant, and where each original line went. */
export type Variant = { text: string; lineOf: (line: number) => number };

const SPACES = [' ', '  ', '\u00A0', '\t', ' \u00A0'] as const;
const PADDING = ['', ' ', '  ', '\t', '\u00A0'] as const;
const CASES: readonly ((text: string) => string)[] = [
  (t) => t.toUpperCase(),
  (t) => t.toLowerCase(),
  (t) => t.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()),
];

/** The line's spaces, each typed as one of SPACES, chosen from `choice`. */
function respace(text: string, choice: number): string {
  let n = choice;
  return text.replace(/ /g, () => SPACES[n++ % SPACES.length] ?? ' ');
}

/** The parts of a line a layout variant may change, by role: the whole line, or the text around what the model keeps. */
function changeOutsideWords(line: string, role: Role, change: (text: string) => string): string {
  if (role === 'structure') return change(line);
  if (role === 'theme') return line.replace(/^(\s*theme\s+\d+\s*:)/i, (prefix) => change(prefix));
  if (role === 'title') return line.replace(/(:\s*local authority assessment\s*)$/i, (suffix) => change(suffix));
  return line;
}

/** Straight quotes made curly as a word processor does, or curly made straight. */
export function retype(text: string, curly: boolean): string {
  if (!curly) return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
  return text
    .replace(/(^|[\s(])'/g, '$1\u2018').replace(/'/g, '\u2019')
    .replace(/(^|[\s(])"/g, '$1\u201C').replace(/"/g, '\u201D');
}

/**
 * What a typography variant legitimately changes in the model's words, taken
 * out: quotes made straight, each run of spaces one space, "England's
 * average" as "England average".
 */
export function plainWords(text: string): string {
  return retype(text, false).replace(/\s+/g, ' ').replace(/\bEngland['\u2019]s average\b/g, 'England average');
}

/** Which lines a variant changes (indexes into the report's lines), and a number that picks how. */
export type Choices = { lines: readonly number[]; choice: number };
export type Layout = { ending: string; bom: boolean; padded: Choices; blanks: readonly number[]; cased: Choices; spaced: Choices };
/** `possessive` is the apostrophe of "England's average" written for every "England average" (a report spells it one way throughout), or null. */
export type Typography = { quoted: Choices; spaced: Choices; possessive: "'" | '\u2019' | null };

const NONE: Choices = { lines: [], choice: 0 };

/** The indexes of the report's lines (not blank) whose role `role` accepts. */
export function linesWhere(report: Report, role: (r: Role) => boolean): number[] {
  return report.lines.flatMap((line, i) => (line.trim() !== '' && role(report.roles[i] ?? 'words') ? [i] : []));
}

function someLines(report: Report, role: (r: Role) => boolean, max = 40): fc.Arbitrary<Choices> {
  const eligible = linesWhere(report, role);
  return fc.record({ lines: fc.subarray(eligible, { maxLength: Math.min(max, eligible.length) }), choice: fc.nat({ max: 60 }) });
}

const outsideWords = (r: Role) => r !== 'words';
const inWords = (r: Role) => r !== 'structure';

/** A layout variant of the report: the model read from it is the report's own, line numbers moved with the lines. */
export function laidOut(report: Report, layout: Partial<Layout>): Variant {
  const { ending = '\n', bom = false, padded = NONE, blanks = [], cased = NONE, spaced = NONE } = layout;
  const lines = report.lines.map((line, i) => {
    const role = report.roles[i] ?? 'words';
    let text = line;
    if (spaced.lines.includes(i)) text = changeOutsideWords(text, role, (t) => respace(t, spaced.choice + i));
    if (cased.lines.includes(i)) text = changeOutsideWords(text, role, CASES[(cased.choice + i) % CASES.length] ?? ((t) => t));
    if (padded.lines.includes(i)) text = `${PADDING[(padded.choice + i) % PADDING.length]}${text}${PADDING[(padded.choice + 2 * i + 1) % PADDING.length]}`;
    return text;
  });
  return withBlankLines(lines, blanks, ending, bom);
}

/** Every layout variant of the report, as the choices laidOut takes (a counterexample prints them, not the text). */
export function layouts(report: Report): fc.Arbitrary<Layout> {
  return fc.record({
    ending: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    padded: someLines(report, () => true),
    blanks: fc.subarray(report.lines.map((_, i) => i), { maxLength: Math.min(12, report.lines.length) }),
    cased: someLines(report, outsideWords),
    spaced: someLines(report, outsideWords),
  });
}

/** A typography variant of the report: the model read from it is the report's own once both are read with plainWords. */
export function retyped(report: Report, typography: Partial<Typography>): Variant {
  const { quoted = NONE, spaced = NONE, possessive = null } = typography;
  const lines = report.lines.map((line, i) => {
    let text = line;
    if (quoted.lines.includes(i)) text = retype(text, (quoted.choice + i) % 2 === 0);
    if (possessive !== null) text = text.replace(/\bEngland average\b/g, `England${possessive}s average`);
    if (spaced.lines.includes(i)) text = text.replace(/(?<=\p{L}) (?=\p{L})/gu, () => SPACES[(spaced.choice + i) % SPACES.length] ?? ' ');
    return text;
  });
  return withBlankLines(lines, [], '\n', false);
}

/** Every typography variant of the report, as the choices retyped takes. */
export function typographies(report: Report): fc.Arbitrary<Typography> {
  return fc.record({ quoted: someLines(report, inWords, 60), spaced: someLines(report, inWords, 60), possessive: fc.constantFrom(null, "'" as const, '\u2019' as const) });
}

/** Every line of `role` changed, the way `choice` picks: the examples each property tries first. */
export function everyLine(report: Report, role: 'layout' | 'words', choice: number): Choices {
  return { lines: linesWhere(report, role === 'layout' ? outsideWords : inWords), choice };
}

/** The lines joined with `ending`, a blank line (or one of spaces) put before each line in `before`. */
function withBlankLines(lines: readonly string[], before: readonly number[], ending: string, bom: boolean): Variant {
  const out: string[] = [];
  const moved: number[] = [];
  lines.forEach((line, i) => {
    if (before.includes(i)) out.push(i % 2 === 0 ? '' : ' \t');
    moved.push(out.length + 1);
    out.push(line);
  });
  return {
    text: `${bom ? '\uFEFF' : ''}${out.join(ending)}`,
    lineOf: (line) => moved[line - 1] ?? line,
  };
}

const LINE_KEYS = new Set(['line', 'scoreLine', 'repeatOf']);

/**
 * A copy of a parsed model with every line number passed through `lineOf`
 * (each `line`, `scoreLine` and `repeatOf`, and everything under `lines`) and
 * every string through `words`.
 */
export function mapModel(value: unknown, lineOf: (line: number) => number, words: (text: string) => string = (t) => t, isLine = false): unknown {
  if (typeof value === 'number') return isLine ? lineOf(value) : value;
  if (typeof value === 'string') return words(value);
  if (Array.isArray(value)) return value.map((item) => mapModel(item, lineOf, words, isLine));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapModel(v, lineOf, words, isLine || LINE_KEYS.has(k) || k === 'lines')]));
}
