import { afterEach, describe, expect, it } from 'vitest';
import {
  REGISTER_PROVENANCE, checkContent, getAuthorityParams, getCouncil, getCouncilContext, getCouncils, getNationalEntries, getReportUrl, getSection,
  getSectionParams, getSnapshot,
} from '@/lib/content';
import { SITE_PAGES } from '@/lib/view/site-pages';
import { parseHarrow, readText } from './helpers';

/** The loader over the real content/ (and, where a test asks, the site fixtures), as the build runs it. */

describe('the content as the build loads it', () => {
  it('checks every report and the register without an error or a warning', async () => {
    const { files, rows, councils, snapshot, errors, warnings } = await checkContent();
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(warnings).toEqual([]);
    expect(files.map((f) => f.file)).toContain('content/london-borough-of-harrow.txt');
    expect(rows).toHaveLength(72);
    expect(councils.filter((c) => c.rows.length > 0)).toHaveLength(72);
    expect(snapshot).toMatchObject({ date: '2025-10-03', rows: 72, councils: 72, file: REGISTER_PROVENANCE });
  });

  it('gives the snapshot with its provenance as markdown, for the site to show', async () => {
    const snapshot = await getSnapshot();
    expect(snapshot.markdown).toBe(readText(REGISTER_PROVENANCE));
    expect(snapshot.councils).toBe(72);
  });

  it('gives every council one entry, Harrow at its usual address with its report and its CQC address', async () => {
    const councils = await getCouncils();
    expect(new Set(councils.map((c) => c.slug)).size).toBe(councils.length);
    const harrow = await getCouncil('london-borough-of-harrow');
    expect(harrow?.report?.assessment.authority).toBe('London Borough of Harrow');
    expect(harrow?.rows.map((r) => r.published)).toEqual(['2024-08']);
    expect(await getReportUrl(parseHarrow())).toBe('https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0824');
    expect(await getCouncil('blackpool-council')).toMatchObject({ authority: 'Blackpool Council', report: null });
    expect(await getCouncil('no-such-council')).toBeUndefined();
  });

  it('gives the national figures one entry per council with a register row', async () => {
    expect(await getNationalEntries()).toHaveLength(72);
  });

  it('gives every council a page, Blackpool\'s from its register row alone, none at an address the site uses for itself', async () => {
    const params = await getAuthorityParams();
    expect(params).toHaveLength(72);
    expect(params).toContainEqual({ authority: 'blackpool-council' });
    const reserved = new Set([...SITE_PAGES.map((p) => p.path.split('/')[1]), 'rating', 'downloads', 'card.png']);
    expect(params.filter((p) => reserved.has(p.authority))).toEqual([]);
  });

  it('puts Harrow among the 72 with the snapshot the counts are of, and has no context for an unknown council', async () => {
    const { context, snapshot } = await getCouncilContext('london-borough-of-harrow');
    expect(context).toMatchObject({ councils: 72, sameRating: 21, published: '2024-08', overall: { percent: 59 } });
    expect(snapshot.date).toBe('2025-10-03');
    expect((await getCouncilContext('no-such-council')).context).toBeUndefined();
  });

  it('loads a theme or statement page through one function, and lists every such page\'s params', async () => {
    const page = await getSection('london-borough-of-harrow', 'safeguarding');
    expect(page?.section.kind).toBe('statement');
    expect(page?.section.kind === 'statement' && page.section.statement.score).toBe(2);
    expect((await getSection('london-borough-of-harrow', 'leadership'))?.section.kind).toBe('theme');
    expect(await getSection('london-borough-of-harrow', 'no-such-section')).toBeUndefined();
    expect(await getSection('no-such-council', 'safeguarding')).toBeUndefined();
    const params = await getSectionParams();
    expect(params).toContainEqual({ authority: 'london-borough-of-harrow', section: 'safeguarding' });
    expect(params.filter((p) => p.authority === 'london-borough-of-harrow')).toHaveLength(13);
    expect(await getAuthorityParams()).toContainEqual({ authority: 'london-borough-of-harrow' });
  });
});

describe('test builds with INCLUDE_TEST_FIXTURES=1', () => {
  afterEach(() => {
    delete process.env.INCLUDE_TEST_FIXTURES;
  });

  it('also read tests/fixtures/site/, whose register holds Holmbury\'s row', async () => {
    process.env.INCLUDE_TEST_FIXTURES = '1';
    const { rows, errors, snapshot } = await checkContent();
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(snapshot?.rows).toBe(73);
    expect(rows.find((r) => r.authority === 'Holmbury Borough Council')).toMatchObject({
      file: 'tests/fixtures/site/register.csv', line: 2, rating: 'Good', published: '2025-03',
      reportUrl: 'https://www.cqc.org.uk/care-services/local-authority-assessment-reports/holmbury-0325',
    });
  });

  it('read only content/ otherwise', async () => {
    const { rows } = await checkContent();
    expect(rows.some((r) => r.file.startsWith('tests/'))).toBe(false);
  });
});
