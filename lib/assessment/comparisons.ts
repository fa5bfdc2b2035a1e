import { StructureError, ValueError, quote } from './errors';
import type { Comparison, Dataset } from './schema';

/**
 * Finds the national-data comparisons in a paragraph of findings: each figure
 * given as "the England average" paired with the authority's own figure, the
 * dataset the text names for it, and a short description of what is measured.
 * docs/parser-quirks.md lists the wordings this copes with.
 *
 * It invents nothing: an England average it cannot pair with a figure of the
 * authority's fails with a `<file>:<line>:` error rather than being guessed.
 */

type Span = { start: number; end: number };
type Figure = Span & { number: number; text: string; parenthesised: boolean };
type Mention = Span & { dataset: Dataset };

const NUMBER = String.raw`\d{1,3}(?:,\d{3})*(?:\.\d+)?`;
const PERCENT = new RegExp(String.raw`(?<![\d.,])(\()?(${NUMBER})\s?%(\))?`, 'g');
const ENGLAND_AVERAGE = /\bEngland(?:['\u2019]s)?\s+(?:national\s+)?average\b/gi;
const FIGURE_AFTER_MENTION = new RegExp(String.raw`^\s*(?:(?:was|is|of|at|stood at|were)\s+)?(?:[:=]\s*)?(${NUMBER})(\s?%)?`, 'i');

/** How the report names each dataset, in full or by its initials (initials match case-sensitively). */
const DATASET_NAMES: readonly { dataset: Dataset; pattern: RegExp }[] = [
  { dataset: 'ASCS', pattern: /\bAdult Social Care Survey\b|\bASCS\b/g },
  { dataset: 'SACE', pattern: /\bSurvey of Adult Carers in England\b|\bSACE\b/g },
  { dataset: 'SALT', pattern: /\bShort and Long[- ]Term Support\b|\bSALT\b/gi },
  { dataset: 'ASCOF', pattern: /\bAdult Social Care Outcomes Framework\b|\bASCOF\b/g },
  { dataset: 'SCWE', pattern: /\bSkills for Care Workforce Estimates?\b|\bSCWE\b|\bAdult Social Care Workforce Data ?Set\b|\bASC-WDS\b/gi },
  { dataset: 'SAC', pattern: /\bSafeguarding Adults Collection\b|\bSAC\b/g },
];

/** Splits a paragraph into sentences by offsets: a stop, then space, then a capital, digit or bracket. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]["'\u201D\u2019)]?\s+(?=["'\u201C\u2018(]?[A-Z0-9£])/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    spans.push({ start, end });
    start = match.index + match[0].length;
  }
  spans.push({ start, end: text.length });
  return spans;
}

function findFigures(text: string): Figure[] {
  return [...text.matchAll(PERCENT)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    number: Number((m[2] ?? '').replace(/,/g, '')),
    text: `${m[2]}%`,
    parenthesised: m[1] === '(' && m[3] === ')',
  }));
}

/** Every place the paragraph names a dataset, in order. */
function findDatasetMentions(text: string): Mention[] {
  const mentions = DATASET_NAMES.flatMap(({ dataset, pattern }) =>
    [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, dataset })),
  );
  return mentions.sort((a, b) => a.start - b.start);
}

type Context = { file: string; line: number; finding: string; repeatOf: number | null };

/** Extracts every comparison in one paragraph of a key finding. */
export function extractComparisons(text: string, context: Context): Comparison[] {
  const sentences = sentenceSpans(text);
  const figures = findFigures(text);
  const mentions = findDatasetMentions(text);
  const used = new Set<Figure>();
  const sentenceOf = (offset: number) => sentences.findIndex((s) => offset >= s.start && offset < s.end + 1);
  const comparisons: Comparison[] = [];

  for (const mention of text.matchAll(ENGLAND_AVERAGE)) {
    const after = mention.index + mention[0].length;
    const figureMatch = FIGURE_AFTER_MENTION.exec(text.slice(after));
    if (!figureMatch) continue; // "higher than the England average": no figure to compare
    if (!figureMatch[2]) {
      throw new ValueError(context.file, context.line,
        `expected the England average as a percentage, found ${quote(text.slice(mention.index, after + figureMatch[0].length))}`, text);
    }
    const england = figures.find((f) => f.start >= after && f.start < after + figureMatch[0].length);
    if (!england) continue;
    const englandSentence = sentenceOf(england.start);
    const local = pairLocalFigure(figures, used, sentences, englandSentence, mention.index, england);
    if (!local) {
      throw new StructureError(context.file, context.line,
        `expected the authority's own figure before ${quote(text.slice(mention.index, england.end))}, found none to pair it with`, text);
    }
    used.add(local.figure).add(england);
    const span = { start: sentences[local.sentence]?.start ?? 0, end: sentences[englandSentence]?.end ?? text.length };
    comparisons.push({
      metric: describeMetric(text, sentences[local.sentence] ?? span, local.figure, mention.index),
      value: local.figure.number,
      valueText: local.figure.text,
      englandAverage: england.number,
      englandAverageText: england.text,
      unit: '%',
      dataset: chooseDataset(mentions, span),
      text: text.slice(span.start, span.end).trim(),
      line: context.line,
      finding: context.finding,
      repeatOf: context.repeatOf,
    });
  }
  assertNoneMissed(text, sentences, figures, used, context);
  return comparisons;
}

/**
 * The authority's figure for an England average: the nearest unused
 * percentage before it in the same sentence; failing that, the last unused
 * one in the sentence before ("X% of people ... . The England average was Y%").
 */
function pairLocalFigure(figures: Figure[], used: Set<Figure>, sentences: Span[], sentence: number, mentionStart: number, england: Figure) {
  const unusedIn = (i: number) => figures.filter((f) => !used.has(f) && f !== england
    && f.start >= (sentences[i]?.start ?? 0) && f.end <= (sentences[i]?.end ?? 0));
  const here = unusedIn(sentence);
  const nearest = here.filter((f) => f.end <= mentionStart).at(-1);
  if (nearest) return { figure: nearest, sentence };
  // "The England average was 61%, against 56% locally": the figure follows, and we do not guess.
  if (here.some((f) => f.start > england.end) || sentence === 0) return null;
  const previous = unusedIn(sentence - 1).at(-1);
  return previous ? { figure: previous, sentence: sentence - 1 } : null;
}

/**
 * The dataset of a comparison: one named within its own sentences; else the
 * first named after them in the paragraph (citations usually close it);
 * else the last named before them; else none.
 */
function chooseDataset(mentions: Mention[], span: Span): Dataset | null {
  const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
  const last = inside.at(-1);
  if (last) return last.dataset;
  const after = mentions.find((m) => m.start >= span.end);
  if (after) return after.dataset;
  return mentions.filter((m) => m.end <= span.start).at(-1)?.dataset ?? null;
}

/**
 * What is measured, in the report's words: the clause that follows the
 * authority's figure ("56.10% of [the people surveyed ... received]"), or,
 * where the figure is in brackets, the clause around it.
 */
function describeMetric(text: string, sentence: Span, figure: Figure, englandMention: number): string {
  const cut = englandMention > figure.end && englandMention < sentence.end ? englandMention : sentence.end;
  let metric = figure.parenthesised
    ? `${text.slice(sentence.start, figure.start)} ${text.slice(figure.end, cut)}`
    : text.slice(figure.end, cut);
  metric = metric
    .replace(/^\s*(?:National data (?:\([^)]*\)\s*)?showed(?: that)?\s+)?(?:the percentage of\s+)?/i, '')
    .replace(/^\s*of\s+/i, '')
    .replace(/\s*\((?:[^()]*(?:Survey|Collection|Framework|Estimates|Support|ASCS|SACE|SALT|ASCOF|SCWE|SAC)[^()]*)\)/g, '')
    .replace(/\s+/g, ' ');
  let previous;
  do {
    previous = metric;
    metric = metric.trim().replace(/(?:[,;:.\s-]|\b(?:and|the|whilst|while|against|compared|with|to|in comparison))+$/i, '');
  } while (metric !== previous);
  return metric;
}

/**
 * The guard that makes "none missing" checkable: a sentence that speaks of
 * the England average and still holds a percentage nobody paired is an error.
 */
function assertNoneMissed(text: string, sentences: Span[], figures: Figure[], used: Set<Figure>, context: Context) {
  for (const sentence of sentences) {
    const words = text.slice(sentence.start, sentence.end);
    if (!/\bEngland\b/.test(words) || !/\baverage\b/i.test(words)) continue;
    const missed = figures.find((f) => !used.has(f) && f.start >= sentence.start && f.end <= sentence.end);
    if (missed) {
      throw new StructureError(context.file, context.line,
        `expected ${quote(missed.text)} to pair with an England average, found a sentence the parser cannot read as a comparison: ${quote(words)}`, text);
    }
  }
}
