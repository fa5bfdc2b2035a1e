import { groupOf, key, type Block } from './blocks';
import { ConsistencyError, StructureError, ValueError, quote } from './errors';
import type { Reader } from './reader';
import { printedOverallScore, type Rating } from './value-schemas';
import { readRating } from './values';

/**
 * The report's front: its title (refusing CQC's 2023 pilot reports) and the
 * rating block, "Local authority rating and score": the authority's name,
 * the rating and, in most reports since late 2024, the overall score CQC
 * prints under it.
 */

type LineBlock = Block & { kind: 'line' };

const TITLE = /^(.+?)\s*:\s*local\s+authority\s+assessment$/i;
const PILOT_TITLE = /^(.+?)\s+assessment$/i;
const PILOT_RATING = 'local authority indicative rating';
const OVERALL_SCORE = printedOverallScore();
const EXPECTED_TITLE = 'a title such as "<Council name>: local authority assessment"';

/**
 * Reads the title line and returns the authority it names. A 2023 pilot
 * report ("Birmingham City Council assessment", with a "Local authority
 * indicative rating") is refused here, at its title, with one message.
 */
export function readTitle(r: Reader, blocks: readonly Block[]): { block: LineBlock; authority: string } {
  const block = r.expectLine(EXPECTED_TITLE);
  const title = TITLE.exec(block.text);
  const indicative = blocks.find((b) => b.kind === 'line' && key(b.text) === PILOT_RATING);
  if (indicative || (!title && PILOT_TITLE.test(block.text))) {
    const evidence = indicative ? `, with a "Local authority indicative rating" at line ${indicative.line}` : '';
    throw new StructureError(r.file, block.line,
      `expected ${EXPECTED_TITLE}, found ${quote(block.text)}${evidence}: this is one of CQC's 2023 pilot reports, and pilot reports (with indicative ratings) are not supported`,
      block.text);
  }
  if (!title) throw r.unexpected(block, EXPECTED_TITLE);
  return { block, authority: groupOf(title, 1) };
}

export type RatingBlock = { rating: Rating; ratingLine: number; overallScore: number | null; overallScoreLine: number | null };

/** Reads the authority's name (it must be the title's), the rating, and the overall score printed under it if any. */
export function readRatingBlock(r: Reader, authority: string): RatingBlock {
  const nameBlock = r.expectLine(`the authority's name, ${quote(authority)}`);
  if (key(nameBlock.text) !== key(authority)) {
    throw new ConsistencyError(r.file, nameBlock.line, `expected the authority named in the title, ${quote(authority)}, found ${quote(nameBlock.text)}`, nameBlock.text);
  }
  const ratingBlock = r.expectLine('the overall rating');
  const rating = readRating(r.file, ratingBlock);
  const next = r.peek();
  if (next?.kind !== 'line' || !isOverallScoreLine(next.text)) {
    return { rating, ratingLine: ratingBlock.line, overallScore: null, overallScoreLine: null };
  }
  r.next();
  return { rating, ratingLine: ratingBlock.line, overallScore: readOverallScore(r.file, next, authority), overallScoreLine: next.line };
}

/** The three shapes CQC prints the overall score in, each with the figure as its last group. */
const OVERALL_SHAPES = [
  /^score\b\s*:?\s*(\d+)$/i,
  /^(.+?)\s+scored\s+(\d+)\s+out\s+of\s+100\s+overall\b.*$/i,
  /^overall\s+rating\s+for\s+(.+?)\s*:\s*(\d+)\s*%$/i,
];

/** A line that means to give the overall score, well formed or not ("Score: seventy" is read, and refused). */
function isOverallScoreLine(text: string): boolean {
  return /^score\b/i.test(text) || /\bscored\b.*\bout\s+of\s+100\b/i.test(text) || /^overall\s+rating\s+for\b/i.test(text);
}

function readOverallScore(file: string, block: LineBlock, authority: string): number {
  const match = OVERALL_SHAPES.map((shape) => shape.exec(block.text)).find((m) => m !== null);
  if (!match) {
    throw new ValueError(file, block.line,
      `expected the overall score as "Score: 75", "${authority} scored 75 out of 100 overall, ..." or "Overall rating for ${authority}: 75%", found ${quote(block.text)}`, block.text);
  }
  const named = match.length > 2 ? groupOf(match, 1) : authority;
  if (withoutThe(named) !== withoutThe(authority)) {
    throw new ConsistencyError(file, block.line, `expected the overall score of the authority named in the title, ${quote(authority)}, found ${quote(block.text)}`, block.text);
  }
  const parsed = OVERALL_SCORE.safeParse(Number(match.at(-1)));
  if (!parsed.success) {
    throw new ValueError(file, block.line, `expected the overall score as a whole percentage from 25 to 100, found ${quote(block.text)}`, block.text);
  }
  return parsed.data;
}

function withoutThe(name: string): string {
  return key(name).replace(/^the /, '');
}
