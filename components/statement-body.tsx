import type { Assessment, Finding, Statement } from '@/lib/assessment';
import { findingAnchor, paragraphAnchor, scoped } from '@/lib/view/anchors';
import type { StatementMarks } from '@/lib/view/glossary-marks';
import { sectionPath } from '@/lib/view/navigation';
import { ShareLink } from './anchor-link';
import { Arrival, type ArrivalContext } from './arrival';
import type { ContentsEntry } from './contents-list';
import { ComparisonTable } from './comparison-table';
import { Heading, below, type Level } from './heading';
import { Prose } from './prose';

type StatementBodyProps = {
  assessment: Assessment; statement: Statement; level: Level; idPrefix?: string; marks?: StatementMarks; reportUrl: string | null;
  /** Whether to say, once before the first finding, what the findings' links are for (the first statement on a page). */
  explainLinks?: boolean;
  /** What a reader arriving at a finding, paragraph or figure by its address is shown (components/arrival.tsx). */
  arrival: ArrivalContext;
};

const SECTION_IDS = { expect: 'what-people-expect', commitment: 'commitment', findings: 'key-findings', figures: 'national-data' } as const;

/** The sections of a statement's body, for a page's "On this page" list. */
export function statementContents(statement: Statement, idPrefix?: string): ContentsEntry[] {
  const id = (name: string) => scoped(idPrefix, name);
  // "What people expect" and the commitment follow the list straight away, so it starts at the findings: a
  // keyboard reader tabs past two fewer links (the Safeguarding page's budget of 45 stops holds with each
  // finding's "Link to a paragraph").
  return [
    // The findings are not listed one by one: their headings follow straight after "Key findings", and a
    // link each here would double the stops a keyboard reader tabs through (issue 13).
    { id: id(SECTION_IDS.findings), label: 'Key findings' },
    { id: id(SECTION_IDS.figures), label: 'National data compared with England' },
  ];
}

/**
 * The one address to share for a finding: on its statement's page, also when
 * the finding is shown on a theme page (whose own ids still take old links).
 */
export function findingShareHref(assessment: Pick<Assessment, 'slug'>, statement: Pick<Statement, 'slug'>, finding: Pick<Finding, 'slug'>): string {
  return `${sectionPath(assessment, statement)}#${findingAnchor(finding)}`;
}

/**
 * Everything the report says under one quality statement: what people
 * expect, the commitment, the key findings under their headings, and the
 * England-average table. `level` is the level of its section headings;
 * `marks` the glossary terms to mark in its texts (lib/view/glossary-marks.ts).
 * Each finding has one visible "Link to this finding"; its paragraphs keep
 * their own addresses (`#...-p5`, which land and highlight) without a link
 * each, so a reader tabs through one stop per finding, not per paragraph.
 * The sections have no accessible name, so they are not landmarks: a theme
 * page repeats them once per statement, and headings are the way around.
 */
export function StatementBody({ assessment, statement, level, idPrefix, marks, reportUrl, explainLinks = false, arrival }: StatementBodyProps) {
  const id = (name: string) => scoped(idPrefix, name);
  return (
    <>
      {statement.whatPeopleExpect.length > 0 ? (
        <section>
          <Heading level={level} id={id(SECTION_IDS.expect)}>What people expect</Heading>
          <ul className="expectations">
            {statement.whatPeopleExpect.map((text, index) => <li key={index}><Prose text={text} inline terms={marks?.expectations[index]} /></li>)}
          </ul>
        </section>
      ) : null}
      <section>
        <Heading level={level} id={id(SECTION_IDS.commitment)}>The local authority commitment</Heading>
        <Prose className="commitment" text={statement.commitment} terms={marks?.commitment} />
      </section>
      <section>
        <Heading level={level} id={id(SECTION_IDS.findings)}>Key findings</Heading>
        <Arrival context={arrival} />
        {explainLinks ? (
          <p className="share-hint">
            Each finding has a &ldquo;Link to this finding&rdquo;: its address on the {statement.name} page. Share it to send
            someone straight to that finding, or open &ldquo;Link to a paragraph&rdquo; for one paragraph&apos;s address.
          </p>
        ) : null}
        {statement.findings.map((finding, findingIndex) => (
          <section key={finding.slug} className="finding">
            {/* An unheaded finding sits straight under "Key findings", whose id is its address. */}
            {finding.heading === null ? null : <Heading level={below(level)} id={id(findingAnchor(finding))} className="finding__heading">{finding.heading}</Heading>}
            {finding.heading === null ? null : <Arrival context={arrival} />}
            <FindingLinks assessment={assessment} statement={statement} finding={finding} />
            {finding.paragraphs.map((paragraph, index) => (
              <div key={paragraph.line} id={id(paragraphAnchor(finding, index))} className="finding__paragraph">
                <Arrival context={arrival} />
                <Prose text={paragraph.text} terms={marks?.findings[findingIndex]?.[index]} />
              </div>
            ))}
          </section>
        ))}
      </section>
      <ComparisonTable assessment={assessment} statement={statement} level={level} idPrefix={idPrefix} id={id(SECTION_IDS.figures)} reportUrl={reportUrl} arrival={arrival} />
    </>
  );
}

/** The first words of a paragraph, to tell its link from its neighbours' ("The local authority recorded 64 ..."). */
export function firstWords(text: string, count = 8): string {
  const words = text.replace(/[*_`#>[\]]/g, '').split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')} \u2026` : words.join(' ');
}

type FindingLinksProps = { assessment: Assessment; statement: Statement; finding: Finding };

/**
 * A finding's links: "Link to this finding", always shown, and where the
 * finding has more than one paragraph, "Link to a paragraph", a disclosure
 * (works without JavaScript) holding each paragraph's address with its first
 * words. One Tab stop for the paragraphs of a finding, however many.
 */
function FindingLinks({ assessment, statement, finding }: FindingLinksProps) {
  const name = finding.heading ?? `the key findings of ${statement.name}`;
  const path = sectionPath(assessment, statement);
  return (
    <div className="finding__link">
      <ShareLink href={findingShareHref(assessment, statement, finding)} text="Link to this finding" name={name} />
      {finding.paragraphs.length > 1 ? (
        <details className="paragraph-links">
          <summary>Link to a paragraph<span className="visually-hidden"> of {name}</span></summary>
          <ol>
            {finding.paragraphs.map((paragraph, index) => (
              <li key={paragraph.line}>
                <ShareLink href={`${path}#${paragraphAnchor(finding, index)}`} text={`Link to paragraph ${index + 1}`} name={firstWords(paragraph.text)} />
                <span className="paragraph-links__words" aria-hidden="true">: {firstWords(paragraph.text)}</span>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
