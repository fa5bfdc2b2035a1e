import { RATING_BANDS, SCORE_LABELS, overallScore, wholePercent } from '@/lib/assessment';
import { STATEMENTS, THEMES } from '@/lib/framework';
import { nextBandText } from '@/lib/view/overall';
import { CQC_METHOD_URL } from '@/lib/view/sources';
import { Breadcrumbs } from './breadcrumbs';

/** An illustration, not a council: nine scores, worked through by CQC's method with the site's own functions. */
const EXAMPLE = [2, 2, 3, 2, 3, 2, 2, 2, 3];

/**
 * How CQC rates councils, from CQC's published method, and how this site
 * calculates where it adds a figure. Every number on the page comes from
 * the same code the site uses (lib/assessment/rating.ts), so the page and
 * the pages it explains cannot disagree.
 */
export function MethodView() {
  const example = overallScore(EXAMPLE);
  const gap = nextBandText(example);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current="How CQC rates councils" />
      <h1>How CQC rates councils</h1>
      <p className="lead">
        The Care Quality Commission (CQC) assesses how each council in England meets its adult social care duties under the
        Care Act 2014. This page explains its scores and ratings, from <a href={CQC_METHOD_URL}>CQC&apos;s published method</a>,
        and what this site calculates.
      </p>

      <h2 id="statements">Themes and quality statements</h2>
      <p>CQC looks at {THEMES.length} themes, made up of {STATEMENTS.length} quality statements (a report may assess fewer):</p>
      <ol>
        {THEMES.map((theme) => (
          <li key={theme.number}>{theme.title}: {STATEMENTS.filter((s) => s.theme === theme.number).map((s) => s.name).join('; ')}</li>
        ))}
      </ol>

      <h2 id="scores">Scores: 1 to 4</h2>
      <p>CQC scores each quality statement from 1 to 4, and gives each score a label:</p>
      <table className="format-table">
        <caption className="visually-hidden">CQC&apos;s quality statement scores and their labels</caption>
        <thead><tr><th scope="col">Score</th><th scope="col">CQC&apos;s label</th></tr></thead>
        <tbody>{SCORE_LABELS.map((label, i) => <tr key={label}><th scope="row">{i + 1}</th><td>{label}</td></tr>)}</tbody>
      </table>

      <h2 id="ratings">The overall rating: four bands</h2>
      <p>
        CQC adds up the scores of the statements it assessed, each counting the same, and divides by the most they could
        add up to (4 for each statement), to give a percentage. The percentage falls in one of four bands:
      </p>
      <table className="format-table">
        <caption className="visually-hidden">CQC&apos;s rating bands</caption>
        <thead><tr><th scope="col">Overall rating</th><th scope="col">Percentage of the maximum</th></tr></thead>
        <tbody>{RATING_BANDS.map((b) => <tr key={b.rating}><th scope="row">{b.rating}</th><td>{b.min}% to {b.max}%</td></tr>)}</tbody>
      </table>
      <p>
        For example, nine statements scored {EXAMPLE.join(', ')} add up to {example.total} out of {example.maximum}, which is{' '}
        {example.percentage.toFixed(1)}%: {example.rating.toLowerCase()}. CQC says the percentage also shows whether a council is
        in the upper or lower part of its rating.
      </p>

      <h2 id="overall-score">CQC&apos;s overall score, and the site&apos;s</h2>
      <p>
        Most reports published since late 2024 print the overall score under the rating, as a whole number (&ldquo;scored 67
        out of 100&rdquo;). That is CQC&apos;s figure, and where a report prints one this site shows it as CQC&apos;s. In every
        report seen it is the percentage rounded up: 25 out of 36 is 69.4%, printed as {wholePercent(25, 36)}.
      </p>
      <p>
        Where a report does not print one, this site works it out from CQC&apos;s scores in the same way, rounding up, and
        labels it as its own calculation. Rounding up or to the nearest never changes the rating.
      </p>

      <h2 id="next-band">How far from the next rating</h2>
      <p>
        The site says how far an overall score is from the next band up in <strong>score points</strong>, the points of the
        1 to 4 scores, not percentage points. In the example above, {gap ?? 'no higher band exists'}
        {example.next ? `: ${example.total + example.next.pointsShort} out of ${example.maximum} instead of ${example.total}` : ''}.
      </p>

      <h2 id="figures">Figures against the England average</h2>
      <p>
        Reports set many of a council&apos;s figures beside the England average. The site shows both figures as printed and the
        difference in percentage points (&ldquo;5.11 percentage points below the England average&rdquo;), which is its own
        arithmetic. It says nothing about whether a difference is good or bad. Where the report describes the comparison in
        its own words, the site quotes them as CQC&apos;s. Where a published source, such as the Adult Social Care Outcomes
        Framework, says which way is better for a measure, the site names that source; for other measures it says nothing.
      </p>
      <p><a href={CQC_METHOD_URL}>How CQC determines ratings for local authorities, on CQC&apos;s website</a>.</p>
    </>
  );
}
