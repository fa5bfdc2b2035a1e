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
      <Harvard citation={citation} id={`${heading.id}-reference`} />
    </section>
  );
}

/**
 * A figure's citation, compact because every figure has one: the plain text
 * as lines of one paragraph, then the Harvard reference. `id` names the
 * reference, for its copy button.
 */
export function CompactCitation({ citation, id }: { citation: Citation; id: string }) {
  return (
    <div className="citation citation--compact">
      <p className="citation__plain"><WithAccessDate text={citation.plain} /></p>
      <Harvard citation={citation} id={id} />
    </div>
  );
}

/**
 * The Harvard reference, and a button to copy it. The button is `hidden`
 * until lib/browser/enhance.ts shows it, so without JavaScript there is no
 * button that does nothing, and the reference reads as plain text.
 */
function Harvard({ citation, id }: { citation: Citation; id: string }) {
  return (
    <>
      <p className="citation__harvard">
        <span className="citation__label">Harvard style: </span>
        <span id={id}><WithAccessDate text={citation.harvard} /></span>
      </p>
      <button type="button" className="copy-button" data-copy={id} hidden>Copy the reference</button>
    </>
  );
}

/** Puts the reader's date where the citation says {accessed}; without JavaScript it asks the reader to add it. */
function WithAccessDate({ text }: { text: string }) {
  const [before, after] = text.split(ACCESSED);
  if (after === undefined) return text;
  return <>{before}<span data-accessed="">the date you read this</span>{after}</>;
}
