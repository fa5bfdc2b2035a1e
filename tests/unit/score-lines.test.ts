import { describe, expect, it } from 'vitest';
import { ConsistencyError, StructureError, ValueError, parseAssessment } from '@/lib/assessment';
import { HARROW_FILE, parseFailure, readText, replaceLine } from './helpers';

/**
 * A line that starts with "Score" is read as a score line only when it is
 * short, so a paragraph that happens to start with the word is not: up to 24
 * characters for a score alone, up to 60 for a score and its label.
 */

const HOLMBURY = 'tests/fixtures/site/holmbury-borough-council.txt';

const failure = parseFailure;

describe('how long a score line may be', () => {
  it('reads a line of 24 characters starting "Score" as a score line, and refuses what follows the word', () => {
    const line = 'Score: two, not yet sure';
    expect(line).toHaveLength(24);
    const error = failure(replaceLine(readText(HARROW_FILE), 45, line), HARROW_FILE);
    expect(error).toBeInstanceOf(ValueError);
    expect([error.line, error.detail]).toEqual([45, 'quality statement "Assessing needs": expected a score line such as "Score: 2", found "Score: two, not yet sure"']);
  });

  it('reads a line of 25 characters as a paragraph, so the name above it starts no statement', () => {
    const error = failure(replaceLine(readText(HARROW_FILE), 45, 'Score: two, not yet sure.'), HARROW_FILE);
    expect(error).toBeInstanceOf(StructureError);
    expect([error.line, error.detail]).toEqual([43, 'expected a quality statement name followed by its score line ("Score: 2"), found "Assessing needs"']);
  });

  it('reads a score and label of 60 characters as one score line, and refuses the label\'s extra words', () => {
    const line = 'Score: 3 - Evidence shows a good standard, as CQC found it..';
    expect(line).toHaveLength(60);
    const error = failure(replaceLine(readText(HOLMBURY), 156, line), HOLMBURY);
    expect(error).toBeInstanceOf(ConsistencyError);
    expect([error.line, error.detail]).toEqual([156,
      `quality statement "Equity in experience and outcomes": expected the label of score 3 (on the same line), "3 - Evidence shows a good standard", found "${line}"`]);
  });

  it('reads a score and label of 61 characters as a paragraph, so its statement is missing from the theme', () => {
    const error = failure(replaceLine(readText(HOLMBURY), 156, 'Score: 3 - Evidence shows a good standard, as CQC found it...'), HOLMBURY);
    expect(error).toBeInstanceOf(ConsistencyError);
    expect(error.line).toBe(92);
    expect(error.detail).toMatch(/^theme 1 lists "Equity in experience and outcomes": expected a quality statement of that name in the theme/);
  });
});
