import { describe, expect, it } from 'vitest';
import { ConsistencyError, type Statement } from '@/lib/assessment';
import { checkOverallScore, checkThemeLists, linkScores, nameSimilarity } from '@/lib/assessment/validate';
import { parseHarrow } from './helpers';

/** Harrow's first statements renamed, each with its own line and score, to link score lists against. */
function statementsNamed(names: string[]): Statement[] {
  const harrow = parseHarrow().themes.flatMap((t) => t.statements);
  return names.map((name, i) => {
    const base = harrow[i];
    if (!base) throw new Error(`Harrow has no statement ${i}`);
    return { ...base, name, line: 100 + i, score: 2 };
  });
}

const entry = (name: string, line: number) => ({ name, score: 2 as const, line, scoreLine: line + 1 });

describe('nameSimilarity()', () => {
  it('counts words, not the spaces or stops around them', () => {
    expect(nameSimilarity('Safeguarding.', 'Safeguarding')).toBe(1);
    expect(nameSimilarity('- Assessing needs', 'Assessing needs')).toBe(1);
    expect(nameSimilarity('alpha beta gamma delta', 'alpha beta gamma epsilon')).toBe(0.75);
  });
});

describe('linkScores()', () => {
  it('links names printed alike first, so a name worded differently is compared only with the statements left', () => {
    // "alpha beta gamma zeta" is as near to both statements (0.75); the exact match takes one of them first.
    const statements = statementsNamed(['Alpha beta gamma delta', 'Alpha beta gamma epsilon']);
    const linked = linkScores('t.txt', [entry('Alpha beta gamma zeta', 10), entry('Alpha beta gamma epsilon', 12)], statements);
    expect(linked.map((e) => [e.name, e.statement])).toEqual([
      ['Alpha beta gamma zeta', statements[0]?.slug],
      ['Alpha beta gamma epsilon', statements[1]?.slug],
    ]);
  });

  it('links a name printed twice only once, and refuses the second at its line', () => {
    const statements = statementsNamed(['Assessing needs', 'Safeguarding']);
    const run = () => linkScores('t.txt', [entry('Assessing needs', 10), entry('Assessing needs', 12)], statements);
    expect(run).toThrow(ConsistencyError);
    expect(run).toThrow('t.txt:12: the score list names "Assessing needs": expected a quality statement of that name in a theme, found none');
  });

  it('refuses a name less than three quarters like the one statement left', () => {
    const statements = statementsNamed(['Alpha beta gamma delta']);
    expect(() => linkScores('t.txt', [entry('Alpha beta omega zeta', 10)], statements)).toThrow(/^t\.txt:10: the score list names "Alpha beta omega zeta"/);
  });
});

describe('checkThemeLists()', () => {
  it('names the statements the theme holds when its list names another', () => {
    const theme = parseHarrow().themes[0];
    if (!theme) throw new Error('no theme');
    expect(() => checkThemeLists('t.txt', [{ theme, listed: [{ text: 'Something else', line: 7 }] }])).toThrow(
      't.txt:7: theme 1 lists "Something else": expected a quality statement of that name in the theme, found "Assessing needs", "Supporting people to live healthier lives", "Equity in experience and outcomes"');
  });
});

describe('checkOverallScore()', () => {
  const themes = () => parseHarrow().themes;
  const lines = { title: 1, published: 3, rating: 5, overallScore: 6, scores: 7 };

  it('checks nothing when CQC prints no overall score', () => {
    expect(() => checkOverallScore('t.txt', { rating: 'Good', overallScore: null, themes: themes(), lines: { ...lines, overallScore: null } })).not.toThrow();
    expect(() => checkOverallScore('t.txt', { rating: 'Good', overallScore: null, themes: themes(), lines })).not.toThrow();
    expect(() => checkOverallScore('t.txt', { rating: 'Good', overallScore: 12, themes: themes(), lines: { ...lines, overallScore: null } })).not.toThrow();
  });

  it('refuses Harrow\'s scores printed as 60 instead of 59, at the printed line', () => {
    expect(() => checkOverallScore('t.txt', { rating: 'Requires improvement', overallScore: 60, themes: themes(), lines })).toThrow(/^t\.txt:6: expected the overall score CQC's method gives/);
  });
});
