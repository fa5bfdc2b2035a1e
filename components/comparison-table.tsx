import type { Assessment, Dataset, Statement } from '@/lib/assessment';
import { glossaryHref } from '@/lib/glossary';
import { absoluteUrl } from '@/lib/site';
import { comparisonAnchor, scoped, sourceAnchor } from '@/lib/view/anchors';
import { citeFigure } from '@/lib/view/citation';
import { SIMILAR_BAND, comparisonRows, measureLabel, type ComparisonRow } from '@/lib/view/comparisons';
import { datasetGlossaryEntry, datasetName } from '@/lib/view/datasets';
import { sectionPath } from '@/lib/view/navigation';
import { AnchorLink } from './anchor-link';
import { CompactCitation } from './citation-block';
import { ComparisonBars } from './comparison-bars';
import { Heading, type Level } from './heading';

type ComparisonTableProps = { assessment: Assessment; statement: Statement; level: Level; idPrefix?: string; id: string };

const JUDGEMENT_TEXT: Record<ComparisonRow['judgement'], string> = {
  better: 'better than England',
  worse: 'worse than England',
  similar: 'similar to England',
  'not judged': '',
};

/**
 * The statement's national figures beside the England average: a real table
 * with a caption, column and row headers, the difference in percentage points,
 * a judgement where it is clear which way is better, the dataset and a link to
 * the sentence each figure came from.
 */
export function ComparisonTable({ assessment, statement, level, idPrefix, id }: ComparisonTableProps) {
  const { authority } = assessment;
  const rows = comparisonRows(statement.comparisons);
  const datasets = [...new Set(rows.map((r) => r.comparison.dataset).filter((d): d is Dataset => d !== null))];
  return (
    <section className="comparisons">
      <Heading level={level} id={id}>National data compared with England</Heading>
      {rows.length === 0 ? (
        <p>The report gives no national figures with an England average for this quality statement.</p>
      ) : (
        <>
          <p className="scroll-hint">The table is wider than your screen: scroll it sideways to see every column.</p>
          <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
            <table className="comparison-table">
              <caption id={`${id}-caption`}>
                {statement.name}: {rows.length} {rows.length === 1 ? 'figure' : 'figures'} for {authority} compared with the England average
              </caption>
              <thead>
                <tr>
                  <th scope="col">What is measured</th>
                  <th scope="col" className="numeric">{authority}</th>
                  <th scope="col" className="numeric">England average</th>
                  <th scope="col" className="numeric">Difference <span className="unit">(percentage points)</span></th>
                  <th scope="col">Compared with England</th>
                  <th scope="col">Dataset</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <Row key={comparisonAnchor(statement, row.comparison)} row={row} assessment={assessment} statement={statement} idPrefix={idPrefix} />
                ))}
              </tbody>
            </table>
          </div>
          <TableNotes rows={rows} datasets={datasets} />
        </>
      )}
    </section>
  );
}

type RowProps = { row: ComparisonRow; assessment: Assessment; statement: Statement; idPrefix?: string };

function Row({ row, assessment, statement, idPrefix }: RowProps) {
  const { comparison: c } = row;
  const { authority } = assessment;
  const source = scoped(idPrefix, sourceAnchor(statement, c));
  const rowId = scoped(idPrefix, comparisonAnchor(statement, c));
  // A figure's canonical address is on its statement's own page, whichever page shows the table.
  const canonical = absoluteUrl(`${sectionPath(assessment, statement)}#${comparisonAnchor(statement, c)}`);
  return (
    <tr id={rowId}>
      <th scope="row">
        {measureLabel(c.metric)}
        <AnchorLink id={rowId} label={`Link to this figure: ${measureLabel(c.metric)}`} />
        <a className="source-link" href={`#${source}`}>Read the sentence in the findings<span className="visually-hidden">: {c.text}</span></a>
        <details className="cite-figure">
          <summary>Cite this figure</summary>
          <CompactCitation citation={citeFigure(assessment, statement, c, canonical)} />
        </details>
      </th>
      <td className="numeric">{c.valueText}</td>
      <td className="numeric">{c.englandAverageText}</td>
      <td className="numeric">{row.differenceText}</td>
      <td>
        <span className={`judgement judgement--${row.judgement.replace(' ', '-')}`}>
          {row.direction === 'similar' ? 'Similar' : row.direction === 'above' ? 'Above' : 'Below'}
          {row.judgement !== 'similar' && JUDGEMENT_TEXT[row.judgement] ? `: ${JUDGEMENT_TEXT[row.judgement]}` : ''}
        </span>
        {row.polarity === 'lower-is-better' ? <span className="polarity-note">Lower is better for this measure.</span> : null}
        <ComparisonBars authority={authority} value={c.value} valueText={c.valueText} englandAverage={c.englandAverage} englandAverageText={c.englandAverageText} />
      </td>
      <td>
        {c.dataset ? (
          <a href={glossaryHref(datasetGlossaryEntry(c.dataset))}><abbr title={datasetName(c.dataset)}>{c.dataset}</abbr></a>
        ) : <span>Not named in the report</span>}
      </td>
    </tr>
  );
}

function TableNotes({ rows, datasets }: { rows: ComparisonRow[]; datasets: Dataset[] }) {
  const unjudged = rows.some((r) => r.judgement === 'not judged');
  return (
    <div className="table-notes">
      <p>
        Figures are as the report prints them. A difference smaller than {SIMILAR_BAND} percentage points either way is
        shown as similar: figures for one council come from surveys or returns of a few hundred people or cases, so a
        small gap may be chance. Above or below is judged better or worse only where it is clear which way is better
        {unjudged ? '; where it is not, the table says only above or below' : ''}.
      </p>
      {datasets.length > 0 ? (
        <dl className="dataset-list">
          {datasets.map((d) => (
            <div key={d}>
              <dt><a href={glossaryHref(datasetGlossaryEntry(d))}>{d}</a></dt>
              <dd>{datasetName(d)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
