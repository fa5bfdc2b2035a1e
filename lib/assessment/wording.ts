import { BRACKETED_CITATION, type Span } from './sources';

/**
 * The words of a comparison: CQC's own characterisation of it ("similar to",
 * "slightly better than" the England average), kept exactly as printed, and
 * what is measured, in the report's words.
 */

const DEGREE = '(?:slightly|somewhat|significantly|considerably|marginally|broadly|a\\s+little|well|far|much|just|roughly|generally|largely|notably|substantially|very)';
const COMPARATIVE = '(?:better|worse|higher|lower|greater|less|similar|the\\s+same|in\\s+line|comparable|close|equal|above|below)';
/** The characterisation right before "(the) England average": "This was [slightly better than] the England average". */
const WORDING = new RegExp(`(?<![\\p{L}\\p{N}])((?:${DEGREE}\\s+)?${COMPARATIVE}(?:\\s+(?:than|to|as|with))?)\\s+(?:the\\s+)?$`, 'iu');

/** CQC's words for the comparison whose "England average" starts at `mentionStart`, with where they start; undefined where it uses none ("The England average was 61.21%"). */
export function reportWordingBefore(text: string, mentionStart: number): { words: string; start: number } | undefined {
  const match = WORDING.exec(text.slice(0, mentionStart));
  return match?.[1] === undefined ? undefined : { words: match[1], start: match.index };
}

/** What may open a description before what is measured: "National data (ASCOF) showed that the percentage of", "of". */
const LEAD_IN = /^(?:National data (?:\([^)]*\) )?showed (?:that )?)?(?:the percentage of )?(?:of )?/i;
/** What may close it: punctuation and the words that lead to CQC's characterisation or the England clause. */
const TRAILING = /(?:[,;:. -]|\b(?:and|the|whilst|while|against|compared|with|to|in comparison|which|this|was|were|is|are))+$/i;

/**
 * What is measured, in the report's words: the clause that follows the
 * authority's figure ("56.10% of [the people surveyed ... received]"), cut
 * before CQC's characterisation or the England clause at `cutAt`; where the
 * figure is in brackets, the clause around it. Citations in brackets are
 * left out.
 */
export function describeMetric(text: string, sentence: Span, figure: Span & { parenthesised: boolean }, cutAt: number): string {
  const cut = Math.min(cutAt, sentence.end);
  const clause = figure.parenthesised
    ? `${text.slice(sentence.start, figure.start)} ${text.slice(figure.end, cut)}`
    : text.slice(figure.end, cut);
  return clause
    .replace(BRACKETED_CITATION, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEAD_IN, '')
    .replace(TRAILING, '');
}
