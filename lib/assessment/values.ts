import type { Block } from './blocks';
import { key } from './blocks';
import { ConsistencyError, ValueError, quote } from './errors';
import { matchScoreLine } from './reader';
import { cqcRating, labelOf, publishedDate, score, type Rating, type Score, type ScoreLabel } from './value-schemas';

/**
 * Reads the report's single values (scores, labels, rating, date) through the
 * schema helpers, so a bad value fails with its file, line and both texts.
 */

type LineBlock = Block & { kind: 'line' };
// Built once: a zod schema is costly to build and each report reads dozens of scores.
const SCORE = score();
const RATING = cqcRating();
const PUBLISHED = publishedDate();
/** "2 - Evidence shows some shortfalls", also with "Score" before it: "Score: 3 - Evidence shows a good standard". */
const LABEL = /^(?:score\b\s*:?\s*)?(\d+)\s*[-\u2013\u2014:]\s*(.+)$/i;

/** Reads "Score: 2" or "Score 2". `about` names what the score belongs to in the message. */
export function readScore(file: string, block: LineBlock, about: string): Score {
  // Blocks are trimmed and the pattern takes the spaces after "Score", so the number needs no trimming.
  // Stryker disable next-line StringLiteral: only a line the reader took for a score line comes here, and such a line matches
  const raw = matchScoreLine(block.text) ?? '';
  if (!/^\d+$/.test(raw)) {
    throw new ValueError(file, block.line, `${about}: expected a score line such as "Score: 2", found ${quote(block.text)}`, block.text);
  }
  const parsed = SCORE.safeParse(Number(raw));
  if (!parsed.success) {
    throw new ValueError(file, block.line, `${about}: expected a score from 1 to 4, found ${quote(block.text)}`, block.text);
  }
  return parsed.data;
}

/**
 * Reads "2 - Evidence shows some shortfalls" and checks it is the label CQC
 * gives the score read at `scoreLine`; a disagreement is reported at the
 * label's line, naming the score's.
 */
export function readScoreLabel(file: string, block: LineBlock, about: string, given: Score, scoreLine: number): ScoreLabel {
  const match = LABEL.exec(block.text);
  const label = labelOf(given);
  const expected = `${given} - ${label}`;
  if (!match) {
    throw new ValueError(file, block.line, `${about}: expected a score label such as ${quote(expected)}, found ${quote(block.text)}`, block.text);
  }
  // Stryker disable next-line StringLiteral: the pattern's groups always take part in a match; the fallback is for the type checker
  if (Number(match[1]) !== given || key(match[2] ?? '') !== key(label)) {
    const where = scoreLine === block.line ? 'on the same line' : `at line ${scoreLine}`;
    throw new ConsistencyError(file, block.line, `${about}: expected the label of score ${given} (${where}), ${quote(expected)}, found ${quote(block.text)}`, block.text);
  }
  return label;
}

/**
 * Reads a score and its label printed on one line, "Score: 3 - Evidence shows
 * a good standard": the number must be a score, the words its label.
 */
export function readScoreWithLabel(file: string, block: LineBlock, about: string): { score: Score; scoreLabel: ScoreLabel } {
  // Stryker disable next-line OptionalChaining,StringLiteral: only a line that isScoreWithLabel accepted comes here, and the label pattern matches every such line
  const number = LABEL.exec(block.text)?.[1] ?? '';
  const parsed = SCORE.safeParse(Number(number));
  if (!parsed.success) {
    throw new ValueError(file, block.line, `${about}: expected a score from 1 to 4, found ${quote(block.text)}`, block.text);
  }
  return { score: parsed.data, scoreLabel: readScoreLabel(file, block, about, parsed.data, block.line) };
}

/** Reads an overall rating, tolerating case ("Requires Improvement"). */
export function readRating(file: string, block: LineBlock): Rating {
  const spelt = RATING.options.find((r) => key(r) === key(block.text));
  const parsed = RATING.safeParse(spelt);
  if (!parsed.success) {
    throw new ValueError(file, block.line, `expected a rating (Outstanding, Good, Requires improvement or Inadequate), found ${quote(block.text)}`, block.text);
  }
  return parsed.data;
}

/** Reads "Assessment published: 16 August 2024" into "2024-08-16". */
export function readPublished(file: string, block: LineBlock): string {
  const match = /^assessment\s+published\s*:?\s*(.*)/i.exec(block.text);
  if (!match) {
    throw new ValueError(file, block.line, `expected "Assessment published: <date>", found ${quote(block.text)}`, block.text);
  }
  // Stryker disable next-line StringLiteral: the pattern's group always takes part in a match; the fallback is for the type checker
  const parsed = PUBLISHED.safeParse(match[1] ?? '');
  if (!parsed.success) {
    throw new ValueError(file, block.line, `expected a publication date such as "16 August 2024", found ${quote(match[1])}`, block.text);
  }
  return parsed.data;
}
