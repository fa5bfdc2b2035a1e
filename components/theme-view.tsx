import type { Assessment, Theme } from '@/lib/assessment';
import { STATEMENTS } from '@/lib/framework';
import { findingAnchor, paragraphAnchor, scoped } from '@/lib/view/anchors';
import { assessmentPath, sectionPath } from '@/lib/view/navigation';
import { Arrival } from './arrival';
import { Breadcrumbs } from './breadcrumbs';
import { ComparisonTable } from './comparison-table';
import { BackToTop, ContentsList } from './contents-list';
import { ScoreBadge } from './score-badge';
import { SourceLink } from './source-link';

type ThemeViewProps = {
  assessment: Assessment; theme: Theme;
  /** The report on CQC's website (lib/content.ts getReportUrl), or null where the register has none. */
  reportUrl: string | null;
};

/**
 * One theme, at a glance: each of its statements with CQC's score, the
 * headings of CQC's key findings (each linking to the finding on the
 * statement's page, where the full text is) and the England-average table.
 * The addresses the theme page gave findings and paragraphs when it held
 * them in full still land here, on the finding's link, with where the reader
 * is (components/arrival.tsx). CQC's note that not every statement is always
 * reviewed is shown, and explained, only where this theme's report left one out.
 */
export function ThemeView({ assessment, theme, reportUrl }: ThemeViewProps) {
  const title = `Theme ${theme.number}: ${theme.title}`;
  const inFramework = STATEMENTS.filter((s) => s.theme === theme.number).length;
  const missing = inFramework - theme.statements.length;
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
      {missing > 0 ? (
        <p className="theme-note">
          CQC&apos;s framework has {inFramework} quality statements in this theme; this report scores {theme.statements.length}.
          CQC&apos;s report says: &ldquo;We may not always review all quality statements during every assessment.&rdquo;
        </p>
      ) : null}
      <p>Each quality statement&apos;s page has CQC&apos;s findings in full; this page gives the scores, the findings&apos; headings and the figures.</p>
      <ContentsList entries={theme.statements.map((s) => ({ id: s.slug, label: s.name }))} />
      {theme.statements.map((statement) => {
        const path = sectionPath(assessment, statement);
        const arrival = { authority: assessment.authority, part: statement.name, score: statement.score, href: path };
        const id = (name: string) => scoped(statement.slug, name);
        return (
          <section key={statement.slug} aria-labelledby={statement.slug} className="theme-statement">
            <h2 id={statement.slug}>{statement.name}</h2>
            <p className="statement-score"><ScoreBadge score={statement.score} /></p>
            {/* The addresses of the sections the theme page once held in full. */}
            <span id={id('what-people-expect')} /><span id={id('commitment')} />
            <h3 id={id('key-findings')}>CQC&apos;s key findings</h3>
            <Arrival context={arrival} />
            <ul className="finding-headings">
              {statement.findings.map((finding) => (
                // An unheaded finding's address is "Key findings" itself, which the heading above carries.
                <li key={finding.slug} id={finding.heading === null ? undefined : id(findingAnchor(finding))}>
                  {finding.paragraphs.map((p, index) => <span key={p.line} id={id(paragraphAnchor(finding, index))} />)}
                  <Arrival context={arrival} />
                  <a href={`${path}#${findingAnchor(finding)}`}>{finding.heading ?? `Key findings of ${statement.name}`}</a>
                </li>
              ))}
            </ul>
            <p className="theme-statement__more"><a href={path}>Read all of CQC&apos;s findings on {statement.name}</a></p>
            <ComparisonTable assessment={assessment} statement={statement} level={3} idPrefix={statement.slug} id={id('national-data')} reportUrl={reportUrl} arrival={arrival} />
            <BackToTop />
          </section>
        );
      })}
      <ul className="way-back">
        <li><a href={assessmentPath(assessment)}>Back to the {assessment.authority} overview</a></li>
      </ul>
    </>
  );
}
