import { getAssessments, getSearchIndex } from '@/lib/content';
import { requestedPage, resultsPage } from '@/lib/search/paging';
import { search, type SearchOutcome } from '@/lib/search/query';
import { SITE_NAME } from '@/lib/site';
import { homeCard } from '@/lib/view/cards';
import { renderDocument } from './render';
import { SearchDocument, type SearchHead } from './search-document';
import { SearchPage } from './search-page';

const DESCRIPTION = 'Search the CQC local authority assessments on this site: councils\u2019 ratings and scores, quality statements, findings and the glossary.';

function title(outcome: SearchOutcome, pages: number, page: number): string {
  if (outcome.kind === 'empty') return `Search - ${SITE_NAME}`;
  return `Search results for \u201C${outcome.query}\u201D${pages > 1 ? `, page ${page} of ${pages}` : ''} - ${SITE_NAME}`;
}

/**
 * The /search page for a request's query parameters (`q`, `authority`,
 * `page`), as a whole HTML document. Every value a reader sent reaches the
 * page only as React text or attributes, which React escapes.
 */
export async function searchHtml(params: URLSearchParams): Promise<string> {
  const assessments = await getAssessments();
  const wanted = params.get('authority') ?? undefined;
  const found = assessments.find((a) => a.slug === wanted);
  const authority = found ? { slug: found.slug, name: found.authority } : undefined;
  const outcome = search(await getSearchIndex(), params.getAll('q'), authority?.slug);
  const page = outcome.kind === 'results' ? resultsPage(outcome.results, outcome.phrase, requestedPage(params.get('page') ?? undefined)) : null;
  const head: SearchHead = {
    title: title(outcome, page?.pages ?? 1, page?.page ?? 1), description: DESCRIPTION,
    card: homeCard(assessments.length), noindex: outcome.kind !== 'empty',
  };
  return renderDocument(
    <SearchDocument head={head}>
      <SearchPage outcome={outcome} page={page} assessments={assessments} authority={authority} unknownAuthority={wanted && !found ? wanted : undefined} />
    </SearchDocument>,
  );
}
