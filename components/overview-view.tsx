import { Arrival, type ArrivalContext } from './arrival';
import { Breadcrumbs } from './breadcrumbs';
import { Heading, type Level } from './heading';
import { CitationBlock } from './citation-block';
import { CONTEXT_ID, CouncilContextView, type NationalContext } from './council-context';
import { CouncilIdentity } from './council-identity';
import { NextSteps } from './next-steps';
import { BackToTop, ContentsList } from './contents-list';
import { TermsUsed, termsContents } from './terms-used';
import { JsonLd } from './json-ld';
import { OverallScore, ScoreHeadline } from './overall-score';
import { Prose } from './prose';
import { RatingBadge } from './rating-badge';
import { ScoreBadge } from './score-badge';
import { SourceLink } from './source-link';
import type { GlossaryEntry } from '@/lib/glossary';
import type { Assessment, Paragraph } from '@/lib/assessment';
import { OVERVIEW_SECTION_IDS as IDS, paragraphId } from '@/lib/view/anchors';
import { formatDate } from '@/lib/view/format';
import { overviewMarks, overviewTerms } from '@/lib/view/glossary-marks';
import { absoluteUrl } from '@/lib/site';
import { NEXT_STEPS_ID } from '@/lib/view/next-steps';
import { citeReport } from '@/lib/view/citation';
import { downloadPath, downloadsFor } from '@/lib/view/downloads';
import { assessmentPath, sectionPath } from '@/lib/view/navigation';
import { monthOf } from '@/lib/register/cross-check';
import type { EnglandCouncil } from '@/lib/register/schema';
import { OGL_ATTRIBUTION, OGL_URL } from '@/lib/view/sources';

type OverviewViewProps = {
  assessment: Assessment;
  /** The report on CQC's website (lib/content.ts getReportUrl), or null where the register has none. */
  reportUrl: string | null;
  /** How all councils were rated and scored: shown where given. */
  national?: NationalContext;
  /** What and where the council is, where it is one of England's councils (null for one outside the list). */
  england?: EnglandCouncil | null;
};

/**
 * The overview of a full report. CQC's voice leads: the council, CQC's
 * rating with the scale in words, CQC's printed overall score (or the site's
 * calculation, labelled as the site's) and the way to CQC's report, all on
 * the first screen of a phone; then the contents, the scores by theme, the
 * council among all councils (where `national` is given), the site's working
 * of the overall score, the summaries, About, downloads and the citation.
 */
export function OverviewView({ assessment, reportUrl, national, england }: OverviewViewProps) {
  const { about, peoplesExperiences: experiences, strengthsAndNextSteps: strengths } = assessment;
  const marks = overviewMarks(assessment);
  const terms = overviewTerms(marks);
  const contents = [
    { id: 'scores', label: 'Quality statement scores' },
    ...(national ? [{ id: CONTEXT_ID, label: 'Among all councils' }] : []),
    { id: 'overall-score', label: 'How the overall score is worked out' },
    ...(experiences ? [{ id: IDS.peoplesExperiences, label: experiences.heading }] : []),
    ...(strengths ? [{ id: IDS.strengthsAndNextSteps, label: strengths.heading }] : []),
    ...(about ? [{ id: 'about', label: about.heading }] : []),
    ...termsContents(terms),
    { id: 'downloads', label: 'Download the data' },
    { id: 'cite', label: 'Cite this report' },
    { id: NEXT_STEPS_ID, label: 'What you can do' },
  ];
  const url = absoluteUrl(assessmentPath(assessment));
  const arrival = (id: string, part: string): ArrivalContext => ({
    authority: assessment.authority, part, score: null, rating: assessment.rating, href: `${assessmentPath(assessment)}#${id}`,
  });
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current={assessment.authority} />
      <h1>{assessment.authority}</h1>
      <p className="lead">
        Adult social care assessment by the Care Quality Commission (CQC), published{' '}
        <time dateTime={assessment.published}>{formatDate(assessment.published)}</time>.
      </p>
      <section aria-labelledby="rating" className="rating-section">
        <h2 id="rating" className="visually-hidden">CQC&apos;s rating</h2>
        <RatingBadge rating={assessment.rating} scale><ScoreHeadline assessment={assessment} /></RatingBadge>
        <SourceLink reportUrl={reportUrl} published={assessment.published} />
      </section>
      {/* What and where the council is: after CQC's rating, which a phone's first screen must show (tests/e2e/trust.spec.ts). */}
      {england ? <CouncilIdentity england={england} /> : null}
      <ContentsList entries={contents} />
      <section aria-labelledby="scores">
        <h2 id="scores">Quality statement scores</h2>
        {assessment.themes.map((theme) => (
          <section key={theme.slug} aria-labelledby={`theme-${theme.number}`} className="theme-scores">
            <h3 id={`theme-${theme.number}`}>
              <a href={sectionPath(assessment, theme)}>Theme {theme.number}: {theme.title}</a>
            </h3>
            <ul className="score-list">
              {theme.statements.map((s) => (
                <li key={s.slug}>
                  <a className="score-list__name" href={sectionPath(assessment, s)}>{s.name}</a>
                  <ScoreBadge score={s.score} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      {national ? <CouncilContextView authority={assessment.authority} {...national} published={monthOf(assessment)} /> : null}
      <OverallScore assessment={assessment} level={2} />
      {experiences ? <TextSection id={IDS.peoplesExperiences} heading={experiences.heading} paragraphs={experiences.paragraphs} terms={marks.peoplesExperiences} arrival={arrival(IDS.peoplesExperiences, experiences.heading)} /> : null}
      {strengths ? <TextSection id={IDS.strengthsAndNextSteps} heading={strengths.heading} paragraphs={strengths.paragraphs} terms={marks.strengthsAndNextSteps} arrival={arrival(IDS.strengthsAndNextSteps, strengths.heading)} /> : null}
      {about ? (
        <section aria-labelledby="about">
          <h2 id="about">{about.heading}</h2>
          {about.demographics ? <TextSection id={IDS.demographics} heading={about.demographics.heading} paragraphs={about.demographics.paragraphs} level={3} terms={marks.demographics} arrival={arrival(about.demographics.heading === null ? 'about' : IDS.demographics, about.demographics.heading ?? about.heading)} /> : null}
          {about.financialFacts ? (
            <section aria-labelledby="financial-facts">
              <h3 id="financial-facts">{about.financialFacts.heading}</h3>
              {about.financialFacts.introduction ? <Prose text={about.financialFacts.introduction.text} terms={marks.financialIntroduction} /> : null}
              <ul>{about.financialFacts.items.map((item, index) => <li key={item.line}><Prose text={item.text} inline terms={marks.financialItems[index]} /></li>)}</ul>
              {about.financialFacts.paragraphs.map((p, index) => <Prose key={p.line} text={p.text} terms={marks.financialParagraphs[index]} />)}
            </section>
          ) : null}
        </section>
      ) : null}
      <TermsUsed terms={terms} level={2} />
      <section aria-labelledby="downloads">
        <h2 id="downloads">Download the data</h2>
        <p>Everything on these pages, as data: exactly the figures and words of the report.</p>
        <ul className="downloads">
          {downloadsFor(assessment, { absolute: absoluteUrl, reportUrl }).map((d) => (
            <li key={d.file}>
              <a href={downloadPath(d.file)} download={d.file}>{d.title}</a>{' '}
              <span className="downloads__file">{d.file}, {Math.max(1, Math.round(Buffer.byteLength(d.body()) / 1024))} KB</span>
            </li>
          ))}
        </ul>
        <p><a href={FORMATS_URL}>What the columns and keys mean</a>.</p>
        <p className="downloads__licence">
          The report&apos;s text and figures are Crown copyright. <a href={OGL_URL} rel="license">{OGL_ATTRIBUTION}</a>:
          each CSV row says so, and the JSON, exactly the report as data, is offered on the same terms.
        </p>
      </section>
      <CitationBlock citation={citeReport(assessment, { report: reportUrl, readAt: url })} heading={{ text: 'Cite this report', level: 2, id: 'cite' }} />
      <JsonLd assessment={assessment} url={url} reportUrl={reportUrl ?? url} />
      <NextSteps authority={assessment.authority} />
      <BackToTop />
    </>
  );
}

const FORMATS_URL = '/data-formats';

type TextSectionProps = { id: string; heading: string | null; paragraphs: Paragraph[]; level?: Level; terms: GlossaryEntry[][]; arrival: ArrivalContext };

/**
 * A summary or About section, each paragraph with its own address (`peoples-experiences-p2`) for search results to link to,
 * and what a reader arriving there by it is shown (components/arrival.tsx).
 * Demographics printed straight under the About heading have no heading of their own, and get none.
 */
function TextSection({ id, heading, paragraphs, level = 2, terms, arrival }: TextSectionProps) {
  const body = paragraphs.map((p, index) => (
    <div key={p.line} id={paragraphId(id, index)} className="overview-paragraph">
      <Arrival context={arrival} />
      <Prose text={p.text} terms={terms[index]} />
    </div>
  ));
  if (heading === null) return <div id={id}>{body}</div>;
  return (
    <section aria-labelledby={id}>
      <Heading level={level} id={id}>{heading}</Heading>
      {body}
    </section>
  );
}
