import { key, slugify, type Line } from './blocks';
import { quote } from './errors';
import { Reader, matchThemeLine } from './reader';
import type { Finding, Paragraph, Statement, Theme } from './schema';
import { readScore, readScoreLabel } from './values';

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

/** A theme as parsed, with the statement names its list gives, for the cross-checks. */
export type ParsedTheme = { theme: Theme; listed: Line[] };

/**
 * Reads paragraphs until `stop()` says the next block starts something else.
 * A list item becomes a paragraph that keeps its "- " marker, so no text is lost.
 */
export function readParagraphs(r: Reader, stop: () => boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  while (!r.atEnd() && !stop()) {
    const block = r.next();
    if (block?.kind === 'line') paragraphs.push({ text: block.text, line: block.line });
    else if (block?.kind === 'list') block.items.forEach((item) => paragraphs.push({ text: `- ${item.text}`, line: item.line }));
  }
  return paragraphs;
}

/** Reads every theme to the end of the file. `authority` is replaced in titles to make stable slugs. */
export function readThemes(r: Reader, authority: string): ParsedTheme[] {
  const themes: ParsedTheme[] = [];
  do {
    if (!r.isThemeLine()) throw r.unexpected(r.peek(), 'a theme such as "Theme 2: Providing support"');
    themes.push(readTheme(r, authority));
  } while (!r.atEnd());
  return themes;
}

function readTheme(r: Reader, authority: string): ParsedTheme {
  const block = r.expectLine('a theme line');
  const { number, title } = matchThemeLine(block.text) ?? { number: 0, title: '' };
  r.expectHeading(HEADINGS.themeIncludes);
  const list = r.next();
  if (list?.kind !== 'list') throw r.unexpected(list, 'the list of the theme\'s quality statements, such as "- Assessing needs"');
  const notes = readParagraphs(r, () => r.isStatementStart() || r.isThemeLine());
  const statements: Statement[] = [];
  while (!r.atEnd() && !r.isThemeLine()) statements.push(readStatement(r));
  if (statements.length === 0) throw r.unexpected(r.peek(), `a quality statement of theme ${number} (its name, then "Score: N")`);
  const generic = title.replace(new RegExp(escapeRegExp(authority), 'i'), 'the local authority');
  return {
    theme: { number, title, slug: slugify(generic), line: block.line, notes, statements },
    listed: list.items,
  };
}

function readStatement(r: Reader): Statement {
  if (!r.isStatementStart()) throw r.unexpected(r.peek(), 'a quality statement name followed by its score line ("Score: 2")');
  const name = r.expectLine('a quality statement name');
  const about = `quality statement ${quote(name.text)}`;
  const scoreBlock = r.expectLine('a score line such as "Score: 2"');
  const score = readScore(r.file, scoreBlock, about);
  const labelBlock = r.expectLine(`the score label, such as "2 - Evidence shows some shortfalls"`);
  const scoreLabel = readScoreLabel(r.file, labelBlock, about, score);
  const endOfStatement = () => r.isStatementStart() || r.isThemeLine();

  const sectionHeadings = [key(HEADINGS.commitment), key(HEADINGS.keyFindings)];
  let expectations: Paragraph[] = [];
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
      score: scoreBlock.line,
      scoreLabel: labelBlock.line,
      whatPeopleExpect: expectations.map((p) => p.line),
      commitment: commitment.map((p) => p.line),
      findings: findingsHeading.line,
    },
    findings,
    comparisons: [],
  };
}

/**
 * A key finding heading is a short line that does not end like a sentence:
 * the text has no other mark of a heading.
 */
function looksLikeHeading(text: string): boolean {
  return text.length <= 100
    && text.split(/\s+/).length <= 16
    && /^[A-Z0-9]/.test(text)
    && !/[.!?:;,"'\u201D\u2019)\]]$/.test(text);
}

function atHeadingLike(r: Reader): boolean {
  const block = r.peek();
  return block?.kind === 'line' && looksLikeHeading(block.text);
}

function readFindings(r: Reader, endOfStatement: () => boolean): Finding[] {
  const findings: Finding[] = [];
  const slugs = new Set<string>();
  const atHeading = () => atHeadingLike(r);
  do {
    const heading = r.peek();
    if (heading?.kind !== 'line' || !atHeading() || endOfStatement()) {
      throw r.unexpected(heading, 'a key finding heading (a short line without a full stop)');
    }
    r.next();
    const paragraphs = readParagraphs(r, () => atHeading() || endOfStatement());
    if (paragraphs.length === 0) throw r.unexpected(r.peek(), `a paragraph under the key finding ${quote(heading.text)}`);
    findings.push({ heading: heading.text, slug: uniqueSlug(slugify(heading.text), slugs), line: heading.line, paragraphs });
  } while (!r.atEnd() && !endOfStatement());
  return findings;
}

/** A slug not yet taken in `taken`: "direct-payments", then "direct-payments-2". */
export function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
