import { ACCESSED, type Citation } from '@/lib/view/citation';
import { Heading, type Level } from './heading';

type CitationBlockProps = { citation: Citation; heading?: { text: string; level: Level; id: string } };

/** A citation as labelled facts and as a Harvard-style reference; the access date is filled in on the reader's device. */
export function CitationBlock({ citation, heading }: CitationBlockProps) {
  const body = (
    <>
      <dl className="citation__facts">
        {citation.lines.map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd><WithAccessDate text={line.value} /></dd>
          </div>
        ))}
      </dl>
      <p className="citation__harvard">
        <span className="citation__label">Harvard style: </span>
        <WithAccessDate text={citation.harvard} />
      </p>
    </>
  );
  // A figure's citation sits in a table header cell, where a <section> may not go.
  if (!heading) return <div className="citation">{body}</div>;
  return (
    <section className="citation" aria-labelledby={heading.id}>
      <Heading level={heading.level} id={heading.id}>{heading.text}</Heading>
      {body}
    </section>
  );
}

/** Puts the reader's date where the citation says {accessed}; without JavaScript it asks the reader to add it. */
function WithAccessDate({ text }: { text: string }) {
  const [before, after] = text.split(ACCESSED);
  if (after === undefined) return text;
  return <>{before}<span data-accessed="">the date you read this</span>{after}</>;
}
