import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OverviewView } from '@/components/overview-view';
import { StatementView } from '@/components/statement-view';
import { TermsUsed } from '@/components/terms-used';
import { ThemeView } from '@/components/theme-view';
import type { Assessment, Statement } from '@/lib/assessment';
import { parseHarrow, statementOf } from './helpers';

function statementPage(assessment: Assessment, statement: Statement): string {
  const theme = assessment.themes.find((t) => t.statements.some((s) => s.slug === statement.slug));
  if (!theme) throw new Error('no theme');
  return renderToStaticMarkup(<StatementView assessment={assessment} theme={theme} statement={statement} previous={null} next={null} reportUrl={null} />);
}

/** The ids a page's contents list links to, in order. */
const contentsIds = (html: string) => [...(html.match(/<nav class="contents"[\s\S]*?<\/nav>/)?.[0] ?? '').matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);

/** The list of terms alone. */
const termsSection = (html: string) => html.match(/<section class="terms-used">[\s\S]*?<\/section>/)?.[0] ?? '';

describe('the terms a page uses, explained once after the report\'s text', () => {
  it('explains Safeguarding\'s ten terms in the site\'s words, listed in the contents before the citation', () => {
    const harrow = parseHarrow();
    const html = statementPage(harrow, statementOf(harrow, 'safeguarding'));
    expect(html).toContain('<h2 id="terms">Terms used on this page</h2>');
    expect(html).toContain('Explained by this site, not by CQC.');
    expect(termsSection(html).match(/<dt>/g)).toHaveLength(10);
    expect(html).toContain('<div id="terms-dols"><dt><abbr>DoLS</abbr>: Deprivation of Liberty Safeguards</dt><dd>The legal process, under the Mental Capacity Act,');
    expect(html).toContain('<div id="terms-section-42"><dt>Section 42 enquiry</dt><dd>The enquiry a council must make');
    expect(contentsIds(html).slice(-2)).toEqual(['terms', 'cite']);
    // Inside CQC's text a term is marked, not linked: the page's only link to the glossary is the list's.
    expect(html).toContain('<abbr title="Deprivation of Liberty Safeguards" class="glossary-term">DoLS</abbr>');
    expect(html.match(/href="\/glossary[#"]/g)).toHaveLength(1);
  });

  it('gives no list and no contents entry on a page that uses no term', () => {
    const harrow = parseHarrow();
    const plain = { ...statementOf(harrow, 'safeguarding'), whatPeopleExpect: ['I feel safe.'], commitment: 'We keep people safe.', findings: [], comparisons: [] };
    const html = statementPage(harrow, plain);
    expect(html).not.toContain('Terms used on this page');
    expect(contentsIds(html)).not.toContain('terms');
    expect(renderToStaticMarkup(<TermsUsed terms={[]} level={2} />)).toBe('');
  });

  it('lists the overview\'s terms in its contents, and none on a theme page, which holds headings and figures, not the findings\' text', () => {
    const harrow = parseHarrow();
    const theme = harrow.themes[2];
    if (!theme) throw new Error('no theme 3');
    const themeHtml = renderToStaticMarkup(<ThemeView assessment={harrow} theme={theme} reportUrl={null} />);
    expect(themeHtml).not.toContain('Terms used on this page');
    expect(contentsIds(themeHtml)).toEqual(theme.statements.map((s) => s.slug));
    const overview = renderToStaticMarkup(<OverviewView assessment={harrow} reportUrl={null} />);
    expect([...overview.matchAll(/<div id="terms-([a-z0-9-]+)">/g)].map((m) => m[1])).toEqual(['unpaid-carer', 'dass', 'direct-payments', 'co-production', 'safeguarding-adults-board', 'imd', 'ics']);
    expect(contentsIds(overview).slice(-4)).toEqual(['terms', 'downloads', 'cite', 'what-you-can-do']);
  });
});
