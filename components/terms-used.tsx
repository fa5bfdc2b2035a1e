import { GLOSSARY_PATH, type GlossaryEntry } from '@/lib/glossary';
import type { ContentsEntry } from './contents-list';
import { Heading, type Level } from './heading';

/** The id and heading of a page's list of terms. */
const TERMS_ID = 'terms';
const TERMS_HEADING = 'Terms used on this page';

/** The list's entry in a page's contents, when the page uses any term. */
export function termsContents(terms: readonly GlossaryEntry[]): ContentsEntry[] {
  return terms.length > 0 ? [{ id: TERMS_ID, label: TERMS_HEADING }] : [];
}

type TermsUsedProps = { terms: readonly GlossaryEntry[]; level: Level };

/**
 * The glossary terms a page uses (lib/view/glossary-marks.ts), explained in
 * one list after the report's text, in the site's words and labelled so.
 * Inside CQC's text a term is only marked (<abbr>/<dfn> with a title), not
 * linked: ten terms on a page would be ten more Tab stops (issue 13), and the
 * explanations stay apart from what CQC wrote. Nothing when the page uses none.
 */
export function TermsUsed({ terms, level }: TermsUsedProps) {
  if (terms.length === 0) return null;
  return (
    <section className="terms-used">
      <Heading level={level} id={TERMS_ID}>{TERMS_HEADING}</Heading>
      <p className="terms-used__note">
        Explained by this site, not by CQC. The <a href={GLOSSARY_PATH}>glossary</a> has every term and dataset.
      </p>
      <dl>
        {terms.map((entry) => (
          <div key={entry.id} id={`${TERMS_ID}-${entry.id}`}>
            <dt>{entry.abbreviation ? <><abbr>{entry.abbreviation}</abbr>: {entry.term}</> : entry.term}</dt>
            {entry.definition.map((text) => <dd key={text}>{text}</dd>)}
          </div>
        ))}
      </dl>
    </section>
  );
}
