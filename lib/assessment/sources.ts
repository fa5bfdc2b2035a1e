import { DATASETS, DATASET_TABLE, anyDatasetPattern, datasetPatterns } from './datasets';
import type { Dataset } from './value-schemas';

/**
 * Where a paragraph names the datasets its figures come from, and the period
 * printed with each: "(ASCS, 2023)", "(Adult Social Care Survey, October
 * 2024)", "the Adult Social Care Survey (ASCS) 2023-2024", "the Adult Social
 * Care Outcomes Framework for 2024". Names and initials come from the one
 * table in ./datasets.ts.
 */

export type Span = { start: number; end: number };
/** A dataset as one comparison cites it: its code and the period printed with it, if any. */
export type Source = { dataset: Dataset | null; period: string | null };
/** A place the paragraph names a dataset: the name and initials side by side ("Adult Social Care Survey (ASCS) 2023-24") are one citation. */
export type Citation = Span & { dataset: Dataset; period: string | null };

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const YEAR = '(?:19|20)\\d{2}';
/** "2023", "2023-24", "2023/2024", "2023 to 2024", "October 2024"; never a figure ("2023%") or part of a longer number. */
const PERIOD = `(?:${MONTH}\\s+)?${YEAR}(?:\\s?[-/\\u2013]\\s?\\d{2,4}|\\s+to\\s+${YEAR})?(?![\\d%])(?!\\.\\d)`;
/** After a name: a closing bracket, initials in brackets, then a comma, "for", "in", "from" or a space before the period. */
const PERIOD_AFTER = new RegExp(`^\\)?(?:\\s*\\([^()]{1,12}\\))?(?:\\s*,\\s*|\\s+(?:for|in|from)\\s+(?:the\\s+)?|\\s+)(${PERIOD})`, 'i');
/** What may sit between two mentions of one citation: brackets, commas, spaces, a period. */
const BETWEEN_MENTIONS = new RegExp(`^[\\s(),]*(?:${PERIOD})?[\\s(),]*$`, 'i');

/** "from the same source" (or data set, survey): the figure comes from the dataset of the comparison before it. */
export const SAME_SOURCE = /\bfrom\s+the\s+same\s+(?:source|data\s?set|survey)\b/i;

const PATTERNS = DATASETS.map((dataset) => ({ dataset, ...datasetPatterns(DATASET_TABLE[dataset]) }));

function mentionsOf(text: string): Citation[] {
  const mentions = PATTERNS.flatMap(({ dataset, names, initials }) => {
    return [...text.matchAll(names), ...text.matchAll(initials)].map((m) => {
      const end = m.index + m[0].length;
      return { start: m.index, end, dataset, period: PERIOD_AFTER.exec(text.slice(end))?.[1] ?? null };
    });
  });
  return mentions.sort((a, b) => a.start - b.start);
}

/** Every dataset citation in a paragraph, in order, with its period. */
export function findCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  for (const mention of mentionsOf(text)) {
    const last = citations.at(-1);
    if (last && last.dataset === mention.dataset && BETWEEN_MENTIONS.test(text.slice(last.end, mention.start))) {
      citations[citations.length - 1] = { ...last, end: mention.end, period: last.period ?? mention.period };
    } else {
      citations.push(mention);
    }
  }
  return citations;
}

/**
 * The citation of a comparison spanning `span`: the last named within its
 * own sentences; else the first named after them in the paragraph (citations
 * usually close it); else, all being before them, the last named.
 */
export function chooseCitation(citations: readonly Citation[], span: Span): Citation | null {
  const inside = citations.filter((c) => c.start >= span.start && c.end <= span.end).at(-1);
  return inside ?? citations.find((c) => c.start >= span.end) ?? citations.at(-1) ?? null;
}

/** True when the citation sits within the span. */
export function citedWithin(citation: Citation | null, span: Span): boolean {
  return citation !== null && citation.start >= span.start && citation.end <= span.end;
}

/** A dataset citation in brackets ("(ASCS, 2023)", "(Skills for Care Workforce Estimates)"), to take out of a description. */
export const BRACKETED_CITATION = new RegExp(`\\s*\\([^()]*(?:${anyDatasetPattern()})[^()]*\\)`, 'gi');
