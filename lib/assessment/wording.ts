import { BRACKETED_CITATION, type Span } from './sources';

/**
 * The words of a comparison: CQC's own characterisation of it ("similar to",
 * "slightly better than" the England average), kept exactly as printed, and
 * what is measured, in the report's words.
 */

const DEGREE = '(?:slightly|somewhat|significantly|considerably|marginally|broadly|a little|well|far|much|just|roughly|generally|largely|notably|substantially|very)';
const COMPARATIVE = '(?:better|worse|higher|lower|greater|less|similar|the same|in line|comparable|close|equal|above|below)';
/** The characterisation right before "(the) England average": "This was [slightly better than] the England average". */
const WORDING = new RegExp(`(?<![\\p{L}\\p{N}])((?:${DEGREE}\\s+)?${COMPARATIVE}(?:\\s+(?:than|to|as|with))?)\\s+(?:the\\s+)?$`, 'iu');

/** CQC's words for the comparison whose "England average" starts at `mentionStart`, with where they start; undefined where it uses none ("The England average was 61.21%"). */
export function reportWordingBefore(text: string, mentionStart: number): { words: string; start: number } | undefined {
  const match = WORDING.exec(text.slice(0, mentionStart));
  const words = match?.[1];
  return match && words ? { words, start: match.index } : undefined;
}

/**
 * What is measured, in the report's words: the clause that follows the
 * authority's figure ("56.10% of [the people surveyed ... received]"), cut
 * before CQC's characterisation or the England clause; where the figure is in
 * brackets, the clause around it.
 */
export function describeMetric(text: string, sentence: Span, figure: Span & { parenthesised: boolean }, cutAt: number): string {
  const cut = cutAt > figure.end && cutAt < sentence.end ? cutAt : sentence.end;
  let metric = figure.parenthesised
    ? `${text.slice(sentence.start, figure.start)} ${text.slice(figure.end, cut)}`
    : text.slice(figure.end, cut);
  metric = metric
    .replace(/^\s*(?:National data (?:\([^)]*\)\s*)?showed(?: that)?\s+)?(?:the percentage of\s+)?/i, '')
    .replace(/^\s*of\s+/i, '')
    .replace(BRACKETED_CITATION, '')
    .replace(/\s+/g, ' ');
  let previous;
  do {
    previous = metric;
    metric = metric.trim().replace(/(?:[,;:.\s-]|\b(?:and|the|whilst|while|against|compared|with|to|in comparison|which|this|was|were|is|are))+$/i, '');
  } while (metric !== previous);
  return metric;
}
