import { STATEMENTS, THEMES } from '@/lib/framework';
import type { CouncilContext } from '@/lib/national';
import type { Council, RegisterRow, Snapshot } from '@/lib/register/schema';
import { formatMonth } from '@/lib/view/councils';
import { OGL_ATTRIBUTION } from '@/lib/view/sources';
import { Breadcrumbs } from './breadcrumbs';
import { CouncilContextView } from './council-context';
import { RatingBadge } from './rating-badge';
import { ScoreBadge } from './score-badge';
import { PROVENANCE_PATH } from '@/lib/view/national-meta';

type CouncilSummaryProps = { council: Council; row: RegisterRow; context: CouncilContext | undefined; snapshot: Snapshot };

/**
 * The page of a council the site knows only from the ratings register: CQC's
 * rating and nine scores with their labels, the month, the way to the full
 * report on CQC's website, and the council among all the others.
 */
export function CouncilSummary({ council, row, context, snapshot }: CouncilSummaryProps) {
  const earlier = council.rows.slice(1);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current={council.authority} />
      <h1>{council.authority}</h1>
      <p className="lead">
        Adult social care assessment by the Care Quality Commission (CQC), published{' '}
        <time dateTime={row.published}>{formatMonth(row.published)}</time>. This site holds CQC&apos;s rating and scores
        for it, not the report&apos;s text.
      </p>
      {row.reportUrl ? <p className="report-link"><a href={row.reportUrl}>Read the full report on CQC&apos;s website</a></p> : null}
      <section aria-labelledby="rating">
        <h2 id="rating">CQC&apos;s rating</h2>
        {row.rating === null ? (
          <p className="rating-unknown">
            <strong>Overall rating: not recorded.</strong> The register this page comes from does not record it, and this
            site does not work it out from the scores. The report on CQC&apos;s website gives it.
          </p>
        ) : <RatingBadge rating={row.rating} />}
      </section>
      <Scores row={row} />
      <CouncilContextView authority={council.authority} context={context} snapshot={snapshot} />
      {earlier.length > 0 ? <Earlier rows={earlier} /> : null}
      <section aria-labelledby="source" className="source-note">
        <h2 id="source">Source</h2>
        <p>
          CQC&apos;s rating and scores as its report prints them, from the site&apos;s <a href={PROVENANCE_PATH}>ratings
          register</a>{row.reportUrl ? <> (<a href={row.reportUrl}>the report on CQC&apos;s website</a>)</> : null}. {OGL_ATTRIBUTION}.
        </p>
      </section>
    </>
  );
}

/** The nine scores under their themes, each with CQC's label, in CQC's order. */
function Scores({ row }: { row: RegisterRow }) {
  return (
    <section aria-labelledby="scores">
      <h2 id="scores">CQC&apos;s quality statement scores</h2>
      {THEMES.map((theme) => (
        <section key={theme.number} aria-labelledby={`theme-${theme.number}`} className="theme-scores">
          <h3 id={`theme-${theme.number}`}>Theme {theme.number}: {theme.title}</h3>
          <ul className="score-list">
            {STATEMENTS.filter((s) => s.theme === theme.number).map((s) => {
              const score = row.scores[s.slug];
              return (
                <li key={s.slug}>
                  <span>{s.name}</span>
                  {score === null ? <span className="not-scored">Not scored in this assessment</span> : <ScoreBadge score={score} />}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** A council's earlier assessments: each a row of its own in the register. */
function Earlier({ rows }: { rows: RegisterRow[] }) {
  return (
    <section aria-labelledby="earlier">
      <h2 id="earlier">Earlier assessments</h2>
      <ul className="earlier-list">
        {rows.map((row) => (
          <li key={row.published}>
            {row.reportUrl ? <a href={row.reportUrl}>Published {formatMonth(row.published)}</a> : <>Published {formatMonth(row.published)}</>}: {row.rating ?? 'rating not recorded'};
            scores {STATEMENTS.map((s) => row.scores[s.slug] ?? 'not scored').join(', ')} (in CQC&apos;s order).
          </li>
        ))}
      </ul>
    </section>
  );
}
