import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '@/lib/glossary';
import { inlineMarkdownToHtml, markdownToHtml } from '@/lib/markdown';

const entry = (id: string) => {
  const found = GLOSSARY.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const DOLS = '<abbr title="Deprivation of Liberty Safeguards" class="glossary-term">DoLS</abbr>';
const REABLEMENT = '<dfn title="Short-term support to regain skills and independence" class="glossary-term">reablement</dfn>';

describe('markdownToHtml() marking glossary terms', () => {
  it('marks every term it is given, whichever order they come in, however they sit in the text', () => {
    const expected = `<p>Both ${REABLEMENT} and ${DOLS} were offered.</p>\n`;
    expect(markdownToHtml('Both reablement and DoLS were offered.', [entry('dols'), entry('reablement')])).toBe(expected);
    expect(markdownToHtml('Both reablement and DoLS were offered.', [entry('reablement'), entry('dols')])).toBe(expected);
  });

  it('marks a term given alongside one the text does not use', () => {
    expect(markdownToHtml('Staff had DoLS training.', [entry('sac'), entry('dols')])).toBe(`<p>Staff had ${DOLS} training.</p>\n`);
  });

  it('marks the first use of a term only, inside emphasis too', () => {
    expect(markdownToHtml('*DoLS* work, more DoLS work.', [entry('dols')])).toBe(`<p><em>${DOLS}</em> work, more DoLS work.</p>\n`);
  });

  it('marks a term in the text only, never inside raw HTML, which the sanitiser drops', () => {
    expect(markdownToHtml('<span title="DoLS">x</span> and DoLS.', [entry('dols')])).toBe(`<p>x and ${DOLS}.</p>\n`);
  });

  it('marks nothing when given no terms', () => {
    expect(markdownToHtml('Staff had DoLS training.')).toBe('<p>Staff had DoLS training.</p>\n');
  });
});

describe('inlineMarkdownToHtml()', () => {
  it('gives one paragraph without the paragraph around it, terms and emphasis kept', () => {
    expect(inlineMarkdownToHtml('Staff had *DoLS* training.', [entry('dols')])).toBe(`Staff had <em>${DOLS}</em> training.`);
    expect(inlineMarkdownToHtml('two\nlines')).toBe('two\nlines');
  });

  it('leaves whole what is not one paragraph, rather than cutting its tags apart', () => {
    expect(inlineMarkdownToHtml('a\n\nb')).toBe('<p>a</p>\n<p>b</p>');
    expect(inlineMarkdownToHtml('- item')).toBe('<ul>\n<li>item</li>\n</ul>');
    expect(inlineMarkdownToHtml('')).toBe('');
  });
});
