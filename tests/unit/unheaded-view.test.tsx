import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StatementBody, statementContents } from '@/components/statement-body';
import { parseAssessment } from '@/lib/assessment';
import { paragraphDocuments } from '@/lib/search';
import { citeFigure } from '@/lib/view/citation';
import { comparisonsCsv } from '@/lib/view/downloads';
import { readText, statementOf } from './helpers';

/** The smallest changes that let the existing pages, search and downloads carry key findings without headings. */
const FILE = 'tests/fixtures/site/holmbury-borough-council.txt';
const holmbury = parseAssessment(readText(FILE), FILE);
const assessing = statementOf(holmbury, 'assessing-needs');

describe('an unheaded finding on the existing pages', () => {
  it('renders its paragraphs with their addresses, no heading of its own, and one link to share pointing at "Key findings"', () => {
    const arrival = { authority: holmbury.authority, part: assessing.name, score: assessing.score, href: '/holmbury-borough-council/assessing-needs' };
    const html = renderToStaticMarkup(<StatementBody assessment={holmbury} statement={assessing} level={2} reportUrl={null} arrival={arrival} />);
    expect(html).toContain('id="key-findings-p1"');
    expect(html).toContain('id="key-findings-p5"');
    expect(html.match(/id="key-findings"/g)).toHaveLength(1);
    expect(html).toContain('<a class="share-link" href="/holmbury-borough-council/assessing-needs#key-findings" aria-label="Link to this finding: the key findings of Assessing needs">Link to this finding</a>');
    const paragraphs = assessing.findings[0]?.paragraphs.length ?? 0;
    expect(paragraphs).toBeGreaterThan(1);
    // One disclosure holds a link to each of its paragraphs, each named by its first words.
    expect(html.match(/<summary>Link to a paragraph/g)).toHaveLength(1);
    expect(html).toContain(`href="/holmbury-borough-council/assessing-needs#key-findings-p${paragraphs}"`);
    expect(html.match(/>Link to paragraph \d+</g)).toHaveLength(paragraphs);
    // Where a link lands: after "Key findings" (the unheaded finding's address) and first in each paragraph.
    expect(html).toMatch(/id="key-findings">Key findings<\/h2><span class="arrival">/);
    expect(html).toMatch(/id="key-findings-p1" class="finding__paragraph"><span class="arrival">/);
    expect(html).not.toContain('null');
  });

  it('lists "Key findings" in the contents as one entry, without a link per finding, and not the two sections straight after the list', () => {
    const contents = statementContents(statementOf(holmbury, 'supporting-people-to-live-healthier-lives'));
    expect(contents.map((e) => [e.id, e.label, e.children])).toEqual([
      ['key-findings', 'Key findings', undefined],
      ['national-data', 'National data compared with England', undefined],
    ]);
    expect(statementContents(assessing, 'assessing-needs').map((e) => e.id)).toContain('assessing-needs--key-findings');
  });
});

describe('search and downloads with unheaded findings and demographics', () => {
  const documents = paragraphDocuments([holmbury]);

  it('heads a search result from an unheaded finding "Key findings" and links to its paragraph', () => {
    expect(documents.find((d) => d.href.endsWith('/assessing-needs#key-findings-p2'))).toMatchObject({ title: 'Assessing needs: Key findings' });
  });

  it('heads a search result from demographics with no heading by the About heading', () => {
    expect(documents.find((d) => d.href === '/holmbury-borough-council#demographics-p1')).toMatchObject({ title: 'Overview: About Holmbury Borough Council' });
  });

  it('leaves the finding column of the comparisons CSV empty for an unheaded finding, and keeps a heading where there is one', () => {
    const rows = comparisonsCsv(holmbury, { absolute: (p) => `https://example.org${p}`, reportUrl: null }).split('\r\n');
    expect(rows[1]).toMatch(/^Holmbury Borough Council,2025-03-12,,How Holmbury Borough Council works with people,Assessing needs,,people who used services felt/);
    expect(rows.find((r) => r.includes('71.30') || r.includes(',71.30,'))).toContain(',Reablement and short-term support,');
  });

  it('cites a figure with its dataset\'s name from the one table', () => {
    const comparison = assessing.comparisons[2];
    const citation = comparison ? citeFigure(holmbury, assessing, comparison, { report: null, readAt: 'https://example.org/x' }) : undefined;
    expect(citation?.lines.find((l) => l.label === 'Dataset')?.value).toBe('Survey of Adult Carers in England (SACE), 2023-24');
  });
});
