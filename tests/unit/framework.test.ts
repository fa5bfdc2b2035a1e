import { describe, expect, it } from 'vitest';
import { slugify } from '@/lib/assessment/blocks';
import { STATEMENTS, STATEMENT_SLUGS, THEMES, frameworkStatement, themeOf } from '@/lib/framework';
import { REGISTER_COLUMNS } from '@/lib/register';
import { parseHarrow, readText } from './helpers';

describe('CQC\'s framework', () => {
  it('has four themes numbered 1 to 4 and nine statements, two or three in each theme, in theme order', () => {
    expect(THEMES.map((t) => t.number)).toEqual([1, 2, 3, 4]);
    expect(STATEMENTS).toHaveLength(9);
    expect(STATEMENTS.map((s) => s.theme)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('gives each statement the slug of its name, which is also how a report\'s pages address it', () => {
    for (const statement of STATEMENTS) expect(statement.slug).toBe(slugify(statement.name));
    expect(new Set(STATEMENT_SLUGS).size).toBe(9);
  });

  it('names its statements as Harrow\'s report names them under its themes, in the same order', () => {
    const harrow = parseHarrow();
    const statements = harrow.themes.flatMap((t) => t.statements.map((s) => ({ name: s.name, theme: t.number })));
    expect(statements).toEqual(STATEMENTS.map((s) => ({ name: s.name, theme: s.theme })));
  });

  it('gives the register its score columns, in CQC\'s order', () => {
    const header = readText('content/cqc-local-authority-ratings.csv').split('\n')[0];
    expect(header).toBe(REGISTER_COLUMNS.join(','));
    expect(REGISTER_COLUMNS.slice(4)).toEqual(STATEMENT_SLUGS);
  });

  it('finds the theme of a statement', () => {
    expect(STATEMENTS.map((s) => themeOf(s).number)).toEqual(STATEMENTS.map((s) => s.theme));
    expect(themeOf(STATEMENTS[6]).title).toBe('How the local authority ensures safety within the system');
  });
});

describe('matching a report\'s statement name to the framework', () => {
  it('matches every name exactly, whatever the case, spacing or trailing full stop', () => {
    for (const statement of STATEMENTS) {
      expect(frameworkStatement(statement.name)).toBe(statement);
      expect(frameworkStatement(`  ${statement.name.toUpperCase()}.`)).toBe(statement);
    }
  });

  it('matches Harrow\'s score list wording "Supporting people to lead healthier lives" to live healthier lives', () => {
    const listed = parseHarrow().scores.map((entry) => entry.name);
    expect(listed[1]).toBe('Supporting people to lead healthier lives');
    expect(frameworkStatement('Supporting people to lead healthier lives')?.slug).toBe('supporting-people-to-live-healthier-lives');
    expect(listed.map((name) => frameworkStatement(name)?.slug)).toEqual(STATEMENT_SLUGS);
  });

  it('matches another wording only when one statement\'s name is nearly the same', () => {
    expect(frameworkStatement('Safe pathways, systems and transition')?.slug).toBe('safe-pathways-systems-and-transitions');
    // Three words of five shared with a name of three: 2 x 3 / (5 + 3) = 0.75, the least that counts.
    expect(frameworkStatement('Partnerships and communities in Harrow')?.slug).toBe('partnerships-and-communities');
    expect(frameworkStatement('Partnerships and communities in north Harrow')).toBeUndefined();
    expect(frameworkStatement('Safeguarding adults')).toBeUndefined();
    expect(frameworkStatement('Partnerships')).toBeUndefined();
    expect(frameworkStatement('Leadership and workforce')).toBeUndefined();
    expect(frameworkStatement('')).toBeUndefined();
  });
});
