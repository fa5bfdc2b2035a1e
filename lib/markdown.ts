import { defaultSchema, type Schema } from 'hast-util-sanitize';
import type { PhrasingContent, Root } from 'mdast';
import { remark } from 'remark';
import html from 'remark-html';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { GlossaryEntry } from './glossary';
import { findTerm } from './glossary-match';

declare module 'vfile' {
  interface DataMap {
    /** The glossary entries to mark in this text (lib/view/glossary-marks.ts decides which). */
    glossaryTerms: readonly GlossaryEntry[];
    /** Set by the processor: the text is one paragraph, which inline text is shown without. */
    singleParagraph: boolean;
  }
}

/**
 * The one place report text becomes HTML, through one processor. remark-html
 * sanitises (GitHub's schema, plus <abbr> and <dfn> for glossary terms):
 * script, event handlers, frames, styles and javascript: links are dropped,
 * so HTML in a content file comes out inert. Do not turn sanitising off.
 */
// Stryker disable next-line ArrayDeclaration: GitHub's schema always lists tag names; the fallback is for the type checker
const GITHUB_TAG_NAMES = defaultSchema.tagNames ?? [];
const SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...GITHUB_TAG_NAMES, 'abbr', 'dfn'],
  // GitHub's schema allows `title` on every element; the glossary's class is ours.
  attributes: { ...defaultSchema.attributes, abbr: [['className', 'glossary-term']], dfn: [['className', 'glossary-term']] },
};

/**
 * A remark plugin: marks the first use of each of this text's glossary terms
 * (`file.data.glossaryTerms`), outside links, as <abbr title> (acronyms) or
 * <dfn title>. The words are unchanged, and the mark is not a link: the page
 * explains its terms in one list after the report's text
 * (components/terms-used.tsx), so they cost no Tab stops inside CQC's words.
 */
function markGlossaryTerms() {
  return (tree: Root, file: VFile) => {
    const pending = new Set(file.data.glossaryTerms);
    visit(tree, (node, index, parent) => {
      if (node.type === 'link') return SKIP;
      // Raw HTML is a node with a value too: only text is marked, and the sanitiser drops the HTML.
      if (node.type !== 'text') return undefined;
      // The earliest term in this text first; the rest of the text is visited next.
      const first = [...pending]
        .flatMap((entry) => {
          const at = findTerm(node.value, entry);
          return at ? [{ entry, at }] : [];
        })
        .sort((a, b) => a.at.start - b.at.start)[0];
      if (!first) return undefined;
      pending.delete(first.entry);
      const replacement: PhrasingContent[] = [
        // Stryker disable next-line StringLiteral: the text before the term is never visited again, and any node with a value is written as text
        { type: 'text', value: node.value.slice(0, first.at.start) },
        termMark(first.entry, node.value.slice(first.at.start, first.at.end)),
        { type: 'text', value: node.value.slice(first.at.end) },
      ];
      // A text node always has a parent and an index; the fallbacks are for the type checker.
      const at = index ?? 0;
      // Stryker disable next-line OptionalChaining: a text node always has a parent
      parent?.children.splice(at, 1, ...replacement);
      return at + 2;
    });
  };
}

function termMark(entry: GlossaryEntry, words: string): PhrasingContent {
  const tag = entry.abbreviation ? 'abbr' : 'dfn';
  const title = entry.abbreviation ? entry.term : entry.short;
  return { type: 'text', value: words, data: { hName: tag, hProperties: { title, className: ['glossary-term'] } } };
}

/** A remark plugin: notes whether the text is one paragraph, for inlineMarkdownToHtml. */
function noteSingleParagraph() {
  return (tree: Root, file: VFile) => {
    const [only, ...rest] = tree.children;
    file.data.singleParagraph = rest.length === 0 && only?.type === 'paragraph';
  };
}

const processor = remark().use(markGlossaryTerms).use(noteSingleParagraph).use(html, { sanitize: SCHEMA }).freeze();

/** Report text as sanitised HTML; `terms` are glossary entries to mark at their first use in it. */
export function markdownToHtml(text: string, terms: readonly GlossaryEntry[] = []): string {
  return String(processor.processSync({ value: text, data: { glossaryTerms: terms } }));
}

/** Inline text (a list item) as sanitised HTML, without the paragraph around it when it is one paragraph. */
export function inlineMarkdownToHtml(text: string, terms: readonly GlossaryEntry[] = []): string {
  const file = processor.processSync({ value: text, data: { glossaryTerms: terms } });
  // remark-html writes one paragraph as `<p>...</p>` and a line break.
  return file.data.singleParagraph ? String(file).slice('<p>'.length, -'</p>\n'.length) : String(file).trim();
}
