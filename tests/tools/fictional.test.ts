import { describe, expect, it } from 'vitest';
import { parseAssessment } from '@/lib/assessment';
import { councilSlug, fictionalAssessment, fictionalCouncils } from '@/scripts/bench/fictional';
import { HARROW_FILE, readText } from '../unit/helpers';

const harrowText = readText(HARROW_FILE);
const councils = fictionalCouncils(19);

function parseCouncil(index: number) {
  const council = councils[index];
  if (!council) throw new Error(`no council ${index}`);
  return parseAssessment(fictionalAssessment(harrowText, council), `content/${councilSlug(council)}.txt`);
}

describe('fictional councils for the build benchmark', () => {
  it('parses the first council as "Fictional Borough of Ashcombe", all 1s, inadequate', () => {
    const ashcombe = parseCouncil(0);
    expect(ashcombe.authority).toBe('Fictional Borough of Ashcombe');
    expect(ashcombe.slug).toBe('fictional-borough-of-ashcombe');
    expect(ashcombe.rating).toBe('Inadequate');
    expect(ashcombe.scores.map((s) => s.score)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const statements = ashcombe.themes.flatMap((t) => t.statements);
    expect(statements.map((s) => s.scoreLabel)).toEqual(Array(9).fill('Evidence shows significant shortfalls'));
    expect(ashcombe.about?.heading).toBe('About Fictional Borough of Ashcombe');
    expect(ashcombe.themes[0]?.title).toBe('How Fictional Borough of Ashcombe works with people');
  });

  it('parses the tenth council as Kestrelton, 23 of 36, good, with the scores in both lists', () => {
    const kestrelton = parseCouncil(9);
    expect(kestrelton.authority).toBe('Fictional Borough of Kestrelton');
    expect(kestrelton.rating).toBe('Good');
    expect(kestrelton.scores.map((s) => s.score)).toEqual([3, 3, 3, 3, 3, 2, 2, 2, 2]);
    const statements = kestrelton.themes.flatMap((t) => t.statements);
    expect(statements.map((s) => [s.slug, s.score])).toEqual([
      ['assessing-needs', 3], ['supporting-people-to-live-healthier-lives', 3], ['equity-in-experience-and-outcomes', 3],
      ['care-provision-integration-and-continuity', 3], ['partnerships-and-communities', 3],
      ['safe-pathways-systems-and-transitions', 2], ['safeguarding', 2],
      ['governance-management-and-sustainability', 2], ['learning-improvement-and-innovation', 2],
    ]);
    expect(statements[0]?.scoreLabel).toBe('Evidence shows a good standard');
    expect(statements[8]?.scoreLabel).toBe('Evidence shows some shortfalls');
  });

  it('leaves no mention of Harrow in a generated report', () => {
    const council = councils[18];
    expect(council?.name).toBe('Fictional Borough of Thistleby');
    const text = council ? fictionalAssessment(harrowText, council) : '';
    expect(text).not.toMatch(/Harrow/);
    expect(text.match(/Thistleby/g)?.length).toBe(harrowText.match(/Harrow/g)?.length);
  });

  it('gives the 19 councils 19 different sets of scores, spanning all four ratings and none equal to Harrow\'s', () => {
    const sets = councils.map((c) => c.scores.join(','));
    expect(new Set(sets).size).toBe(19);
    expect(sets).not.toContain('2,2,3,2,3,2,2,2,3');
    expect(councils.map((c) => c.scores.reduce((a, b) => a + b, 0))).toEqual(
      [9, 11, 12, 14, 15, 17, 18, 20, 21, 23, 24, 26, 27, 29, 30, 32, 33, 35, 36]);
  });

  it('refuses to invent more councils than it has names for', () => {
    expect(() => fictionalCouncils(21)).toThrow(RangeError);
  });
});
