import MiniSearch from 'minisearch';
import type { Assessment } from '@/lib/assessment';
import { overviewTextSections, paragraphAnchor, paragraphId } from '@/lib/view/anchors';
import { assessmentPath, sectionPath } from '@/lib/view/navigation';
import { fold, foldedWords } from './fold';

/**
 * Full-text search over every paragraph of every assessment, with MiniSearch
 * (BM25 ranking, prefix and typo-tolerant matching) and our own rules on
 * top: words match whatever their case or accents, a paragraph holding the
 * whole phrase ranks first, and each result links to the paragraph's own
 * address.
 */

export type SearchDocument = {
  id: string;
  authority: string;
  authoritySlug: string;
  /** Where the paragraph sits: "Safeguarding" and "Making safeguarding personal", or a summary's heading. */
  place: string;
  heading: string;
  href: string;
  text: string;
};

/** Every paragraph a reader might look for: key findings, summaries and About. Repeated paragraphs once. */
export function searchDocuments(assessments: readonly Assessment[]): SearchDocument[] {
  return assessments.flatMap((a) => {
    const base = { authority: a.authority, authoritySlug: a.slug };
    const findings = a.themes.flatMap((t) => t.statements.flatMap((s) => s.findings.flatMap((f) =>
      f.paragraphs.flatMap((p, i) => p.repeatOf !== undefined ? [] : [{
        ...base, id: `${a.slug}:${p.line}`, place: s.name, heading: f.heading ?? 'Key findings',
        href: `${sectionPath(a, s)}#${paragraphAnchor(f, i)}`, text: p.text,
      }]))));
    const summaries = overviewTextSections(a).flatMap(({ id, section }) => section.paragraphs.map((p, i) => ({
      // Demographics printed straight under the About heading are headed by it.
      ...base, id: `${a.slug}:${p.line}`, place: 'Overview', heading: section.heading ?? a.about?.heading ?? '',
      href: `${assessmentPath(a)}#${paragraphId(id, i)}`, text: p.text,
    })));
    return [...findings, ...summaries];
  });
}

/** Small words that say nothing about what a reader is looking for. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'their', 'they', 'this', 'to', 'was', 'were', 'with']);

function processTerm(term: string): string | null {
  const folded = fold(term);
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}

export type SearchIndex = { engine: MiniSearch<SearchDocument>; documents: Map<string, SearchDocument> };

export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const engine = new MiniSearch<SearchDocument>({
    fields: ['text', 'heading', 'place'],
    storeFields: ['authoritySlug'],
    processTerm,
  });
  engine.addAll(documents);
  return { engine, documents: new Map(documents.map((d) => [d.id, d])) };
}

/** The query's words as the index sees them (folded, without stop words). */
export function queryTerms(query: string): string[] {
  return foldedWords(query).map(processTerm).filter((t): t is string => t !== null);
}

