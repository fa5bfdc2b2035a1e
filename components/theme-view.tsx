import type { Assessment, Theme } from '@/lib/assessment';
import { statementMarks, statementTerms } from '@/lib/view/glossary-marks';
import { assessmentPath, sectionPath } from '@/lib/view/navigation';
import { Breadcrumbs } from './breadcrumbs';
import { BackToTop, ContentsList } from './contents-list';
import { Prose } from './prose';
import { ScoreBadge } from './score-badge';
import { SourceLink } from './source-link';
import { StatementBody, statementContents } from './statement-body';
import { TermsUsed, termsContents } from './terms-used';

type ThemeViewProps = {
  assessment: Assessment; theme: Theme;
  /** The report on CQC's website (lib/content.ts getReportUrl), or null where the register has none. */
  reportUrl: string | null;
};

/** One theme: each of its statements with badge, expectations, commitment, findings and England-average table. */
export function ThemeView({ assessment, theme, reportUrl }: ThemeViewProps) {
  const title = `Theme ${theme.number}: ${theme.title}`;
  // One pass for the whole page: a term is marked in the first statement that uses it.
  const marks = statementMarks(theme.statements);
  const terms = statementTerms(marks);
  return (
    <>
      <Breadcrumbs
        trail={[{ href: '/', label: 'Home' }, { href: assessmentPath(assessment), label: assessment.authority }]}
        current={title}
      />
      <p className="page-caption page-caption--tight">{assessment.authority}</p>
      <h1>{title}</h1>
      <ul className="score-list">
        {theme.statements.map((s) => (
          <li key={s.slug}><a className="score-list__name" href={`#${s.slug}`}>{s.name}</a> <ScoreBadge score={s.score} /></li>
        ))}
      </ul>
      <SourceLink reportUrl={reportUrl} published={assessment.published} />
      {theme.notes.map((note) => <Prose key={note.line} className="theme-note" text={note.text} />)}
      <ContentsList entries={[
        ...theme.statements.map((s) => ({ id: s.slug, label: s.name, children: statementContents(s, s.slug) })),
        ...termsContents(terms),
      ]} />
      {theme.statements.map((statement, index) => (
        <section key={statement.slug} aria-labelledby={statement.slug} className="theme-statement">
          <h2 id={statement.slug}>{statement.name}</h2>
          <p className="statement-score"><ScoreBadge score={statement.score} /></p>
          <p><a href={sectionPath(assessment, statement)}>Open {statement.name} on its own page</a></p>
          <StatementBody assessment={assessment} statement={statement} level={3} idPrefix={statement.slug} marks={marks[index]} reportUrl={reportUrl} explainLinks={index === 0} />
          <BackToTop />
        </section>
      ))}
      <TermsUsed terms={terms} level={2} />
      <ul className="way-back">
        <li><a href={assessmentPath(assessment)}>Back to the {assessment.authority} overview</a></li>
      </ul>
    </>
  );
}
