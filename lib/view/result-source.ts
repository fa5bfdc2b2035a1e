/**
 * A later result's source as the page shows it. The source is the record of
 * where the result was found: addresses, and the words found there, quoted
 * ("Published: 5 December 2025"). The page keeps every word and shows each
 * address as a link named by its website, each quotation as a quotation.
 */

export type SourcePart =
  | { kind: 'text'; text: string }
  | { kind: 'link'; href: string; text: string }
  | { kind: 'quote'; text: string };

/** An address, or words in straight double quotes (as a CSV cell holds them once read). */
const PIECES = /(https?:\/\/[^\s"()<>]+)|"([^"]*)"/g;
/** Punctuation that ends a sentence after an address rather than belonging to it. */
const TRAILING = /[.,;:]+$/;

/** The website an address is on, as a reader names it: "cqc.org.uk". */
export function siteOf(href: string): string {
  return new URL(href).hostname.replace(/^www\./, '');
}

/**
 * The source in parts, in order: text, links and quotations. Joined back
 * (a link as its address, a quotation in its quotes) they are the source
 * exactly, so nothing of the record is lost.
 */
export function sourceParts(source: string): SourcePart[] {
  const parts: SourcePart[] = [];
  const text = (t: string) => {
    if (t === '') return;
    const last = parts.at(-1);
    if (last?.kind === 'text') last.text += t;
    else parts.push({ kind: 'text', text: t });
  };
  let at = 0;
  for (const match of source.matchAll(PIECES)) {
    text(source.slice(at, match.index));
    const [whole, address, quoted] = match;
    if (address !== undefined) {
      const href = address.replace(TRAILING, '');
      if (URL.canParse(href)) parts.push({ kind: 'link', href, text: siteOf(href) });
      else text(href);
      text(address.slice(href.length));
    } else {
      // The quotation's group always takes part where the address's does not.
      parts.push({ kind: 'quote', text: String(quoted) });
    }
    at = match.index + whole.length;
  }
  text(source.slice(at));
  return parts;
}

/** The parts joined back into the source's own text. */
export function sourceText(parts: readonly SourcePart[]): string {
  return parts.map((p) => (p.kind === 'link' ? p.href : p.kind === 'quote' ? `"${p.text}"` : p.text)).join('');
}
