import type { Assessment, Statement } from '@/lib/assessment';
import { findingAnchor, paragraphAnchor, scoped } from '@/lib/view/anchors';
import type { StatementMarks } from '@/lib/view/glossary-marks';
import { AnchorLink } from './anchor-link';
import type { ContentsEntry } from './contents-list';
import { ComparisonTable } from './comparison-table';
import { Heading, below, type Level } from './heading';
import { Prose } from './prose';

type StatementBodyProps = { assessment: Assessment; statement: Statement; level: Level; idPrefix?: string; marks?: StatementMarks; reportUrl: string | null };

const SECTION_IDS = { expect: 'what-people-expect', commitment: 'commitment', findings: 'key-findings', figures: 'national-data' } as const;

/** The contents of a statement's body, for a page's "On this page" list. */
export function statementContents(statement: Statement, idPrefix?: string): ContentsEntry[] {
  const id = (name: string) => scoped(idPrefix, name);
  return [
    ...(statement.whatPeopleExpect.length > 0 ? [{ id: id(SECTION_IDS.expect), label: 'What people expect' }] : []),
    { id: id(SECTION_IDS.commitment), label: 'The local authority commitment' },
    {
      id: id(SECTION_IDS.findings),
      label: 'Key findings',
      // Unheaded findings sit straight under "Key findings", whose entry already links there.
      children: statement.findings.flatMap((f) => f.heading === null ? [] : [{ id: id(findingAnchor(f)), label: f.heading }]),
    },
    { id: id(SECTION_IDS.figures), label: 'National data compared with England' },
  ];
}

/**
 * Everything the report says under one quality statement: what people
 * expect, the commitment, the key findings under their headings, and the
 * England-average table. `level` is the level of its section headings;
 * `marks` the glossary terms to mark in its texts (lib/view/glossary-marks.ts).
 * The sections have no accessible name, so they are not landmarks: a theme
 * page repeats them once per statement, and headings are the way around.
 */
export function StatementBody({ assessment, statement, level, idPrefix, marks, reportUrl }: StatementBodyProps) {
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
        {statement.findings.map((finding, findingIndex) => (
          <section key={finding.slug} className="finding">
            {finding.heading === null ? null : (
              <div className="anchored-heading">
                <Heading level={below(level)} id={id(findingAnchor(finding))}>{finding.heading}</Heading>
                <AnchorLink id={id(findingAnchor(finding))} kind="heading" label={`Link to the finding \u201C${finding.heading}\u201D`} />
              </div>
            )}
            {finding.paragraphs.map((paragraph, index) => (
              <div key={paragraph.line} id={id(paragraphAnchor(finding, index))} className="finding__paragraph">
                <Prose text={paragraph.text} terms={marks?.findings[findingIndex]?.[index]} />
                <AnchorLink id={id(paragraphAnchor(finding, index))} label={`Link to paragraph ${index + 1} of ${finding.heading === null ? 'the key findings' : `\u201C${finding.heading}\u201D`}`} />
              </div>
            ))}
          </section>
        ))}
      </section>
      <ComparisonTable assessment={assessment} statement={statement} level={level} idPrefix={idPrefix} id={id(SECTION_IDS.figures)} reportUrl={reportUrl} />
    </>
  );
}
