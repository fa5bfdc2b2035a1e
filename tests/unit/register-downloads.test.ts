import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { STATEMENT_SLUGS } from '@/lib/framework';
import { buildCouncils, parseProvenance, parseRegister, type Snapshot } from '@/lib/register';
import { councilRow } from '@/lib/view/councils';
import {
  nationalCard, nationalMetadata, provenanceCard, provenanceMetadata, snapshotText,
  summaryCard, summaryMetadata,
} from '@/lib/view/national-meta';
import { OGL_ATTRIBUTION_TEXT } from '@/lib/view/sources';
import { REGISTER_COLUMNS_DOC, registerCsv, registerDownloads, registerJson, registerRows } from '@/lib/view/register-downloads';
import { HARROW_FILE, parseHarrow, readText } from './helpers';
import { councilsOf } from './register-helpers';

const REGISTER = 'content/cqc-local-authority-ratings.csv';
const PROVENANCE = 'content/cqc-local-authority-ratings.md';
const text = readText(REGISTER);
const { councils } = councilsOf(parseRegister(text, REGISTER).rows, [{ file: HARROW_FILE, assessment: parseHarrow() }]);
const snapshot: Snapshot = { ...parseProvenance(readText(PROVENANCE), PROVENANCE), rows: 72, councils: 72 };
const absolute = (path: string) => `https://example.org${path}`;
/** The real file read as records by csv-parse, apart from the code under test. */
const source: Record<string, string>[] = parse(text, { columns: true });

/** The CSV as records, written as the test runs: a mutant is active only while a test runs. */
const written = (): Record<string, string>[] => parse(registerCsv(councils, absolute), { columns: true });

describe('the register as CSV', () => {
  it('holds every row of the register with its columns as the file gives them', () => {
    const rows = written();
    expect(rows).toHaveLength(72);
    for (const record of source) {
      const row = rows.find((r) => r.authority === record.authority);
      expect(row, record.authority).toMatchObject(record);
    }
  });

  it('adds the council\'s page on this site and the licence to each row', () => {
    const rows = written();
    const harrow = rows.find((r) => r.authority === 'London Borough of Harrow');
    expect(harrow?.address).toBe('https://example.org/london-borough-of-harrow');
    expect(rows.every((r) => r.licence === OGL_ATTRIBUTION_TEXT)).toBe(true);
    expect(OGL_ATTRIBUTION_TEXT).toBe('Contains public sector information licensed under the Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)');
  });

  it('has exactly the documented columns, in order: the register\'s, then address and licence', () => {
    const header = registerCsv(councils, absolute).split('\r\n')[0];
    expect(header).toBe(['authority', 'rating', 'published', 'report_url', ...STATEMENT_SLUGS, 'address', 'licence'].join(','));
    expect(REGISTER_COLUMNS_DOC.map((c) => c.name).join(',')).toBe(header);
  });

  it('lists a council\'s assessments oldest first, each a row of its own', () => {
    const header = text.split('\n')[0] ?? '';
    const two = parseRegister(`${header}
Blackpool Council,Good,2025-09,https://www.cqc.org.uk/x/b-0925,3,3,3,3,3,3,3,3,3
Blackpool Council,Requires improvement,2024-05,https://www.cqc.org.uk/x/b-0524,2,2,2,2,2,2,2,,2
`, 'r.csv').rows;
    const built = councilsOf(two, []).councils;
    expect(registerRows(built).map((r) => r.row.published)).toEqual(['2024-05', '2025-09']);
    const lines: string[][] = parse(registerCsv(built, absolute));
    expect(lines.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['Blackpool Council', 'Requires improvement', '2024-05'], ['Blackpool Council', 'Good', '2025-09'],
    ]);
    expect(lines[1]?.[11]).toBe('');
  });
});

describe('the register as JSON', () => {
  const document = () => JSON.parse(registerJson(councils, snapshot, absolute));

  it('carries the source, the licence, the snapshot and the provenance word for word', () => {
    expect(document()).toMatchObject({
      source: 'Care Quality Commission',
      licence: { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
      attribution: OGL_ATTRIBUTION_TEXT, snapshot: '2025-10-03', councils: 72, provenance: readText(PROVENANCE),
    });
  });

  it('holds every assessment, County Durham\'s rating as null', () => {
    const json = document();
    expect(json.assessments).toHaveLength(72);
    expect(json.assessments.find((a: { authority: string }) => a.authority === 'County Durham').rating).toBeNull();
    expect(json.assessments.find((a: { authority: string }) => a.authority === 'London Borough of Harrow')).toEqual({
      authority: 'London Borough of Harrow', rating: 'Requires improvement', published: '2024-08',
      reportUrl: 'https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0824',
      scores: Object.fromEntries(STATEMENT_SLUGS.map((slug, i) => [slug, [2, 2, 3, 2, 3, 2, 2, 2, 3][i]])),
      address: 'https://example.org/london-borough-of-harrow',
    });
  });

  it('offers both as downloads with their names, types and titles', () => {
    expect(registerDownloads(councils, snapshot, absolute).map((d) => [d.file, d.contentType, d.title])).toEqual([
      ['cqc-local-authority-ratings.csv', 'text/csv; charset=utf-8', 'Every council\'s rating and scores (CSV)'],
      ['cqc-local-authority-ratings.json', 'application/json; charset=utf-8', 'Every council\'s rating and scores, with the provenance (JSON)'],
    ]);
    expect(document().title).toBe('Published ratings and quality statement scores of English councils\' adult social care assessments');
  });
});

describe('titles and share cards of the register\'s pages', () => {
  const blackpool = councils.find((c) => c.slug === 'blackpool-council');
  const durham = councils.find((c) => c.slug === 'durham-county-council');
  const rowOf = (council: typeof blackpool) => {
    const row = council && councilRow(council);
    if (!row) throw new Error('no row');
    return row;
  };

  it('prints the snapshot as "72 councils published by 3 October 2025"', () => {
    expect(snapshotText(snapshot)).toBe('72 councils published by 3 October 2025');
    expect(snapshotText({ councils: 1, date: '2025-10-03' })).toBe('1 council published by 3 October 2025');
  });

  it('titles a summary page with CQC\'s rating and its month, and says so on its card', () => {
    const row = rowOf(blackpool);
    const metadata = summaryMetadata(row, '/blackpool-council');
    expect(metadata.title).toEqual({ absolute: 'Blackpool Council: rated inadequate - adult social care assessment' });
    expect(metadata.alternates?.canonical).toBe('/blackpool-council');
    expect(summaryCard(row)).toMatchObject({ authority: 'Blackpool Council', title: 'Rated inadequate', kicker: 'Adult social care assessment, published August 2025' });
    expect(summaryCard(row).alt).toContain('Blackpool Council: rated inadequate by the Care Quality Commission, published August 2025.');
  });

  it('says "rating not recorded" where the register has none', () => {
    const unrated = rowOf(durham);
    expect(summaryCard(unrated).title).toBe('Rating not recorded');
    expect(summaryMetadata(unrated, '/durham-county-council').title).toEqual({ absolute: 'Durham County Council: rating not recorded - adult social care assessment' });
  });

  it('writes every word of the cards, which are also their alt text', () => {
    expect(summaryCard(rowOf(blackpool))).toEqual({
      image: '/blackpool-council/card.png', authority: 'Blackpool Council', kicker: 'Adult social care assessment, published August 2025', title: 'Rated inadequate',
      badge: 'CQC\'s rating and nine scores; the full report is on CQC\'s website',
      alt: 'Blackpool Council: rated inadequate by the Care Quality Commission, published August 2025. CQC\'s rating and nine scores; the full report is on CQC\'s website.',
    });
    expect(nationalCard(snapshot)).toEqual({
      image: '/national/card.png', authority: 'Every council\u2019s published result', kicker: '72 councils published by 3 October 2025',
      title: 'Ratings and scores of all councils, in numbers', badge: 'Counts by this site of CQC\u2019s published results',
      alt: 'CQC\'s ratings and quality statement scores of 72 councils published by 3 October 2025, counted by this site.',
    });
    expect(provenanceCard(snapshot)).toEqual({
      image: '/national/about-the-data/card.png', authority: 'The ratings register', kicker: 'Snapshot of 3 October 2025', title: 'Where the figures come from',
      badge: 'CQC\u2019s published ratings and scores', alt: 'The ratings register: where the figures come from. Snapshot of 3 October 2025.',
    });
  });

  it('titles and describes each page in full', () => {
    const summary = summaryMetadata(rowOf(blackpool), '/blackpool-council');
    expect(summary.description).toBe('The Care Quality Commission\'s rating and nine quality statement scores for Blackpool Council\'s adult social care, published August 2025, with the link to the full report on CQC\'s website and how all councils scored.');
    const national = nationalMetadata(snapshot);
    expect(national.title).toEqual({ absolute: 'Every council\'s CQC rating and scores, in numbers - Council care assessments, explained' });
    expect(national.description).toBe('How many councils have each CQC rating, the spread of overall scores and how many scored 1, 2, 3 and 4 on each quality statement: 72 councils published by 3 October 2025.');
    const provenance = provenanceMetadata(snapshot, '/national/about-the-data');
    expect(provenance.title).toEqual({ absolute: 'About the ratings register - Council care assessments, explained' });
    expect(provenance.description).toBe('Where the ratings and scores of 72 councils published by 3 October 2025 come from, how they were checked, and what each column means.');
    expect(provenance.alternates?.canonical).toBe('/national/about-the-data');
  });

  it('gives the national page and the provenance their cards and canonical addresses', () => {
    expect(nationalCard(snapshot).kicker).toBe('72 councils published by 3 October 2025');
    expect(nationalMetadata(snapshot).alternates?.canonical).toBe('/national');
    expect(provenanceCard(snapshot).kicker).toBe('Snapshot of 3 October 2025');
    expect(provenanceMetadata(snapshot, '/national/about-the-data').description).toContain('72 councils published by 3 October 2025');
  });
});
