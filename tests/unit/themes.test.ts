import { describe, expect, it } from 'vitest';
import { ConsistencyError, StructureError, parseAssessment } from '@/lib/assessment';
import { HARROW_FILE, readText, replaceLine, statementOf } from './helpers';

/** How a theme and its statements are read, on Harrow's text (theme 1 at line 113, "Assessing needs" at 123) changed or cut short. */

const harrowText = readText(HARROW_FILE);
const harrowLines = harrowText.split('\n');

/** Harrow's text up to and including line `line`: a file cut short there. */
const cutAfter = (line: number) => harrowLines.slice(0, line).join('\n');

describe('a theme cut short', () => {
  it('asks for the list of statements when the file ends after "This theme includes these quality statements:"', () => {
    expect(harrowLines[114]).toBe('This theme includes these quality statements:');
    const attempt = () => parseAssessment(cutAfter(115), HARROW_FILE);
    expect(attempt).toThrow(StructureError);
    expect(attempt).toThrow(`${HARROW_FILE}:115: expected the list of the theme's quality statements, such as "- Assessing needs", found end of file`);
  });

  it('asks for a quality statement of the theme, by number, when the file ends after the theme\'s notes', () => {
    expect(harrowLines[120]).toBe('We may not always review all quality statements during every assessment.');
    expect(() => parseAssessment(cutAfter(121), HARROW_FILE)).toThrow(
      `${HARROW_FILE}:121: expected a quality statement of theme 1 (its name, then "Score: N"), found end of file`);
  });

  it('asks for the score label when the file ends after a statement\'s score line', () => {
    expect(harrowLines[124]).toBe('Score 2');
    expect(() => parseAssessment(cutAfter(125), HARROW_FILE)).toThrow(
      `${HARROW_FILE}:125: expected the score label, such as "2 - Evidence shows some shortfalls", found end of file`);
  });
});

describe('a quality statement', () => {
  it('is named in a message about its score label', () => {
    const attempt = () => parseAssessment(replaceLine(harrowText, 127, '3 - Evidence shows a good standard'), HARROW_FILE);
    expect(attempt).toThrow(ConsistencyError);
    expect(attempt).toThrow(`${HARROW_FILE}:127: quality statement "Assessing needs": expected the label of score 2`);
  });

  it('keeps a commitment of two paragraphs as two, a blank line between them, each at its line', () => {
    const commitment = harrowLines[136] ?? '';
    const second = 'We work with partners to make this happen.';
    const statement = statementOf(parseAssessment(replaceLine(harrowText, 137, `${commitment}\n\n${second}`), HARROW_FILE), 'assessing-needs');
    expect(commitment).toMatch(/^We maximise the effectiveness of people's care/);
    expect(statement.commitment).toBe(`${commitment}\n\n${second}`);
    expect(statement.lines.commitment).toEqual([137, 139]);
  });
});

describe('a theme\'s slug', () => {
  it('puts "the local authority" for the authority\'s name in the title, even a name with a full stop in it', () => {
    const renamed = harrowText.replaceAll('London Borough of Harrow', 'St. Helens Borough Council');
    const theme = parseAssessment(renamed, HARROW_FILE).themes[0];
    expect([theme?.title, theme?.slug]).toEqual(['How St. Helens Borough Council works with people', 'how-the-local-authority-works-with-people']);
  });

  it('puts "the local authority" for the authority\'s name however the title capitalises it', () => {
    const theme = parseAssessment(replaceLine(harrowText, 113, 'Theme 1: How london borough of harrow works with people'), HARROW_FILE).themes[0];
    expect([theme?.title, theme?.slug]).toEqual(['How london borough of harrow works with people', 'how-the-local-authority-works-with-people']);
  });
});
