import { key } from './blocks';
import type { Reader } from './reader';
import type { About, Paragraph } from './schema';
import { readParagraphs } from './findings';

/**
 * The optional "About <authority>" section: demographics (under a
 * "Demographics" heading, or straight under the About heading) and the
 * financial facts (a "Financial facts" heading, an optional introduction line
 * such as "The financial facts for Hounslow are:", a list, then a note).
 */

const DEMOGRAPHICS = key('Demographics');
const FINANCIAL_FACTS = key('Financial facts');
const OVERALL_SUMMARY = key('Overall summary');
const SUBSECTIONS = [DEMOGRAPHICS, FINANCIAL_FACTS, OVERALL_SUMMARY];

/** Reads the About section if the next line is its heading; null if the report has none. */
export function readAbout(r: Reader): About | null {
  const heading = r.peek();
  if (heading?.kind !== 'line' || !key(heading.text).startsWith('about ')) return null;
  r.next();
  let demographics: About['demographics'] = null;
  let financialFacts: About['financialFacts'] = null;
  const unheaded = readParagraphs(r, () => r.isHeading(SUBSECTIONS));
  const first = unheaded[0];
  if (first) demographics = { heading: null, line: first.line, paragraphs: unheaded };
  while (!r.isHeading([OVERALL_SUMMARY])) {
    // The paragraphs before here stop only at one of SUBSECTIONS or at the end of the file.
    const sub = r.peek();
    if (sub?.kind !== 'line') {
      throw r.unexpected(sub, '"Demographics", "Financial facts" or "Overall summary"');
    }
    r.next();
    if (key(sub.text) === FINANCIAL_FACTS && !financialFacts) {
      financialFacts = { heading: sub.text, line: sub.line, ...readFinancialFacts(r) };
    } else if (key(sub.text) === DEMOGRAPHICS && !demographics) {
      demographics = { heading: sub.text, line: sub.line, paragraphs: readParagraphs(r, () => r.isHeading(SUBSECTIONS)) };
    } else {
      throw r.unexpected(sub, 'each of "Demographics" and "Financial facts" once, then "Overall summary"');
    }
  }
  return { heading: heading.text, line: heading.line, demographics, financialFacts };
}

/** An introduction line ends with a colon and comes before the list: "The Financial Facts for Westminster City Council are:". */
function readFinancialFacts(r: Reader) {
  const intro = r.peek();
  let introduction: Paragraph | null = null;
  if (intro?.kind === 'line' && intro.text.endsWith(':') && r.peek(1)?.kind === 'list') {
    r.next();
    introduction = { text: intro.text, line: intro.line };
  }
  const items: Paragraph[] = [];
  for (let block = r.peek(); block?.kind === 'list'; block = r.peek()) {
    r.next();
    items.push(...block.items);
  }
  const paragraphs = readParagraphs(r, () => r.isHeading(SUBSECTIONS));
  return { introduction, items, paragraphs };
}
