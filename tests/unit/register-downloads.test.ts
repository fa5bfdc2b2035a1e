import { describe, expect, it } from 'vitest';
import { countedSet, nationalEntries } from '@/lib/national';
import { parseProvenance, parseRegister, type Snapshot } from '@/lib/register';
import { councilRow } from '@/lib/view/councils';
import {
  nationalCard, nationalMetadata, provenanceCard, provenanceMetadata, snapshotText,
  summaryCard, summaryMetadata,
} from '@/lib/view/national-meta';
import { HARROW_FILE, parseHarrow, readText } from './helpers';
import { councilsOf } from './register-helpers';

const REGISTER = 'content/cqc-local-authority-ratings.csv';
const PROVENANCE = 'content/cqc-local-authority-ratings.md';
const text = readText(REGISTER);
const { councils } = councilsOf(parseRegister(text, REGISTER).rows, [{ file: HARROW_FILE, assessment: parseHarrow() }]);
const snapshot: Snapshot = { ...parseProvenance(readText(PROVENANCE), PROVENANCE), rows: 72, councils: 72 };
/** What the national page counts of these councils: the register's alone here. */
const counted = countedSet(nationalEntries(councils));

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
    expect(metadata.title).toEqual({ absolute: 'Blackpool Council: rated inadequate - adult social care assessment - Council care assessments, explained' });
    expect(metadata.alternates?.canonical).toBe('/blackpool-council');
    expect(summaryCard(row)).toMatchObject({ authority: 'Blackpool Council', title: 'Rated inadequate', kicker: 'Adult social care assessment, published August 2025' });
    expect(summaryCard(row).alt).toContain('Blackpool Council: rated inadequate by the Care Quality Commission, published August 2025.');
  });

  it('says "rating not recorded" where the register has none', () => {
    const unrated = rowOf(durham);
    expect(summaryCard(unrated).title).toBe('Rating not recorded');
    expect(summaryMetadata(unrated, '/durham-county-council').title).toEqual({ absolute: 'Durham County Council: rating not recorded - adult social care assessment - Council care assessments, explained' });
  });

  it('writes every word of the cards, which are also their alt text', () => {
    expect(summaryCard(rowOf(blackpool))).toEqual({
      image: '/blackpool-council/card.png', authority: 'Blackpool Council', kicker: 'Adult social care assessment, published August 2025', title: 'Rated inadequate',
      badge: 'CQC\'s rating and nine scores; the full report is on CQC\'s website',
      alt: 'Blackpool Council: rated inadequate by the Care Quality Commission, published August 2025. CQC\'s rating and nine scores; the full report is on CQC\'s website.',
    });
    expect(nationalCard(counted, snapshot)).toEqual({
      image: '/national/card.png', authority: 'Every council\u2019s published result', kicker: '72 councils: the register to 3 October 2025',
      title: 'Ratings and scores of all councils, in numbers', badge: 'Counts by this site of CQC\u2019s published results',
      alt: 'CQC\'s ratings and quality statement scores of 72 councils: the register to 3 October 2025, counted by this site.',
    });
    expect(provenanceCard(snapshot)).toEqual({
      image: '/national/about-the-data/card.png', authority: 'The ratings register', kicker: 'Snapshot of 3 October 2025', title: 'Where the figures come from',
      badge: 'CQC\u2019s published ratings and scores', alt: 'The ratings register: where the figures come from. Snapshot of 3 October 2025.',
    });
  });

  it('titles and describes each page in full', () => {
    const summary = summaryMetadata(rowOf(blackpool), '/blackpool-council');
    expect(summary.description).toBe('The Care Quality Commission\'s rating and nine quality statement scores for Blackpool Council\'s adult social care, published August 2025, with the link to the full report on CQC\'s website and how all councils scored.');
    const national = nationalMetadata(counted, snapshot);
    expect(national.title).toEqual({ absolute: 'Every council\'s CQC rating and scores, in numbers - Council care assessments, explained' });
    expect(national.description).toBe('How many councils have each CQC rating, the spread of overall scores and how many scored 1, 2, 3 and 4 on each quality statement, in all and by region and kind of council, for 72 councils: the register to 3 October 2025.');
    const provenance = provenanceMetadata(snapshot, '/national/about-the-data');
    expect(provenance.title).toEqual({ absolute: 'About the ratings register - Council care assessments, explained' });
    expect(provenance.description).toBe('Where the ratings and scores of 72 councils published by 3 October 2025 come from, how they were checked, and what each column means.');
    expect(provenance.alternates?.canonical).toBe('/national/about-the-data');
  });

  it('gives the national page and the provenance their cards and canonical addresses', () => {
    expect(nationalCard(counted, snapshot).kicker).toBe('72 councils: the register to 3 October 2025');
    expect(nationalCard({ ...counted, councils: 79, later: 7 }, snapshot).kicker).toBe('79 councils: the register to 3 October 2025 and 7 results recorded since');
    expect(nationalCard({ ...counted, councils: 73, later: 1 }, snapshot).kicker).toBe('73 councils: the register to 3 October 2025 and 1 result recorded since');
    expect(nationalMetadata(counted, snapshot).alternates?.canonical).toBe('/national');
    expect(provenanceCard(snapshot).kicker).toBe('Snapshot of 3 October 2025');
    expect(provenanceMetadata(snapshot, '/national/about-the-data').description).toContain('72 councils published by 3 October 2025');
  });
});
