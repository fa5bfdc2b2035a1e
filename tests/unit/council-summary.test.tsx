import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CouncilSummary } from '@/components/council-summary';
import { councilContext, nationalEntries } from '@/lib/national';
import { buildCouncils, parseProvenance, parseRegister, type Snapshot } from '@/lib/register';
import { readText } from './helpers';
import { checkAgainst, councilsOf, englandCouncils } from './register-helpers';

const PROVENANCE = 'content/cqc-local-authority-ratings.md';
const header = readText('content/cqc-local-authority-ratings.csv').split('\n')[0] ?? '';
const rows = parseRegister(`${header}
Blackpool Council,Requires improvement,2024-05,https://www.cqc.org.uk/x/b-0524,2,2,2,2,2,2,2,,2
Blackpool Council,,2025-09,https://www.cqc.org.uk/x/b-0925,3,3,3,3,3,3,3,3,3
Bristol City Council,Good,2025-01,https://www.cqc.org.uk/x/d-0125,3,3,3,3,3,3,3,3,2
`, 'r.csv').rows;
const councils = councilsOf(rows, []).councils;
const snapshot: Snapshot = { ...parseProvenance(readText(PROVENANCE), PROVENANCE), rows: 3, councils: 2 };

function render(slug: string): string {
  const council = councils.find((c) => c.slug === slug);
  const row = council?.rows[0];
  if (!council || !row) throw new Error(`no council ${slug}`);
  return renderToStaticMarkup(<CouncilSummary council={council} row={row} context={councilContext(nationalEntries(councils), slug, englandCouncils())} snapshot={snapshot} />);
}

describe('a council\'s summary page', () => {
  it('shows its latest assessment, says its rating is not recorded, and links to its report on CQC\'s website', () => {
    const html = render('blackpool-council');
    expect(html).toContain('<h1>Blackpool Council</h1>');
    expect(html).toContain('<time dateTime="2025-09">September 2025</time>');
    expect(html).toContain('<a href="https://www.cqc.org.uk/x/b-0925">Read the full report on CQC&#x27;s website</a>');
    expect(html).toContain('Overall rating: not recorded.');
    expect(html).not.toContain('rating-badge');
  });

  it('lists the earlier assessment with its month, rating, scores and report', () => {
    const html = render('blackpool-council');
    expect(html).toContain('<h2 id="earlier">Earlier assessments</h2>');
    expect(html).toMatch(/<a href="https:\/\/www.cqc.org.uk\/x\/b-0524">Published May 2024<\/a>: Requires improvement;\s*scores 2, 2, 2, 2, 2, 2, 2, not scored in this assessment, 2 \(in CQC&#x27;s order\)\. This site&#x27;s calculation from CQC&#x27;s scores: 16 of 32, 50%\./);
  });

  it('shows CQC\'s rating and each score, and has no earlier assessments to list when the register has one row', () => {
    const html = render('bristol-city-council');
    expect(html).toContain('rating-badge');
    expect(html).toContain('Good');
    expect(html.match(/Score 3 of 4/g)).toHaveLength(8);
    expect(html.match(/Score 2 of 4/g)).toHaveLength(1);
    expect(html).not.toContain('Earlier assessments');
    expect(html).toContain('1 of 2 councils was rated good</strong>: Bristol City Council.');
  });
});
