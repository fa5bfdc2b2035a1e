import { describe, expect, it } from 'vitest';
import { countedSet, nationalEntries } from '@/lib/national';
import * as nationalMetaModule from '@/lib/view/national-meta';
import { realCouncils, realSnapshot } from './council-helpers';
import { fresh } from './helpers';

/**
 * The titles and share cards of a council's page where the site holds no
 * result, and the addresses of the national pages' cards, from the real
 * content (the register's pages' other cards: register-downloads.test.ts).
 */

describe('a council the site holds no result for', () => {
  it('says on its card and in its title that the site holds no result, and that CQC\'s website has the report', async () => {
    const meta = await fresh('@/lib/view/national-meta', nationalMetaModule);
    const none = realCouncils().filter((c) => c.rows.length === 0 && c.report === null);
    expect(none.length).toBeGreaterThan(0);
    for (const council of none) {
      const path = `/${council.slug}`;
      expect(meta.noResultCard(council)).toEqual({
        image: `/${council.slug}/card.png`,
        authority: council.authority,
        kicker: 'Adult social care assessment by the Care Quality Commission',
        title: 'No result held on this site',
        badge: 'CQC\'s website has its report',
        alt: `${council.authority}: this site holds no result for it. CQC's website has its report.`,
      });
      const metadata = meta.noResultMetadata(council, path);
      expect(metadata.title).toEqual({ absolute: `${council.authority}: no result held on this site - Council care assessments, explained` });
      expect(metadata.description).toBe(`This site holds no result of the Care Quality Commission's assessment of ${council.authority}'s adult social care. CQC's website has its report.`);
      expect(metadata.alternates?.canonical).toBe(path);
    }
  });
});

describe('the national pages\' cards', () => {
  it('are drawn at /national and /national/about-the-data', async () => {
    const meta = await fresh('@/lib/view/national-meta', nationalMetaModule);
    const snapshot = realSnapshot();
    expect(meta.nationalCard(countedSet(nationalEntries(realCouncils())), snapshot).image).toBe('/national/card.png');
    expect(meta.provenanceCard(snapshot).image).toBe('/national/about-the-data/card.png');
    expect([meta.NATIONAL_PATH, meta.PROVENANCE_PATH]).toEqual(['/national', '/national/about-the-data']);
  });
});
