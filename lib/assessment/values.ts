import type { Block } from './blocks';
import { groupOf, key } from './blocks';
import { ConsistencyError, ValueError, quote } from './errors';
import { matchScoreWithLabel } from './reader';
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
/** A well-formed score line, "Score: 2" or "Score 2": the reader takes any line starting "Score" for one, and this refuses the rest. */
const SCORE_NUMBER = /^score\b\s*:?\s*(\d+)$/i;
/** "2 - Evidence shows some shortfalls", also with "Score" before it: "Score: 3 - Evidence shows a good standard". */
const LABEL = /^(?:score\b\s*:?\s*)?(\d+)\s*[-\u2013\u2014:]\s*(.+)$/i;

/** Reads "Score: 2" or "Score 2". `about` names what the score belongs to in the message. */
export function readScore(file: string, block: LineBlock, about: string): Score {
  // Blocks are trimmed and the pattern takes the spaces after "Score", so the number needs no trimming.
  const number = SCORE_NUMBER.exec(block.text);
  if (!number) {
    throw new ValueError(file, block.line, `${about}: expected a score line such as "Score: 2", found ${quote(block.text)}`, block.text);
  }
  const parsed = SCORE.safeParse(Number(groupOf(number, 1)));
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
  if (Number(match[1]) !== given || key(groupOf(match, 2)) !== key(label)) {
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
  // Only a line isScoreWithLabel accepted comes here, so the number is there.
  const parsed = SCORE.safeParse(Number(matchScoreWithLabel(block.text)));
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
  const parsed = PUBLISHED.safeParse(groupOf(match, 1));
  if (!parsed.success) {
    throw new ValueError(file, block.line, `expected a publication date such as "16 August 2024", found ${quote(match[1])}`, block.text);
  }
  return parsed.data;
}
