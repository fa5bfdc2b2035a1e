import type { ReactNode } from 'react';
import type { Assessment, Statement } from '@/lib/assessment';
import { comparisonAnchor, scoped } from '@/lib/view/anchors';
import { comparisonRows, directionText, measureLabel, type ComparisonRow } from '@/lib/view/comparisons';
import { datasetName } from '@/lib/view/datasets';
import { Arrival, type ArrivalContext } from './arrival';
import { BarsKey, ComparisonBars } from './comparison-bars';
import { ComparisonNotes } from './comparison-notes';
import { FigureTools } from './figure-tools';
import { Heading, type Level } from './heading';

type ComparisonTableProps = {
  assessment: Assessment; statement: Statement; level: Level; idPrefix?: string; id: string; reportUrl: string | null;
  /** What a reader arriving at a figure by its address is shown (components/arrival.tsx). */
  arrival: ArrivalContext;
};

/**
 * The statement's national figures beside the England average, as facts: a
 * real table with a caption, short column headers and the measure alone as
 * each row's header; both figures as printed, the difference in percentage
 * points and which side of the England average, CQC's own words where the
 * report gives them, the dataset, and per figure a link and a citation. On
 * narrow screens each row becomes a block of labelled lines
 * (app/styles/trust.css); the markup stays a table, which browsers keep
 * exposing as one (the browser tests check the roles at 320 px). The HTML
 * standard forbids repeating the roles in ARIA on a table's own elements.
 */
export function ComparisonTable({ assessment, statement, level, idPrefix, id, reportUrl, arrival }: ComparisonTableProps) {
  const rows = comparisonRows(statement.comparisons, assessment.authority);
  return (
    <section className="comparisons">
      <Heading level={level} id={id}>National data compared with England</Heading>
      <Arrival context={arrival} />
      {rows.length === 0 ? (
        <p>The report gives no national figures with an England average for this quality statement.</p>
      ) : (
        <>
          <BarsKey authority={assessment.authority} />
          <table className="comparison-table">
            <caption id={`${id}-caption`}>
              {statement.name}: {rows.length} {rows.length === 1 ? 'figure' : 'figures'} for {assessment.authority} compared with the England average
            </caption>
            <thead>
              <tr>
                <th scope="col">What is measured</th>
                <th scope="col" className="numeric">{assessment.authority}</th>
                <th scope="col" className="numeric">England average</th>
                <th scope="col">Difference (this site&apos;s calculation)</th>
                <th scope="col">Dataset</th>
                <th scope="col">This figure</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Row key={comparisonAnchor(statement, row.comparison)} row={row} assessment={assessment} statement={statement} idPrefix={idPrefix} reportUrl={reportUrl} arrival={arrival} />
              ))}
            </tbody>
          </table>
          <ComparisonNotes rows={rows} />
        </>
      )}
    </section>
  );
}

/** A cell's header, shown only where the row is a block; screen readers hear the column header instead. */
function Cell({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <td className={className}>
      <span className="cell-label" aria-hidden="true">{label}</span>
      <span className="cell-value">{children}</span>
    </td>
  );
}

type RowProps = { row: ComparisonRow; assessment: Assessment; statement: Statement; idPrefix?: string; reportUrl: string | null; arrival: ArrivalContext };

function Row({ row, assessment, statement, idPrefix, reportUrl, arrival }: RowProps) {
  const { comparison: c } = row;
  return (
    <tr id={scoped(idPrefix, comparisonAnchor(statement, c))}>
      <th scope="row"><Arrival context={arrival} />{measureLabel(c.metric)}</th>
      <Cell label={assessment.authority} className="numeric">{c.valueText}</Cell>
      <Cell label="England average" className="numeric">{c.englandAverageText}</Cell>
      <Cell label="Difference (this site's calculation)" className="difference">
        <span className="difference__gap">{measureLabel(row.gapText)}</span>
        <ComparisonBars value={c.value} englandAverage={c.englandAverage} />
        {row.cqcWording ? <span className="cqc-wording">CQC&apos;s report: <span className="cqc-wording__quote">&ldquo;{row.cqcWording}&rdquo;</span></span> : null}
        {row.measure ? <span className="measure-direction">{directionText(row.measure)}</span> : null}
      </Cell>
      <Cell label="Dataset">
        {c.dataset ? <abbr title={datasetName(c.dataset)}>{c.dataset}</abbr> : 'Not named in the report'}
        {c.datasetPeriod ? <span className="dataset-period">, {c.datasetPeriod}</span> : null}
      </Cell>
      <td className="figure-tools-cell">
        <FigureTools assessment={assessment} statement={statement} comparison={c} idPrefix={idPrefix} reportUrl={reportUrl} />
      </td>
    </tr>
  );
}
