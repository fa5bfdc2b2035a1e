import { RATING_BANDS } from '@/lib/assessment';
import type { PercentCount, RatingCount, StatementDistribution } from '@/lib/national';
import { councilsScoring } from '@/lib/view/council-context';
import { ratingPath, ratingSlug } from '@/lib/view/councils';
import { missingColumns } from './council-context-tables';
import { ScoreCountHead } from './score-count-head';

/** The national page's figures as tables: the same counts as the charts, as text. */

/** How many councils have each of CQC's ratings, and how many have none recorded; each row links to its list. */
export function RatingsTable({ counts, caption }: { counts: readonly RatingCount[]; caption: string }) {
  return (
    <table className="number-table">
      <caption>{caption}</caption>
      <thead><tr><th scope="col">CQC&apos;s rating</th><th scope="col" className="numeric">Councils</th></tr></thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.rating ?? 'none'}>
            <th scope="row"><a href={ratingPath({ slug: ratingSlug(c.rating) })}>{c.rating ?? 'Not recorded'}</a></th>
            <td className="numeric">{c.councils}</td>
          </tr>
        ))}
      </tbody>
      <tfoot><tr><th scope="row">All councils</th><td className="numeric">{counts.reduce((sum, c) => sum + c.councils, 0)}</td></tr></tfoot>
    </table>
  );
}

/**
 * How many councils have each overall percentage, grouped under the band it
 * falls in by CQC's method, with how many of the figures CQC printed.
 */
export function PercentTable({ counts, caption }: { counts: readonly PercentCount[]; caption: string }) {
  return (
    <table className="number-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Overall score</th>
          <th scope="col" className="numeric">Councils</th>
          <th scope="col" className="numeric">Of which CQC printed the figure</th>
        </tr>
      </thead>
      {RATING_BANDS.map((band) => {
        const inBand = counts.filter((c) => c.percent >= band.min && c.percent <= band.max);
        return inBand.length === 0 ? null : (
          <tbody key={band.rating}>
            <tr><th scope="rowgroup" colSpan={3} className="band-row">{band.rating}: {band.min}% to {band.max}%</th></tr>
            {inBand.map((c) => (
              <tr key={c.percent}>
                <th scope="row">{c.percent}%</th>
                <td className="numeric">{c.councils}</td>
                <td className="numeric">{c.printedByCqc}</td>
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
}

/** For each quality statement, how many councils scored 1, 2, 3 and 4, and how many were not scored or have no score recorded, where any do. */
export function StatementsTable({ distributions, caption }: { distributions: readonly StatementDistribution[]; caption: string }) {
  const extras = missingColumns(distributions);
  return (
    <table className="number-table">
      <caption>{caption}</caption>
      <ScoreCountHead first="Quality statement" extras={extras.map((e) => e.label)} />
      <tbody>
        {distributions.map((d) => (
          <tr key={d.statement.slug}>
            <th scope="row">{d.statement.name}</th>
            {[1, 2, 3, 4].map((score) => <td key={score} className="numeric">{councilsScoring(d, score)}</td>)}
            {extras.map((e) => <td key={e.label} className="numeric">{e.count(d)}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
