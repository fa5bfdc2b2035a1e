import type { Assessment, Comparison, Statement } from '@/lib/assessment';
import { absoluteUrl } from '@/lib/site';
import { comparisonAnchor, scoped, sourceAnchor } from '@/lib/view/anchors';
import { citeFigure } from '@/lib/view/citation';
import { sectionPath } from '@/lib/view/navigation';
import { CompactCitation } from './citation-block';

type FigureToolsProps = { assessment: Assessment; statement: Statement; comparison: Comparison; idPrefix?: string; reportUrl: string | null };

/**
 * What a reader can do with one figure, in two tab stops: a visible "Link to
 * this figure" (its address on its statement's page, whichever page shows
 * it; with JavaScript a click also copies it) and "Cite this figure", which
 * opens the citation, a copy button and the way to the sentence it came from.
 */
export function FigureTools({ assessment, statement, comparison, idPrefix, reportUrl }: FigureToolsProps) {
  const id = comparisonAnchor(statement, comparison);
  const page = sectionPath(assessment, statement);
  // On a theme page (idPrefix set) the figure's address to share is its statement page's.
  const href = idPrefix ? `${page}#${id}` : `#${id}`;
  const citation = citeFigure(assessment, statement, comparison, { report: reportUrl, readAt: absoluteUrl(`${page}#${id}`) });
  return (
    <div className="figure-tools">
      <a className="figure-link" href={href}>Link to this figure</a>
      <details className="cite-figure">
        <summary>Cite this figure</summary>
        <CompactCitation citation={citation} id={`${scoped(idPrefix, id)}-reference`} />
        <p className="cite-figure__source">
          <a href={`#${scoped(idPrefix, sourceAnchor(statement, comparison))}`}>Read the sentence in the findings</a>
        </p>
      </details>
    </div>
  );
}
