import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConsistencyError, InputError, StructureError, ValueError,
  parseAssessment, parseAssessmentBytes, type Assessment,
} from '@/lib/assessment';
import { contentError, HARROW_FILE, readText, replaceLine } from './helpers';

const fixture = (name: string) => readFileSync(path.join(process.cwd(), 'tests/fixtures', name));
const harrowText = readText(HARROW_FILE);
const statementsOf = (a: Assessment) => a.themes.flatMap((t) => t.statements);

/** Parses `text` expecting a content error; returns it for the assertions on class, line and message. */
const failure = (text: string | Uint8Array, file = 'council.txt') => contentError(() => (typeof text === 'string' ? parseAssessment(text, file) : parseAssessmentBytes(text, file)));

describe('other councils in the same format', () => {
  it('reads Fenwick, a council with eight statements assessed, rated good', () => {
    const fenwick = parseAssessmentBytes(fixture('fenwick-city-council.txt'), 'fenwick-city-council.txt');
    expect(fenwick).toMatchObject({ authority: 'Fenwick City Council', slug: 'fenwick-city-council', published: '2025-03-03', rating: 'Good' });
    expect(statementsOf(fenwick).map((s) => s.score)).toEqual([3, 3, 3, 3, 2, 3, 3, 3]);
    expect(fenwick.scores).toHaveLength(8);
    expect(fenwick.themes[0]?.statements.map((s) => s.name)).toEqual(['Assessing needs', 'Supporting people to live healthier lives']);
  });

  it('copes with a byte order mark, CRLF endings, trailing spaces, curly apostrophes, "Score 3" and an en dash in a label', () => {
    const fenwick = parseAssessmentBytes(fixture('fenwick-city-council.txt'), 'fenwick-city-council.txt');
    expect(fenwick.lines.title).toBe(1);
    expect(fenwick.peoplesExperiences?.heading).toBe('Summary of people’s experiences');
    expect(fenwick.peoplesExperiences?.paragraphs[1]).toEqual({ text: 'Carers said the council’s information was easy to follow.', line: 51 });
    expect(statementsOf(fenwick)[0]).toMatchObject({ score: 3, scoreLabel: 'Evidence shows a good standard', whatPeopleExpect: [] });
  });

  it('leaves out the sections a report does not have', () => {
    const fenwick = parseAssessmentBytes(fixture('fenwick-city-council.txt'), 'fenwick-city-council.txt');
    expect(fenwick.about).toBeNull();
    expect(fenwick.strengthsAndNextSteps).toBeNull();
  });

  it('reads Fenwick\'s comparisons in their other wordings', () => {
    const fenwick = parseAssessmentBytes(fixture('fenwick-city-council.txt'), 'fenwick-city-council.txt');
    expect(statementsOf(fenwick).flatMap((s) => s.comparisons.map((c) => [s.slug, c.value, c.englandAverage, c.dataset]))).toEqual([
      ['assessing-needs', 41.5, 36.27, 'SACE'],
      ['assessing-needs', 72.4, 77.21, 'ASCS'],
      ['assessing-needs', 65, 69.69, 'ASCS'],
      ['supporting-people-to-live-healthier-lives', 88.1, 82.18, 'ASCOF'],
      ['safeguarding', 85.2, 83.12, 'SAC'],
    ]);
  });

  it('reads Ashdown, rated inadequate, with nine statements and a leap-day publication date', () => {
    const ashdown = parseAssessmentBytes(fixture('ashdown-district-council.txt'), 'ashdown-district-council.txt');
    expect(ashdown).toMatchObject({ authority: 'Ashdown District Council', published: '2024-02-29', rating: 'Inadequate' });
    expect(statementsOf(ashdown).map((s) => s.score)).toEqual([1, 1, 2, 1, 2, 1, 1, 2, 1]);
    expect(ashdown.about?.financialFacts?.items).toHaveLength(2);
    expect(ashdown.about?.financialFacts?.paragraphs).toHaveLength(1);
  });
});

describe('files that are not an assessment', () => {
  for (const { bytes, line, name } of [
    { name: 'an empty file', bytes: new Uint8Array(), line: 1 },
    { name: 'a file of blank lines', bytes: new TextEncoder().encode('\n  \n\n'), line: 1 },
    { name: 'a binary file', bytes: new Uint8Array([0x41, 0x0a, 0x42, 0x0a, 0x00, 0x01]), line: 3 },
    { name: 'a file that is not UTF-8', bytes: new Uint8Array([0x41, 0x0a, 0xff, 0xfe, 0x41]), line: 2 },
  ]) {
    it(`refuses ${name} with an InputError at line ${line}`, () => {
      const error = failure(bytes);
      expect(error).toBeInstanceOf(InputError);
      expect(error.line).toBe(line);
      expect(error.message).toMatch(new RegExp(`^council\\.txt:${line}: expected `));
    });
  }
});

describe('malformed assessments: each error names its class, line, what was expected and what was found', () => {
  for (const { line, replacement, errorClass, detail, name } of [
    { name: 'a score in words', line: 404, replacement: 'Score: seven', errorClass: ValueError, detail: 'quality statement "Care provision, integration and continuity": expected a score line such as "Score: 2", found "Score: seven"' },
    { name: 'a score of 7', line: 339, replacement: 'Score: 7', errorClass: ValueError, detail: 'quality statement "Equity in experience and outcomes": expected a score from 1 to 4, found "Score: 7"' },
    { name: 'a label that does not match the score', line: 341, replacement: '2 - Evidence shows some shortfalls', errorClass: ConsistencyError, detail: 'quality statement "Equity in experience and outcomes": expected the label of score 3 (at line 339), "3 - Evidence shows a good standard", found "2 - Evidence shows some shortfalls"' },
    { name: 'a label in the wrong words', line: 127, replacement: '2 - Evidence shows a good standard', errorClass: ConsistencyError, detail: 'quality statement "Assessing needs": expected the label of score 2 (at line 125), "2 - Evidence shows some shortfalls", found "2 - Evidence shows a good standard"' },
    { name: "a rating that CQC's method does not give", line: 37, replacement: 'Good', errorClass: ConsistencyError, detail: 'expected the rating CQC\'s method gives for the quality statement scores (line 41), 21 of 36 (59%): "Requires improvement" (39-62%), found "Good"' },
    { name: 'a rating that is not a rating', line: 37, replacement: 'Excellent', errorClass: ValueError, detail: 'expected a rating (Outstanding, Good, Requires improvement or Inadequate), found "Excellent"' },
    { name: 'an impossible date', line: 9, replacement: 'Assessment published: 31 February 2024', errorClass: ValueError, detail: 'expected a publication date such as "16 August 2024", found "31 February 2024"' },
    { name: 'a title in another form', line: 5, replacement: 'Harrow report', errorClass: StructureError, detail: 'expected a title such as "<Council name>: local authority assessment", found "Harrow report"' },
    { name: 'another authority in the rating block', line: 35, replacement: 'London Borough of Barnet', errorClass: ConsistencyError, detail: 'expected the authority named in the title, "London Borough of Harrow", found "London Borough of Barnet"' },
    { name: 'a theme listing a statement it does not contain', line: 119, replacement: '- Equity in outcomes', errorClass: ConsistencyError, detail: 'theme 1 lists "Equity in outcomes": expected a quality statement of that name in the theme' },
    { name: 'a score list naming a statement no theme has', line: 75, replacement: 'Workforce wellbeing', errorClass: ConsistencyError, detail: 'the score list names "Workforce wellbeing": expected a quality statement of that name in a theme, found none' },
    { name: 'an England average that is not a percentage', line: 715, replacement: 'National data showed that in Harrow 66.67% of individuals lacking capacity were supported. The England average was 83.12 per cent.', errorClass: ValueError, detail: 'expected the England average as a percentage' },
    { name: 'a theme numbered out of order', line: 586, replacement: 'Theme 2: How London Borough of Harrow ensures safety within the system', errorClass: ConsistencyError, detail: 'expected a theme numbered above 2, found theme 2' },
  ]) {
    it(`refuses ${name} (line ${line})`, () => {
      const error = failure(replaceLine(harrowText, line, replacement), HARROW_FILE);
      expect(error).toBeInstanceOf(errorClass);
      expect(error.line).toBe(line);
      expect(error.message.startsWith(`${HARROW_FILE}:${line}: ${detail}`)).toBe(true);
    });
  }

  it('refuses a score list that differs from the statement at the list entry\'s score line, naming the statement\'s', () => {
    const error = failure(replaceLine(harrowText, 69, 'Score: 3'), HARROW_FILE);
    expect(error).toBeInstanceOf(ConsistencyError);
    expect(error.line).toBe(69);
    expect(error.detail).toBe('quality statement "Safeguarding": expected the score list to give the statement\'s own score, 2 (line 649), found 3');
  });

  for (const { text, line, detail, name } of [
    { name: 'a statement without its commitment', text: replaceLine(harrowText, 135, null), line: 138,
      detail: 'expected "The local authority commitment", found "Key findings for this quality statement"' },
    { name: 'a statement without its key findings heading', text: replaceLine(harrowText, 139, null), line: 140,
      detail: 'expected "Key findings for this quality statement", found "Assessment, care planning and review arrangements"' },
    { name: 'a file cut off after a key findings heading, at its last line', text: harrowText.split('\n').slice(0, 139).join('\n'), line: 139,
      detail: 'expected a key finding (a paragraph, or a heading and its paragraphs), found end of file' },
    { name: 'a key finding heading with nothing under it', text: replaceLine(harrowText, 239, 'Advocacy in practice'), line: 241,
      detail: 'expected a paragraph under the key finding "Advocacy in practice", found "Supporting people to live healthier lives"' },
  ]) {
    it(`refuses ${name}, pointing at what came instead (line ${line})`, () => {
      const error = failure(text);
      expect(error).toBeInstanceOf(StructureError);
      expect(error.line).toBe(line);
      expect(error.detail).toBe(detail);
    });
  }

  it('refuses a file cut off inside a theme: the theme lists a statement that never comes', () => {
    const cut = harrowText.split('\n').slice(0, 300).join('\n');
    const error = failure(cut);
    expect(error).toBeInstanceOf(ConsistencyError);
    expect(error.line).toBe(119);
  });

  it('refuses a file without its score list', () => {
    const error = failure(replaceLine(harrowText, 41, 'Scores'));
    expect(error).toBeInstanceOf(StructureError);
    expect(error.line).toBe(41);
  });

  it('shows the offending line under the message with a caret', () => {
    const error = failure(replaceLine(harrowText, 404, 'Score: seven'), HARROW_FILE);
    expect(error.format().split('\n')).toEqual([
      `${HARROW_FILE}:404: quality statement "Care provision, integration and continuity": expected a score line such as "Score: 2", found "Score: seven"`,
      '  404 | Score: seven',
      '      | ^^^^^^^^^^^^',
    ]);
  });
});
