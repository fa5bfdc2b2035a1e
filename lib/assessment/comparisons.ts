import { StructureError, ValueError, quote } from './errors';
import type { Comparison } from './schema';
import { SAME_SOURCE, chooseCitation, citedWithin, findCitations, type Citation, type Source, type Span } from './sources';
import { NUMBER, findFigures, sentenceSpans, type Figure } from './figures';
import { describeMetric, reportWordingBefore } from './wording';

/**
 * Finds the national-data comparisons in a paragraph of findings: each figure
 * given as "the England average" paired with the authority's own figure, the
 * dataset the text names for it (and its period), CQC's own words for the
 * comparison, and a short description of what is measured.
 * docs/parser-quirks.md lists the wordings this copes with.
 *
 * It invents nothing: an England average it cannot pair with a figure of the
 * authority's fails with a `<file>:<line>:` error rather than being guessed.
 */

const ENGLAND_AVERAGE = /\bEngland(?:['\u2019]s)?\s+(?:national\s+)?average\b/gi;
const FIGURE_AFTER_MENTION = new RegExp(String.raw`^\s*(?:(?:was|is|of|at|stood\s+at|were)\s+)?(?:[:=]\s*)?(${NUMBER})(\s?%)?`, 'i');
/** "the England average (77.62%)": the figure in brackets straight after. */
const BRACKETED_AFTER_MENTION = new RegExp(String.raw`^\s*\(\s*(${NUMBER})(\s?%)\s*\)`);

/** Where the paragraph is, and the source of the comparison before it in its statement ("from the same source" points back to it). */
export type Context = { file: string; line: number; finding: string; repeatOf: number | null; previous: Source | null };

/** A paragraph as the extraction reads it: its sentences, percentages and dataset citations. */
type Reading = { text: string; sentences: Span[]; figures: Figure[]; citations: Citation[] };

/** Extracts every comparison in one paragraph of a key finding. */
export function extractComparisons(text: string, context: Context): Comparison[] {
  const paragraph = { text, sentences: sentenceSpans(text), figures: findFigures(text), citations: findCitations(text) };
  const seen = { used: new Set<Figure>(), england: new Set<Figure>() };
  const comparisons: Comparison[] = [];
  let previous = context.previous;
  for (const mention of text.matchAll(ENGLAND_AVERAGE)) {
    const average = englandFigure(paragraph, mention.index, mention.index + mention[0].length, context);
    if (!average) continue; // "higher than the England average": no figure to compare
    const comparison = readComparison(paragraph, mention.index, average, seen, { ...context, previous });
    previous = { dataset: comparison.dataset, period: comparison.datasetPeriod };
    comparisons.push(comparison);
  }
  assertNoneMissed(paragraph, seen, context);
  return comparisons;
}

/** The England figure printed right after the mention that ends at `after`, if any; one that is not a percentage is an error. */
function englandFigure({ text, figures }: Reading, start: number, after: number, context: Context): Figure | undefined {
  const figureMatch = BRACKETED_AFTER_MENTION.exec(text.slice(after)) ?? FIGURE_AFTER_MENTION.exec(text.slice(after));
  if (!figureMatch) return undefined;
  if (!figureMatch[2]) {
    throw new ValueError(context.file, context.line,
      `expected the England average as a percentage, found ${quote(text.slice(start, after + figureMatch[0].length))}`, text);
  }
  // Only spaces, a verb or a bracket come between the mention and its figure, so the first percentage after it is that figure.
  return figures.find((f) => f.start >= after);
}

/** Pairs an England figure with the authority's and reads the comparison's words, dataset and period. */
function readComparison(paragraph: Reading, mentionStart: number, average: Figure, seen: { used: Set<Figure>; england: Set<Figure> }, context: Context): Comparison {
  const { text } = paragraph;
  const local = pairLocalFigure(paragraph, seen.used, mentionStart, average);
  if (!local) {
    throw new StructureError(context.file, context.line,
      `expected the authority's own figure before ${quote(text.slice(mentionStart, average.end))}, found none to pair it with`, text);
  }
  seen.used.add(local.figure).add(average);
  seen.england.add(average);
  const wording = reportWordingBefore(text, mentionStart);
  const source = sourceOf(text, local.span, paragraph.citations, context);
  return {
    metric: describeMetric(text, local.sentence, local.figure, wording?.start ?? mentionStart),
    value: local.figure.number,
    valueText: local.figure.text,
    englandAverage: average.number,
    englandAverageText: average.text,
    reportWording: wording?.words ?? null,
    unit: '%',
    dataset: source.dataset,
    datasetPeriod: source.period,
    text: text.slice(local.span.start, local.span.end),
    line: context.line,
    finding: context.finding,
    repeatOf: context.repeatOf,
  };
}

/**
 * The authority's figure for an England average: the nearest unused
 * percentage before it in the same sentence; failing that, the last unused
 * one in the sentence before ("X% of people ... . The England average was Y%").
 * With it, the figure's sentence and the span from there to the England figure's sentence.
 */
function pairLocalFigure({ figures, sentences }: Reading, used: Set<Figure>, mentionStart: number, england: Figure) {
  const unusedIn = (sentence: Span) => figuresWithin(figures, sentence).filter((f) => !used.has(f) && f !== england);
  // The sentences run to the end of the text, so one of them holds the England figure.
  for (const [at, here] of sentences.entries()) {
    if (england.end > here.end) continue;
    const inHere = unusedIn(here);
    const nearest = inHere.filter((f) => f.end <= mentionStart).at(-1);
    if (nearest) return { figure: nearest, sentence: here, span: here };
    // "The England average was 61%, against 56% locally": the figure follows, and we do not guess.
    if (inHere.length > 0) return null;
    const before = sentences[at - 1];
    const previous = before && unusedIn(before).at(-1);
    return before && previous ? { figure: previous, sentence: before, span: { start: before.start, end: here.end } } : null;
  }
  return null;
}

/**
 * The dataset (and period) of a comparison: one cited within its own
 * sentences; else, where they say "from the same source", the comparison
 * before it; else one cited after or before them in the paragraph.
 */
function sourceOf(text: string, span: Span, citations: readonly Citation[], context: Context): Source {
  const citation = chooseCitation(citations, span);
  const sameSource = SAME_SOURCE.exec(text.slice(span.start, span.end));
  if (sameSource && !citedWithin(citation, span)) {
    const { previous } = context;
    if (!previous) {
      throw new StructureError(context.file, context.line,
        `expected an earlier figure in the quality statement for ${quote(sameSource[0])} to point back to, found none`, text);
    }
    return previous;
  }
  return { dataset: citation?.dataset ?? null, period: citation?.period ?? null };
}

/**
 * The guard that makes "none missing" checkable. In a sentence that speaks
 * of the England average, a percentage nobody paired is an error when it
 * could be an England figure: it comes after "England", or the sentence
 * prints an England figure. A council figure with no England number before a
 * mention of the England average ("65.30% ... in line with the England and
 * regional averages") is not a comparison with figures and is left as text.
 */
function assertNoneMissed({ text, sentences, figures }: Reading, seen: { used: Set<Figure>; england: Set<Figure> }, context: Context) {
  for (const sentence of sentences) {
    const words = text.slice(sentence.start, sentence.end);
    const englandAt = /\bEngland\b/.exec(words);
    if (!englandAt || !/\baverages?\b/i.test(words)) continue;
    const inSentence = figuresWithin(figures, sentence);
    const printsEngland = inSentence.some((f) => seen.england.has(f));
    const afterEngland = figuresWithin(figures, { start: sentence.start + englandAt.index, end: sentence.end });
    const missed = inSentence.find((f) => !seen.used.has(f) && (printsEngland || afterEngland.includes(f)));
    if (missed) {
      throw new StructureError(context.file, context.line,
        `expected ${quote(missed.text)} to pair with an England average, found a sentence the parser cannot read as a comparison: ${quote(words)}`, text);
    }
  }
}

/** The figures that lie within a span (a sentence, or the part of one from "England" on), ends included. */
function figuresWithin(figures: readonly Figure[], span: Span): Figure[] {
  return figures.filter((f) => f.start >= span.start && f.end <= span.end);
}
