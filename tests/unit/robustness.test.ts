import { describe, expect, it } from 'vitest';
import { ContentError, parseAssessment } from '@/lib/assessment';
import { readText, replaceLine } from './helpers';

/**
 * No input may make the parser throw anything but a ContentError at a line of
 * the file: every line of a full report is removed in turn, and replaced in
 * turn by lines that look like the report's own structure in the wrong place.
 */

const FILE = 'tests/fixtures/site/holmbury-borough-council.txt';
const text = readText(FILE);
const lineCount = text.split('\n').length;
const filled = text.split('\n').flatMap((line, i) => (line.trim() === '' ? [] : [i + 1]));

const HOSTILE = [
  null,
  'Score: 3',
  'Score: 250',
  'Score: 3 - Evidence shows a good standard',
  'Theme 9: Somewhere else',
  '- a stray list item',
  'Key findings for this quality statement',
  'The England average was 50%, against 40% in the borough.',
  'Holmbury Borough Council scored 0 out of 100 overall',
];

function outcome(changed: string): 'parsed' | ContentError {
  try {
    parseAssessment(changed, FILE);
    return 'parsed';
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
}

describe('the parser throws only content errors, each at a line of the file', () => {
  for (const replacement of HOSTILE) {
    it(`${replacement === null ? 'removing' : `putting ${JSON.stringify(replacement)} in place of`} each of the ${filled.length} lines of Holmbury's report`, () => {
      for (const line of filled) {
        const result = outcome(replaceLine(text, line, replacement));
        if (result === 'parsed') continue;
        expect(result.line, `line ${line}: ${result.message}`).toBeGreaterThanOrEqual(1);
        expect(result.line, `line ${line}: ${result.message}`).toBeLessThanOrEqual(lineCount);
        expect(result.message.startsWith(`${FILE}:${result.line}: `)).toBe(true);
      }
    });
  }

  it('refuses most of those changes rather than parsing them', () => {
    const refused = filled.filter((line) => outcome(replaceLine(text, line, 'Score: 250')) !== 'parsed');
    expect(refused.length).toBeGreaterThan(filled.length / 2);
  });
});
