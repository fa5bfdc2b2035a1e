import { renderToStaticMarkup } from 'react-dom/server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Arrival } from '@/components/arrival';
import { firstWords } from '@/components/statement-body';
import { ThemeView } from '@/components/theme-view';
import { labelOf, parseAssessment } from '@/lib/assessment';
import { STATEMENTS } from '@/lib/framework';
import { NEXT_STEP_LINKS } from '@/lib/view/next-steps';
import * as nextStepsModule from '@/components/next-steps';
import { fresh, parseHarrow, readText } from './helpers';

const harrow = parseHarrow();
/** Text as React writes it in HTML. */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').replace(/</g, '&lt;');

describe('where a shared link lands', () => {
  it('says the council, the statement, CQC\'s score in words, whose words, and links to the statement\'s start', () => {
    const statement = harrow.themes[0]?.statements[0];
    if (!statement) throw new Error('no statement');
    const html = renderToStaticMarkup(<Arrival context={{ authority: harrow.authority, part: statement.name, score: statement.score, href: '/x/y' }} />);
    const label = labelOf(statement.score);
    expect(html).toContain(`<span class="arrival__where">${harrow.authority}: ${statement.name}</span>`);
    expect(html).toContain(`CQC&#x27;s score for this quality statement: ${statement.score} of 4, ${label.charAt(0).toLowerCase()}${label.slice(1)}.`);
    expect(html).toContain('The words here are CQC&#x27;s, from its published report.');
    expect(html).toContain(`<a href="/x/y">Read ${statement.name} from the start</a>`);
  });

  it('gives the overview\'s sections CQC\'s rating instead of a score, and nothing where none is given', () => {
    const withRating = renderToStaticMarkup(<Arrival context={{ authority: 'A', part: 'B', score: null, rating: 'Requires improvement', href: '/a#b' }} />);
    expect(withRating).toContain('CQC&#x27;s overall rating: requires improvement.');
    expect(withRating).not.toContain('score');
    const bare = renderToStaticMarkup(<Arrival context={{ authority: 'A', part: 'B', score: null, href: '/a#b' }} />);
    expect(bare).not.toContain('rating');
  });

  it('names a paragraph by its first eight words, without markdown, whatever its spacing', () => {
    expect(firstWords('The local authority recorded 64 compliments in 2022- 2023.')).toBe('The local authority recorded 64 compliments in 2022- \u2026');
    expect(firstWords('Short *one*.')).toBe('Short one.');
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9.,']{1,8}$/), { minLength: 1, maxLength: 20 }), fc.stringMatching(/^[ \n\t]{1,3}$/), (words, space) => {
      const named = firstWords(words.join(space));
      expect(named.replace(/ \u2026$/, '').split(' ')).toEqual(words.slice(0, 8));
      expect(named.endsWith('\u2026')).toBe(words.length > 8);
    }));
  });
});

describe('a theme page', () => {
  const theme = harrow.themes[0];
  if (!theme) throw new Error('no theme');

  it('gives each statement its score, its findings\' headings linking to its page, and keeps the old addresses', () => {
    const page = renderToStaticMarkup(<ThemeView assessment={harrow} theme={theme} reportUrl={null} />);
    for (const statement of theme.statements) {
      for (const finding of statement.findings) {
        expect(page).toContain(`href="/${harrow.slug}/${statement.slug}#${finding.slug}">${html(finding.heading ?? `Key findings of ${statement.name}`)}</a>`);
        expect(page).toContain(`id="${statement.slug}--${finding.slug}"`);
        expect(page).toContain(`id="${statement.slug}--${finding.slug}-p${finding.paragraphs.length}"`);
      }
      expect(page).toContain(`Read all of CQC&#x27;s findings on ${statement.name}</a>`);
    }
    // The findings' text is on the statements' pages, not here.
    const paragraph = theme.statements[0]?.findings[0]?.paragraphs[0]?.text ?? '';
    expect(paragraph.length).toBeGreaterThan(40);
    expect(page).not.toContain(html(paragraph.slice(0, 40)));
    expect(page).not.toContain('We may not always review');
  });

  it('gives every id once, also where a finding has no heading and "Key findings" is its address', () => {
    const file = 'tests/fixtures/site/holmbury-borough-council.txt';
    const holmbury = parseAssessment(readText(file), file);
    const unheaded = holmbury.themes.find((t) => t.statements.some((s) => s.findings.some((f) => f.heading === null)));
    if (!unheaded) throw new Error('Holmbury has no unheaded finding');
    const ids = [...renderToStaticMarkup(<ThemeView assessment={holmbury} theme={unheaded} reportUrl={null} />).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('explains CQC\'s note where the report leaves a statement of the theme unscored', () => {
    const partial = { ...theme, statements: theme.statements.slice(1) };
    const html = renderToStaticMarkup(<ThemeView assessment={harrow} theme={partial} reportUrl={null} />);
    const inFramework = STATEMENTS.filter((s) => s.theme === theme.number).length;
    expect(html).toContain(`CQC&#x27;s framework has ${inFramework} quality statements in this theme; this report scores ${inFramework - 1}.`);
    expect(html).toContain('We may not always review all quality statements during every assessment.');
  });
});

describe('what a reader can do next', () => {
  it('is labelled as the site\'s, names the council and links every national service once, in order', async () => {
    const { NextSteps: Steps } = await fresh('@/components/next-steps', nextStepsModule);
    const html = renderToStaticMarkup(<Steps authority="Blackpool Council" />);
    expect(html).toContain('<h2 id="what-you-can-do">What you can do</h2>');
    expect(html).toContain('This section is this site&#x27;s, not CQC&#x27;s');
    expect(html).toContain('Blackpool Council&#x27;s adult social care team');
    expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(Object.values(NEXT_STEP_LINKS));
  });
});
