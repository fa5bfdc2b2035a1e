import { describe, expect, it } from 'vitest';
import { StructureError, parseAssessment } from '@/lib/assessment';
import { HARROW_FILE, parseFailure, readText } from './helpers';

/** The About section's layouts (docs/parser-quirks.md, "Front matter and About"), on Harrow's text with its About section (lines 11-29) replaced. */

const harrowLines = readText(HARROW_FILE).split('\n');

/** Harrow's text with the blocks `about` in place of its About section, one block every other line from line 11. */
function withAbout(about: string[]): string {
  return [...harrowLines.slice(0, 10), about.join('\n\n'), ...harrowLines.slice(29)].join('\n');
}

/** Harrow's text up to its About section, then the blocks `about` and nothing more: a file cut short. */
function cutAfter(about: string[]): string {
  return [...harrowLines.slice(0, 10), about.join('\n\n')].join('\n');
}

const failure = (text: string) => parseFailure(text);

describe('the About section', () => {
  it('reads financial facts with no demographics at all', () => {
    const about = parseAssessment(withAbout(['About London Borough of Harrow', 'Financial facts', '- A fact.', 'A note.']), HARROW_FILE).about;
    expect(about).toEqual({
      heading: 'About London Borough of Harrow', line: 11, demographics: null,
      financialFacts: { heading: 'Financial facts', line: 13, introduction: null, items: [{ text: 'A fact.', line: 15 }], paragraphs: [{ text: 'A note.', line: 17 }] },
    });
  });

  it('keeps a line ending with a colon as a paragraph, not an introduction, when no list follows it', () => {
    const facts = parseAssessment(withAbout(['About London Borough of Harrow', 'Financial facts', 'Note:', 'The council gave no figures.']), HARROW_FILE).about?.financialFacts;
    expect(facts).toMatchObject({ introduction: null, items: [], paragraphs: [{ text: 'Note:', line: 15 }, { text: 'The council gave no figures.', line: 17 }] });
  });

  it('keeps a first line that does not end with a colon as a paragraph, with the list after it, even when a list follows it', () => {
    const facts = parseAssessment(withAbout(['About London Borough of Harrow', 'Financial facts', 'The council gave these figures.', '- A fact.']), HARROW_FILE).about?.financialFacts;
    expect(facts).toMatchObject({ introduction: null, items: [], paragraphs: [{ text: 'The council gave these figures.', line: 15 }, { text: '- A fact.', line: 17 }] });
  });

  it('takes a line ending with a colon, followed by a list, as the introduction to the facts', () => {
    const facts = parseAssessment(withAbout(['About London Borough of Harrow', 'Financial facts', 'The financial facts for Harrow are:', '- A fact.', 'A note.']), HARROW_FILE).about?.financialFacts;
    expect(facts).toMatchObject({ introduction: { text: 'The financial facts for Harrow are:', line: 15 }, items: [{ text: 'A fact.', line: 17 }], paragraphs: [{ text: 'A note.', line: 19 }] });
  });

  for (const { name, about, line, found } of [
    { name: '"Financial facts" printed twice', about: ['About London Borough of Harrow', 'Financial facts', '- A fact.', 'Financial facts', '- Another fact.'], line: 17, found: 'Financial facts' },
    { name: '"Demographics" printed twice', about: ['About London Borough of Harrow', 'Demographics', 'A borough.', 'Demographics', 'Another borough.'], line: 17, found: 'Demographics' },
    { name: 'a "Demographics" heading after paragraphs printed straight under the About heading', about: ['About London Borough of Harrow', 'A borough.', 'Demographics', 'More.'], line: 15, found: 'Demographics' },
  ]) {
    it(`refuses ${name}, at the heading out of place`, () => {
      const error = failure(withAbout(about));
      expect(error).toBeInstanceOf(StructureError);
      expect(error.line).toBe(line);
      expect(error.detail).toBe(`expected each of "Demographics" and "Financial facts" once, then "Overall summary", found "${found}"`);
    });
  }
});

describe('a file cut short in its front matter', () => {
  for (const { name, about, detail } of [
    { name: 'after the publication date', about: [], detail: 'expected "Overall summary", found end of file' },
    { name: 'after the "Financial facts" heading', about: ['About London Borough of Harrow', 'Financial facts'], detail: 'expected "Demographics", "Financial facts" or "Overall summary", found end of file' },
    { name: 'after the line introducing the financial facts', about: ['About London Borough of Harrow', 'Financial facts', 'The financial facts for Harrow are:'], detail: 'expected "Demographics", "Financial facts" or "Overall summary", found end of file' },
  ]) {
    it(`is refused ${name}, at the file's last line`, () => {
      const text = cutAfter(about);
      const error = failure(text);
      expect(error).toBeInstanceOf(StructureError);
      expect(error.line).toBe(text.split('\n').length);
      expect(error.detail).toBe(detail);
    });
  }
});
