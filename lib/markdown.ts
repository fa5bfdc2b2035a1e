import { remark } from 'remark';
import html from 'remark-html';

/**
 * The one place report text becomes HTML. remark-html sanitises by default
 * (GitHub's schema): script, event handlers and javascript: links are dropped,
 * so HTML in a content file comes out inert. Do not turn sanitising off.
 */
const processor = remark().use(html);

export function markdownToHtml(text: string): string {
  return String(processor.processSync(text));
}

/** Inline text (a heading, a table cell) as HTML without the paragraph wrapper. */
export function inlineMarkdownToHtml(text: string): string {
  return markdownToHtml(text).trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
