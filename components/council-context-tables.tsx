import { RATING_BANDS } from '@/lib/assessment';
import type { CouncilContext, StatementDistribution } from '@/lib/national';
import type { RegisterRow } from '@/lib/register/schema';
import { councilsScoring, groupLabel } from '@/lib/view/council-context';
import { ScoreCountHead } from './score-count-head';
import { TableScroll } from './table-scroll';

const BANDS_CAPTION = 'band-counts-caption';
const STATEMENTS_CAPTION = 'statement-counts-caption';

/** The tables of a council's context: counts, each with the council's own marked in words, not by colour alone. */

type ContextTableProps = { authority: string; context: CouncilContext };

/**
 * How the overall scores of each set of councils (all, its kind, its region)
 * fall in CQC's four bands, and how many are not known, the council's own
 * band marked; then whose figures the counted scores are.
 */
export function BandTable({ authority, context }: ContextTableProps) {
  const { groups } = context;
  const all = groups[0]?.overall;
  const printed = all?.bands.reduce((sum, b) => sum + b.printedByCqc, 0) ?? 0;
  const calculated = all?.bands.reduce((sum, b) => sum + b.calculated, 0) ?? 0;
  const mark = <span className="marked__note">{authority}&apos;s band</span>;
  return (
    <>
      <TableScroll captionId={BANDS_CAPTION}>
        <table className="number-table number-table--bands">
          <caption id={BANDS_CAPTION}>How many councils&apos; overall scores fall in each of CQC&apos;s bands, {authority}&apos;s band marked</caption>
          <thead>
            <tr>
              <th scope="col">Overall score</th>
              {groups.map(({ group }) => {
                const label = groupLabel(group);
                return <th key={group.kind} scope="col" className="numeric">{label.href ? <a href={label.href}>{label.text}</a> : label.text}</th>;
              })}
            </tr>
          </thead>
          <tbody>
            {RATING_BANDS.map((band, index) => (
              <tr key={band.rating} className={band.rating === context.band ? 'marked' : undefined}>
                <th scope="row">{band.rating}: {band.min}% to {band.max}%{band.rating === context.band ? mark : null}</th>
                {groups.map((g) => <td key={g.group.kind} className="numeric">{g.overall.bands[index]?.councils ?? 0}</td>)}
              </tr>
            ))}
            <tr className={context.band === null ? 'marked' : undefined}>
              <th scope="row">Not known{context.band === null ? <span className="marked__note">{authority}&apos;s score</span> : null}</th>
              {groups.map((g) => <td key={g.group.kind} className="numeric">{g.overall.notKnown}</td>)}
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Councils counted</th>
              {groups.map((g) => <td key={g.group.kind} className="numeric">{g.councils}</td>)}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <p className="council-context__label">
        Of the overall scores of all {context.councils} councils: {printed} {printed === 1 ? 'is' : 'are'} CQC&apos;s, as CQC printed
        {printed === 1 ? ' it' : ' them'}; {calculated} {calculated === 1 ? 'is' : 'are'} this site&apos;s calculation from CQC&apos;s
        scores, rounded up as CQC rounds; {all?.notKnown ?? 0} {all?.notKnown === 1 ? 'is' : 'are'} not known.
      </p>
    </>
  );
}

type MissingColumn = { label: string; origin: RegisterRow['origin']; count: (d: StatementDistribution) => number };

/** The columns for councils without a score on a statement, where any are: not scored (the register) and not recorded (a later result). */
export function missingColumns(distributions: readonly StatementDistribution[]): MissingColumn[] {
  const columns: MissingColumn[] = [
    { label: 'Not scored', origin: 'register', count: (d) => d.notAssessed },
    { label: 'Not recorded', origin: 'later', count: (d) => d.notRecorded },
  ];
  return columns.filter((column) => distributions.some((d) => column.count(d) > 0));
}

/** How many councils had each score on each statement (or none), the council's own marked "this council". */
export function StatementCounts({ authority, context }: ContextTableProps) {
  const extras = missingColumns(context.statements.map((s) => s.distribution));
  return (
    <TableScroll captionId={STATEMENTS_CAPTION}>
      <table className="number-table number-table--statements">
        <caption id={STATEMENTS_CAPTION}>How many councils had each score on each quality statement, {authority}&apos;s score marked &ldquo;this council&rdquo;</caption>
        <ScoreCountHead first="Quality statement" extras={extras.map((e) => e.label)} />
        <tbody>
          {context.statements.map(({ score, distribution }) => (
            <tr key={distribution.statement.slug}>
              <th scope="row">{distribution.statement.name}</th>
              {[1, 2, 3, 4].map((s) => (
                <td key={s} className={s === score ? 'numeric marked' : 'numeric'}>
                  {councilsScoring(distribution, s)}
                  {s === score ? <span className="marked__note"> this council</span> : null}
                </td>
              ))}
              {extras.map((e) => {
                const own = score === null && e.origin === context.origin;
                return (
                  <td key={e.label} className={own ? 'numeric marked' : 'numeric'}>
                    {e.count(distribution)}{own ? <span className="marked__note"> this council</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
