import { afterEach, describe, expect, it } from 'vitest';
import {
  REGISTER_PROVENANCE, checkContent, getAssessment, getAuthorityParams, getCouncil, getCouncilContext, getCouncils, getDownload, getEnglandCouncils,
  getNationalEntries, getProvenances, getReportUrl, getSection, getSectionParams, getSnapshot,
} from '@/lib/content';
import { parse } from 'csv-parse/sync';
import { ENGLAND_FILE, LATER_FILE } from '@/lib/content-check';
import { absoluteUrl } from '@/lib/site';
import { SITE_PAGES } from '@/lib/view/site-pages';
import { parseHarrow, readText } from './helpers';

/** The loader over the real content/ (and, where a test asks, the site fixtures), as the build runs it. */

/** A content CSV as records by column, read here with csv-parse alone (not through lib/register). */
const records = (file: string): Record<string, string>[] => parse(readText(file), { columns: true, bom: true });
const register = records('content/cqc-local-authority-ratings.csv');
const later = records(LATER_FILE);
const england = records(ENGLAND_FILE);
/** The ONS codes of the councils with a result: a register row (joined by its name) or a later result. */
const withResult = new Set<string | undefined>([
  ...england.filter((c) => register.some((r) => r.authority === c.register_authority)).map((c) => c.gss_code),
  ...later.map((r) => r.gss_code),
]);

describe('the content as the build loads it', () => {
  it('checks every report and the register without an error or a warning', async () => {
    const { files, rows, councils, snapshot, errors, warnings } = await checkContent();
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(warnings).toEqual([]);
    expect(files.map((f) => f.file)).toContain('content/london-borough-of-harrow.txt');
    expect(rows).toHaveLength(register.length);
    expect(councils).toHaveLength(england.length);
    expect(councils.filter((c) => c.rows.length > 0).map((c) => c.england?.gssCode).sort()).toEqual([...withResult].sort());
    expect(snapshot).toMatchObject({ date: '2025-10-03', rows: register.length, councils: new Set(register.map((r) => r.authority)).size, file: REGISTER_PROVENANCE });
  });

  it('gives the snapshot with its provenance as markdown, for the site to show', async () => {
    const snapshot = await getSnapshot();
    expect(snapshot.markdown).toBe(readText(REGISTER_PROVENANCE));
    expect(snapshot.councils).toBe(new Set(register.map((r) => r.authority)).size);
  });

  // The first test here to ask for what is looked up (worked out once per process): keep it first, so
  // that mutation testing, which counts that work as this test's, runs it.
  it('gives each report\'s downloads with its address on CQC\'s website and this site\'s, and England\'s councils as the councils file lists them', async () => {
    const scores = (await getDownload('london-borough-of-harrow-scores.csv'))?.body() ?? '';
    expect(scores).toContain(',https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0824,');
    expect(scores).toContain(absoluteUrl('/london-borough-of-harrow/safeguarding'));
    expect((await getEnglandCouncils()).map((c) => c.gssCode)).toEqual(expect.arrayContaining(england.map((c) => c.gss_code)));
    expect(await getEnglandCouncils()).toHaveLength(england.length);
  });

  it('gives an assessment by its council\'s address, none for a council without a report, and the data files\' provenance', async () => {
    expect((await getAssessment('london-borough-of-harrow'))?.authority).toBe('London Borough of Harrow');
    expect(await getAssessment('blackpool-council')).toBeUndefined();
    expect(await getAssessment('no-such-council')).toBeUndefined();
    expect(await getProvenances()).toEqual(['content/councils-england.md', 'content/cqc-later-results.md'].map((file) => ({ file, markdown: readText(file) })));
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

  it('gives the national figures one entry per council with a result, in the register or recorded later', async () => {
    expect(await getNationalEntries()).toHaveLength(withResult.size);
  });

  it('gives every council of England a page, Blackpool\'s from its register row alone, none at an address the site uses for itself', async () => {
    const params = await getAuthorityParams();
    expect(params).toHaveLength(england.length);
    expect(params).toContainEqual({ authority: 'blackpool-council' });
    const reserved = new Set([...SITE_PAGES.map((p) => p.path.split('/')[1]), 'rating', 'downloads', 'card.png']);
    expect(params.filter((p) => reserved.has(p.authority))).toEqual([]);
  });

  it('puts Harrow among every council with a result, with the snapshot the counts are of, and has no context for an unknown council', async () => {
    const { context, snapshot } = await getCouncilContext('london-borough-of-harrow');
    const latest = (code: string | undefined) => later.find((r) => r.gss_code === code)?.rating
      ?? register.find((r) => r.authority === england.find((c) => c.gss_code === code)?.register_authority)?.rating;
    const requiresImprovement = [...withResult].filter((code) => latest(code) === 'Requires improvement').length;
    expect(context).toMatchObject({ councils: withResult.size, sameRating: requiresImprovement, published: '2024-08', overall: { percent: 59 } });
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

  it('also read tests/fixtures/site/: Holmbury\'s report, of a made-up council none of England\'s, built with a warning', async () => {
    process.env.INCLUDE_TEST_FIXTURES = '1';
    const { files, councils, errors, warnings, snapshot } = await checkContent();
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(snapshot?.rows).toBe(register.length);
    expect(files.map((f) => f.file)).toContain('tests/fixtures/site/holmbury-borough-council.txt');
    expect(councils.find((c) => c.slug === 'holmbury-borough-council')).toMatchObject({ england: null, rows: [], authority: 'Holmbury Borough Council' });
    expect(warnings).toEqual([{ file: 'tests/fixtures/site/holmbury-borough-council.txt',
      message: '"Holmbury Borough Council" is none of England\'s councils in content/councils-england.csv: its pages are built, but it is counted in no figure for England' }]);
  });

  it('read only content/ otherwise', async () => {
    const { files } = await checkContent();
    expect(files.some((f) => f.file.startsWith('tests/'))).toBe(false);
  });
});
