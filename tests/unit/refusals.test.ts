import { describe, expect, it } from 'vitest';
import { ConsistencyError, StructureError, ValueError, parseAssessment } from '@/lib/assessment';
import { HARROW_FILE, parseFailure, readText, replaceLine, statementOf } from './helpers';

/** More of what the parser refuses in Harrow's text, each at its line with what was expected and found (fixtures.test.ts has the first of them). */

const harrowText = readText(HARROW_FILE);
const harrowLines = harrowText.split('\n');
const withLines = (edits: [number, string | null][]) => edits.reduce((text, [line, replacement]) => replaceLine(text, line, replacement), harrowText);

const failure = (text: string) => parseFailure(text);

describe('refusals, each at its line', () => {
  for (const { name, text, errorClass, line, detail } of [
    { name: 'a list where the score list\'s first name should be', text: withLines([[43, '- a stray list item']]), errorClass: StructureError, line: 43,
      detail: 'expected a quality statement name followed by its score line ("Score: 2"), found "- a stray list item"' },
    { name: 'a summary heading misspelt', text: withLines([[79, 'Summary of peoples experience']]), errorClass: StructureError, line: 79,
      detail: 'expected "Summary of people\'s experiences", "Summary of strengths, areas for development and next steps" or "Theme 1: ...", found "Summary of peoples experience"' },
    { name: 'a theme\'s statements not given as a list', text: withLines([[117, 'Assessing needs']]), errorClass: StructureError, line: 117,
      detail: 'expected the list of the theme\'s quality statements, such as "- Assessing needs", found "Assessing needs"' },
    { name: 'a theme with no statement, at the end of the file', text: harrowLines.slice(0, 724).join('\n'), errorClass: StructureError, line: 724,
      detail: 'expected a quality statement of theme 4 (its name, then "Score: N"), found end of file' },
    { name: 'a commitment heading with no text under it', text: withLines([[137, null]]), errorClass: StructureError, line: 138,
      detail: 'expected the text of quality statement "Assessing needs"\'s commitment, found "Key findings for this quality statement"' },
    { name: 'a statement its theme does not list', text: withLines([[119, null]]), errorClass: ConsistencyError, line: 336,
      detail: 'quality statement "Equity in experience and outcomes": expected it in theme 1\'s list of statements, found only "Assessing needs", "Supporting people to live healthier lives"' },
    { name: 'a statement the score list leaves out', text: withLines([[77, null], [76, null], [75, null]]), errorClass: ConsistencyError, line: 769,
      detail: 'quality statement "Learning, improvement and innovation": expected it in the "Quality statement scores" list, found it missing' },
    { name: 'a score label without its number', text: withLines([[127, 'Evidence shows some shortfalls']]), errorClass: ValueError, line: 127,
      detail: 'quality statement "Assessing needs": expected a score label such as "2 - Evidence shows some shortfalls", found "Evidence shows some shortfalls"' },
    { name: 'a publication line given as a list', text: withLines([[9, '- Assessment published: 16 August 2024']]), errorClass: StructureError, line: 9,
      detail: 'expected "Assessment published: <date>", found "- Assessment published: 16 August 2024"' },
    { name: 'a file that ends after the score list', text: harrowLines.slice(0, 77).join('\n'), errorClass: StructureError, line: 77,
      detail: 'expected "Summary of people\'s experiences", "Summary of strengths, areas for development and next steps" or "Theme 1: ...", found end of file' },
    { name: 'a publication line in other words', text: withLines([[9, 'Published: 16 August 2024']]), errorClass: ValueError, line: 9,
      detail: 'expected "Assessment published: <date>", found "Published: 16 August 2024"' },
    { name: 'a theme whose title makes a statement\'s address', text: withLines([[717, 'Theme 4: Safeguarding']]), errorClass: ConsistencyError, line: 717,
      detail: 'expected each theme and quality statement to have its own address, found "safeguarding" again (first at line 647)' },
    { name: 'an authority whose name makes no address, at the title', text: withLines([[5, '???: local authority assessment'], [35, '???']]), errorClass: ValueError, line: 5,
      detail: 'slug: expected a slug of lower-case words and hyphens, found ""' },
    { name: 'a score list name nearly the same as two statements, rather than picking one',
      text: withLines([[63, 'Safe pathways and systems'], [591, '- Safe pathways, systems and safeguarding'], [647, 'Safe pathways, systems and safeguarding']]),
      errorClass: ConsistencyError, line: 63, detail: 'the score list names "Safe pathways and systems": expected a quality statement of that name in a theme, found none' },
  ]) {
    it(`refuses ${name} (line ${line})`, () => {
      const error = failure(text);
      expect(error).toBeInstanceOf(errorClass);
      expect([error.line, error.detail]).toEqual([line, detail]);
    });
  }

  it('quotes the score list\'s own score under a score that differs from its statement\'s', () => {
    expect(failure(withLines([[69, 'Score: 3']])).excerpt).toBe('Score: 3');
  });
});

describe('what the parser accepts', () => {
  it('links score list names worded differently to their statements, whatever the list\'s order', () => {
    const swapped = parseAssessment(withLines([[47, 'Safe pathways, systems and transition'], [63, 'Supporting people to lead healthier lives']]), HARROW_FILE);
    expect(swapped.scores.filter((s) => s.line === 47 || s.line === 63).map((s) => [s.line, s.name, s.statement])).toEqual([
      [47, 'Safe pathways, systems and transition', 'safe-pathways-systems-and-transitions'],
      [63, 'Supporting people to lead healthier lives', 'supporting-people-to-live-healthier-lives'],
    ]);
  });

  it('reads a report whose findings speak of an indicative rating as a full report, not a pilot', () => {
    const sentence = 'The council\'s indicative rating from the 2023 pilot was not repeated.';
    const assessment = parseAssessment(withLines([[143, sentence]]), HARROW_FILE);
    expect(assessment).toMatchObject({ authority: 'London Borough of Harrow', rating: 'Requires improvement' });
    expect(statementOf(assessment, 'assessing-needs').findings[0]?.paragraphs[0]).toEqual({ text: sentence, line: 143 });
  });
});
