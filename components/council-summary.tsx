import { STATEMENTS, THEMES } from '@/lib/framework';
import type { CouncilContext } from '@/lib/national';
import type { Council, RegisterRow, Snapshot } from '@/lib/register/schema';
import { OVERALL_NOT_RECORDED, figureHeadline, missingScoreText, resultFigure } from '@/lib/view/council-facts';
import { formatMonth } from '@/lib/view/councils';
import { formatDate } from '@/lib/view/format';
import { PROVENANCE_PATH } from '@/lib/view/national-meta';
import { OGL_ATTRIBUTION } from '@/lib/view/sources';
import { Breadcrumbs } from './breadcrumbs';
import { CouncilContextView } from './council-context';
import { CouncilIdentity } from './council-identity';
import { NextSteps } from './next-steps';
import { EarlierResults, ReportLink } from './council-results';
import { RatingBadge } from './rating-badge';
import { ResultSource } from './result-source';
import { ScoreBadge } from './score-badge';

type CouncilSummaryProps = { council: Council; row: RegisterRow; context: CouncilContext | undefined; snapshot: Snapshot };

/**
 * The page of a council whose result the site holds but not its report: CQC's
 * rating, overall score and nine scores with their labels, the month, the way
 * to the report on CQC's website, and the council among all the others. A
 * result from the ratings register is CQC's as the register compiles it; a
 * later result is CQC's as a named source records it, and the page says so.
 */
export function CouncilSummary({ council, row, context, snapshot }: CouncilSummaryProps) {
  const later = row.origin === 'later';
  const headline = figureHeadline(resultFigure(row));
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current={council.authority} />
      <h1>{council.authority}</h1>
      {council.england ? <CouncilIdentity england={council.england} /> : null}
      <p className="lead">
        Adult social care assessment by the Care Quality Commission (CQC), published{' '}
        <time dateTime={row.published}>{formatMonth(row.published)}</time>.{' '}
        {later ? 'This site holds CQC\u2019s result as a source records it, not the report\u2019s text.' : 'This site holds CQC\u2019s rating and scores for it, not the report\u2019s text.'}
      </p>
      {later && row.source ? (
        <p className="result-source">
          CQC published this result after the site&apos;s ratings register was complete ({formatDate(snapshot.date)}). It is
          CQC&apos;s result, recorded from <ResultSource source={row.source} />.
        </p>
      ) : null}
      <ReportLink reportUrl={row.reportUrl} />
      <section aria-labelledby="rating">
        <h2 id="rating">CQC&apos;s rating</h2>
        {row.rating === null ? (
          <p className="rating-unknown">
            <strong>Overall rating: not recorded.</strong>{' '}
            {later ? 'No source this site found gives it' : 'The register this page comes from does not record it'}, and this
            site does not work it out from the scores. The report on CQC&apos;s website gives it.
          </p>
        ) : <RatingBadge rating={row.rating} />}
        <p className={`score-headline score-headline--${headline.by}`}>{headline.text}</p>
        {headline.by === 'none' ? <p>{OVERALL_NOT_RECORDED}</p> : null}
      </section>
      <Scores row={row} />
      <CouncilContextView authority={council.authority} context={context} snapshot={snapshot} />
      <EarlierResults rows={council.rows.slice(1)} />
      <section aria-labelledby="source" className="source-note">
        <h2 id="source">Source</h2>
        <p>
          {later
            ? <>CQC&apos;s result as the source above records it, from the site&apos;s later results, added one by one after the <a href={PROVENANCE_PATH}>ratings register</a>&apos;s snapshot</>
            : <>CQC&apos;s rating and scores as its report prints them, from the site&apos;s <a href={PROVENANCE_PATH}>ratings register</a></>}
          {row.reportUrl ? <> (<a href={row.reportUrl}>the report on CQC&apos;s website</a>)</> : null}. {OGL_ATTRIBUTION}.
        </p>
      </section>
      <NextSteps authority={council.authority} />
    </>
  );
}

/** The nine scores under their themes, each with CQC's label, in CQC's order; a score the site does not hold says why, by where the result comes from. */
function Scores({ row }: { row: RegisterRow }) {
  return (
    <section aria-labelledby="scores">
      <h2 id="scores">CQC&apos;s quality statement scores</h2>
      {row.origin === 'later' && STATEMENTS.some((s) => row.scores[s.slug] === null)
        ? <p>A score shown as not recorded is one no source this site found gives; the report on CQC&apos;s website has it.</p>
        : null}
      {THEMES.map((theme) => (
        <section key={theme.number} aria-labelledby={`theme-${theme.number}`} className="theme-scores">
          <h3 id={`theme-${theme.number}`}>Theme {theme.number}: {theme.title}</h3>
          <ul className="score-list">
            {STATEMENTS.filter((s) => s.theme === theme.number).map((s) => {
              const score = row.scores[s.slug];
              return (
                <li key={s.slug}>
                  <span>{s.name}</span>
                  {score === null ? <span className="not-scored">{missingScoreText(row.origin)}</span> : <ScoreBadge score={score} />}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
