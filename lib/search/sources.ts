import type { GlossaryEntry } from '@/lib/glossary';
import type { Council, ReportFile } from '@/lib/register';
import { searchDocuments, type SearchDocument } from './documents';
import type { IndexedReport } from './store';

/** A report that could not be made into search documents: the build stops naming its file. */
export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
}

/** What the index holds: every document, and the full reports the authority filter offers (in the order given). */
export type IndexSources = { documents: SearchDocument[]; reports: IndexedReport[] };

/**
 * The documents of every full report, each report's made on its own so a
 * failure names its file, then the register's councils (those without a
 * report: searchDocuments makes none for one with) and the glossary.
 */
export function indexSources(files: readonly ReportFile[], councils: readonly Council[], glossary: readonly GlossaryEntry[]): IndexSources {
  const owners = new Map(councils.flatMap((c) => (c.report ? [[c.report.file, c] as const] : [])));
  const documents = files.flatMap(({ file, assessment }) => {
    const owner = owners.get(file);
    try {
      return searchDocuments({ assessments: [assessment], councils: owner ? [owner] : [] });
    } catch (error) {
      throw new SearchIndexError(`${file}: could not be made into search documents: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return {
    documents: [...documents, ...searchDocuments({ assessments: [], councils, glossary })],
    reports: files.map(({ file, assessment }) => ({ slug: assessment.slug, authority: assessment.authority, file })),
  };
}
