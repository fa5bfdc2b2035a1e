import type { Assessment, Statement, Theme } from '@/lib/assessment';
import { absoluteUrl } from '@/lib/site';
import { citeStatement } from '@/lib/view/citation';
import { statementMarks, statementTerms } from '@/lib/view/glossary-marks';
import { assessmentPath, sectionPath } from '@/lib/view/navigation';
import { Breadcrumbs } from './breadcrumbs';
import { CitationBlock } from './citation-block';
import { BackToTop, ContentsList } from './contents-list';
import { JsonLd } from './json-ld';
import { ScoreBadge } from './score-badge';
import { SourceLink } from './source-link';
import { StatementBody, statementContents } from './statement-body';
import type { NationalContext } from './council-context';
import { StatementContextSection } from './statement-context';
import { TermsUsed, termsContents } from './terms-used';

type StatementViewProps = {
  assessment: Assessment; theme: Theme; statement: Statement; previous: Statement | null; next: Statement | null;
  /** The report on CQC's website (lib/content.ts getReportUrl), or null where the register has none. */
  reportUrl: string | null;
  /** How all councils scored: shown where given. */
  national?: NationalContext;
};

/**
 * The page councillors link to: one quality statement. Its name and CQC's
 * score with the whole scale in words come first, then the way to CQC's
 * report; its neighbours, theme and overview are linked at the end.
 */
export function StatementView({ assessment, theme, statement, previous, next, reportUrl, national }: StatementViewProps) {
  const themeLabel = `Theme ${theme.number}: ${theme.title}`;
  const url = absoluteUrl(sectionPath(assessment, statement));
  const marks = statementMarks([statement]);
  const terms = statementTerms(marks);
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/', label: 'Home' },
          { href: assessmentPath(assessment), label: assessment.authority },
          { href: sectionPath(assessment, theme), label: themeLabel },
        ]}
        current={statement.name}
      />
      <p className="page-caption page-caption--tight">{assessment.authority}</p>
      <h1>{statement.name}</h1>
      <ScoreBadge score={statement.score} scale />
      <SourceLink reportUrl={reportUrl} published={assessment.published} />
      <ContentsList entries={[
        ...statementContents(statement),
        ...termsContents(terms),
        { id: 'cite', label: 'Cite this page' },
      ]} />
      <StatementBody assessment={assessment} statement={statement} level={2} marks={marks[0]} reportUrl={reportUrl} explainLinks
        arrival={{ authority: assessment.authority, part: statement.name, score: statement.score, href: sectionPath(assessment, statement) }} />
      {national ? <StatementContextSection assessment={assessment} statement={statement} national={national} /> : null}
      <TermsUsed terms={terms} level={2} />
      <CitationBlock citation={citeStatement(assessment, statement, { report: reportUrl, readAt: url })} heading={{ text: 'Cite this page', level: 2, id: 'cite' }} />
      <JsonLd assessment={assessment} url={url} reportUrl={reportUrl ?? absoluteUrl(assessmentPath(assessment))} page={`${statement.name}: score ${statement.score} of 4`} />
      <nav className="pager" aria-label="Quality statements">
        <ul>
          {previous ? (
            <li className="pager__previous"><a href={sectionPath(assessment, previous)} rel="prev"><span className="pager__label">Previous statement</span> {previous.name}</a></li>
          ) : null}
          {next ? (
            <li className="pager__next"><a href={sectionPath(assessment, next)} rel="next"><span className="pager__label">Next statement</span> {next.name}</a></li>
          ) : null}
        </ul>
      </nav>
      <ul className="way-back">
        <li><a href={sectionPath(assessment, theme)}>Back to {themeLabel}</a></li>
        <li><a href={assessmentPath(assessment)}>Back to the {assessment.authority} overview</a></li>
      </ul>
      <BackToTop />
    </>
  );
}
