import { ACCESSED, type Citation } from '@/lib/view/citation';
import { Heading, type Level } from './heading';

type CitationBlockProps = { citation: Citation; heading: { text: string; level: Level; id: string } };

/** A page's citation as labelled facts and as a Harvard-style reference; the access date is filled in on the reader's device. */
export function CitationBlock({ citation, heading }: CitationBlockProps) {
  return (
    <section className="citation" aria-labelledby={heading.id}>
      <Heading level={heading.level} id={heading.id}>{heading.text}</Heading>
      <dl className="citation__facts">
        {citation.lines.map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd><WithAccessDate text={line.value} /></dd>
          </div>
        ))}
      </dl>
      <Harvard citation={citation} />
    </section>
  );
}

/**
 * A figure's citation, compact because every table row has one: the plain
 * text as lines of one paragraph, then the Harvard reference. It sits in a
 * table header cell, where a <section> or heading may not go.
 */
export function CompactCitation({ citation }: { citation: Citation }) {
  return (
    <div className="citation citation--compact">
      <p className="citation__plain"><WithAccessDate text={citation.plain} /></p>
      <Harvard citation={citation} />
    </div>
  );
}

function Harvard({ citation }: { citation: Citation }) {
  return (
    <p className="citation__harvard">
      <span className="citation__label">Harvard style: </span>
      <WithAccessDate text={citation.harvard} />
    </p>
  );
}

/** Puts the reader's date where the citation says {accessed}; without JavaScript it asks the reader to add it. */
function WithAccessDate({ text }: { text: string }) {
  const [before, after] = text.split(ACCESSED);
  if (after === undefined) return text;
  return <>{before}<span data-accessed="">the date you read this</span>{after}</>;
}
