import { escapeRegExp, key, slugify, type Line } from './blocks';
import { quote } from './errors';
import { atHeadingLike, readFindings, readParagraphs, type ParsedFinding, type ParsedParagraph } from './findings';
import { isScoreWithLabel, type Reader, type StatementStart } from './reader';
import type { Statement, Theme } from './schema';
import { readScore, readScoreLabel, readScoreWithLabel } from './values';

/**
 * The themes part of the report: "Theme N: title", the list of statements it
 * includes, then each quality statement with its score, label, "What people
 * expect", commitment and key findings.
 */

const HEADINGS = {
  themeIncludes: 'This theme includes these quality statements:',
  whatPeopleExpect: 'What people expect',
  commitment: 'The local authority commitment',
  keyFindings: 'Key findings for this quality statement',
} as const;

/** A statement as read, before its comparisons are extracted and its repeated paragraphs marked. */
export type ParsedStatement = Omit<Statement, 'findings' | 'comparisons'> & { findings: ParsedFinding[] };
export type ParsedTheme = Omit<Theme, 'statements' | 'notes'> & { notes: ParsedParagraph[]; statements: ParsedStatement[] };

/** A theme as read, with the statement names its list gives, for the cross-checks. */
export type ReadTheme = { theme: ParsedTheme; listed: Line[] };

/** Reads every theme to the end of the file. `authority` is replaced in titles to make stable slugs. */
export function readThemes(r: Reader, authority: string): ReadTheme[] {
  const themes: ReadTheme[] = [];
  do themes.push(readTheme(r, authority));
  while (!r.atEnd());
  return themes;
}

function readTheme(r: Reader, authority: string): ReadTheme {
  const { block, number, title } = r.expectTheme();
  r.expectHeading(HEADINGS.themeIncludes);
  const list = r.next();
  if (list?.kind !== 'list') throw r.unexpected(list, 'the list of the theme\'s quality statements, such as "- Assessing needs"');
  const notes = readParagraphs(r, () => r.isStatementStart() || r.isThemeLine());
  const statements: ParsedStatement[] = [];
  // The notes, and each statement's findings, end only at a statement's start, a theme line or the end.
  for (let start = r.takeStatementStart(); start; start = r.takeStatementStart()) statements.push(readStatement(r, start));
  if (statements.length === 0) throw r.unexpected(r.peek(), `a quality statement of theme ${number} (its name, then "Score: N")`);
  const generic = title.replace(namePattern(authority), 'the local authority');
  return {
    theme: { number, title, slug: slugify(generic), line: block.line, notes, statements },
    listed: list.items,
  };
}

/** The score and its label: on two lines ("Score: 2", then "2 - Evidence shows some shortfalls") or on one. */
function readScoreAndLabel(r: Reader, scoreBlock: StatementStart['score'], about: string) {
  if (isScoreWithLabel(scoreBlock.text)) {
    return { ...readScoreWithLabel(r.file, scoreBlock, about), scoreLine: scoreBlock.line, labelLine: scoreBlock.line };
  }
  const score = readScore(r.file, scoreBlock, about);
  const labelBlock = r.expectLine('the score label, such as "2 - Evidence shows some shortfalls"');
  const scoreLabel = readScoreLabel(r.file, labelBlock, about, score, scoreBlock.line);
  return { score, scoreLabel, scoreLine: scoreBlock.line, labelLine: labelBlock.line };
}

/** Reads the rest of the quality statement whose name and score line `start` took. */
function readStatement(r: Reader, { name, score: scoreBlock }: StatementStart): ParsedStatement {
  const about = `quality statement ${quote(name.text)}`;
  const { score, scoreLabel, scoreLine, labelLine } = readScoreAndLabel(r, scoreBlock, about);
  const endOfStatement = () => r.isStatementStart() || r.isThemeLine();

  const sectionHeadings = [key(HEADINGS.commitment), key(HEADINGS.keyFindings)];
  let expectations: ParsedParagraph[] = [];
  if (r.isHeading([key(HEADINGS.whatPeopleExpect)])) {
    r.next();
    expectations = readParagraphs(r, () => r.isHeading(sectionHeadings) || endOfStatement());
  }
  r.expectHeading(HEADINGS.commitment);
  // A heading-like line here means "Key findings for this quality statement" is missing: stop so the error points at it.
  const commitment = readParagraphs(r, () => r.isHeading(sectionHeadings) || atHeadingLike(r) || endOfStatement());
  if (commitment.length === 0) throw r.unexpected(r.peek(), `the text of ${about}'s commitment`);
  const findingsHeading = r.expectHeading(HEADINGS.keyFindings);
  const findings = readFindings(r, endOfStatement);
  return {
    name: name.text,
    slug: slugify(name.text),
    line: name.line,
    score,
    scoreLabel,
    whatPeopleExpect: expectations.map((p) => p.text),
    commitment: commitment.map((p) => p.text).join('\n\n'),
    lines: {
      score: scoreLine,
      scoreLabel: labelLine,
      whatPeopleExpect: expectations.map((p) => p.line),
      commitment: commitment.map((p) => p.line),
      findings: findingsHeading.line,
    },
    findings,
  };
}

/** What stands for each character of a name's key (./blocks.ts) wherever the name is printed. */
const LOOSE: Readonly<Record<string, string>> = { ' ': String.raw`\s+`, "'": "['\u2018\u2019\u201B\u0060\u00B4]", '"': '["\u201C\u201D]', '-': '[-\u2013\u2014]' };

/** A pattern matching the name however it is printed, as key() compares names: in any case, spacing, quotes or dashes. */
function namePattern(name: string): RegExp {
  return new RegExp([...key(name)].map((c) => LOOSE[c] ?? escapeRegExp(c)).join(''), 'i');
}
