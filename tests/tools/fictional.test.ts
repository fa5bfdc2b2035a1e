import { describe, expect, it } from 'vitest';
import { parseAssessment } from '@/lib/assessment';
import { MAX_FICTIONAL, councilSlug, fictionalAssessment, fictionalCouncils, fictionalScores } from '@/scripts/bench/fictional';
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

  it('names as many councils as England has and more, each once, keeping the first twenty names', () => {
    const all = fictionalCouncils(MAX_FICTIONAL);
    expect(MAX_FICTIONAL).toBeGreaterThanOrEqual(153);
    expect(new Set(all.map((c) => c.name)).size).toBe(MAX_FICTIONAL);
    expect(new Set(all.map(councilSlug)).size).toBe(MAX_FICTIONAL);
    expect(all.slice(0, 19).map((c) => c.name)).toEqual(councils.map((c) => c.name));
    expect(all[20]?.name).toBe('Fictional Borough of Ashham');
  });

  it('spreads 152 councils\' scores from all 1s to all 4s, every score 1 to 4, the totals never falling', () => {
    const totals: number[] = [];
    for (let index = 0; index < 152; index++) {
      const scores = fictionalScores(index, 152);
      expect(scores.every((s) => s >= 1 && s <= 4), `council ${index}: ${scores.join(',')}`).toBe(true);
      totals.push(scores.reduce((a, b) => a + b, 0));
    }
    expect(totals[0]).toBe(9);
    expect(totals.at(-1)).toBe(36);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    // Past index 18 JS's % of a negative number is negative; the rotation must still hand out the odd points.
    expect(fictionalScores(40, 152)).toEqual([2, 2, 1, 1, 2, 2, 2, 2, 2]);
  });

  it('writes valid reports past the twentieth council', () => {
    const many = fictionalCouncils(152);
    for (const index of [19, 20, 100, 151]) {
      const council = many[index];
      if (!council) throw new Error(`no council ${index}`);
      const parsed = parseAssessment(fictionalAssessment(harrowText, council), `content/${councilSlug(council)}.txt`);
      expect(parsed.authority).toBe(council.name);
      expect(parsed.scores.map((s) => s.score)).toEqual(council.scores);
    }
  });

  it('refuses to invent more councils than it has names for', () => {
    expect(() => fictionalCouncils(MAX_FICTIONAL + 1)).toThrow(RangeError);
  });
});
