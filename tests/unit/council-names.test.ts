import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content';
import { GLOSSARY } from '@/lib/glossary';
import { searchDocuments } from '@/lib/search';
import { foldedWords } from '@/lib/search/fold';
import { coreKey, councilNameKeys } from '@/lib/search/names';
import { aliasRedirects } from '@/lib/view/aliases';
import { parseHarrow } from './helpers';
import { allResults, indexOf } from './search-helpers';

/** Finding every council of England by the names people type (issue: "Every council in England, found by the name people use"). */

describe('the words that tell a council apart', () => {
  it('leave out what kind of council it is and the words that join its parts', () => {
    expect(coreKey(foldedWords('Stoke-on-Trent City Council'))).toBe('core:stoke trent');
    expect(coreKey(foldedWords('stoke on trent'))).toBe('core:stoke trent');
    expect(coreKey(foldedWords('Royal Borough of Kingston upon Thames'))).toBe('core:kingston thames');
    expect(coreKey(foldedWords('brighton & hove'))).toBe('core:brighton hove');
    expect(coreKey(foldedWords('City of London Corporation'))).toBeNull();
    expect(councilNameKeys(['London Borough of Harrow', 'Harrow', 'Harrow'])).toEqual(['core:harrow']);
  });

  it('name no two councils of England alike', async () => {
    const { councils } = await checkContent();
    const owners = new Map<string, string>();
    for (const council of councils) {
      for (const key of councilNameKeys([council.authority, council.england?.shortName ?? '', council.england?.registerAuthority ?? ''])) {
        expect(owners.get(key) ?? council.slug, key).toBe(council.slug);
        owners.set(key, council.slug);
      }
    }
    expect(owners.size).toBeGreaterThanOrEqual(councils.length - 1);
  });
});

describe('search for a council', () => {
  /** The index over the real content: every council, Harrow's report, the glossary. */
  async function setup() {
    const { councils } = await checkContent();
    const index = indexOf(searchDocuments({ assessments: [parseHarrow()], councils, glossary: GLOSSARY }));
    return { councils, first: (query: string) => allResults(index, query)[0] };
  }

  it('puts the council first for its official name, its short name and the register\'s spelling', async () => {
    const { councils, first } = await setup();
    for (const council of councils) {
      const names = [council.authority, council.england?.shortName, council.england?.registerAuthority].filter((n): n is string => Boolean(n));
      for (const name of names) {
        const found = first(name);
        expect(found?.document.href, name).toBe(`/${council.slug}`);
        expect(found?.match, name).toBe('exact');
      }
    }
  }, 120_000);

  it('puts the council first for the forms people type', async () => {
    const { first } = await setup();
    const typed: [string, string][] = [
      ['stoke on trent', '/stoke-on-trent-city-council'], ['Stoke', '/stoke-on-trent-city-council'], ['southend on sea', '/southend-on-sea-city-council'],
      ['kingston on thames', '/royal-borough-of-kingston-upon-thames'], ['brighton & hove', '/brighton-and-hove-city-council'],
      ['harrow council', '/london-borough-of-harrow'], ['city of york', '/city-of-york-council'], ['york council', '/city-of-york-council'],
      ['leeds', '/leeds-city-council'], ['manchester', '/manchester-city-council'], ['cornwall', '/cornwall-council'],
      ['county durham', '/durham-county-council'], ['St Helens', '/st-helens-borough-council'], ['newcastle upon tyne', '/newcastle-city-council'],
    ];
    for (const [query, href] of typed) {
      expect(first(query)?.document.href, query).toBe(href);
      expect(first(query)?.match, query).toBe('exact');
    }
  }, 60_000);
});

describe('a council\'s other addresses', () => {
  it('redirect permanently to its page, with every page below them', () => {
    expect(aliasRedirects([{ slug: 'stoke-on-trent-city-council', aliases: ['stoke'] }])).toEqual([
      { source: '/stoke', destination: '/stoke-on-trent-city-council', permanent: true },
      { source: '/stoke/:path*', destination: '/stoke-on-trent-city-council/:path*', permanent: true },
    ]);
    expect(aliasRedirects([{ slug: 'blackpool-council', aliases: [] }])).toEqual([]);
  });

  it('take every address the register gave a council to its page', async () => {
    const { councils } = await checkContent();
    const redirects = aliasRedirects(councils);
    for (const council of councils) {
      for (const row of council.rows) {
        const old = `/${row.authority.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
        if (old !== `/${council.slug}`) expect(redirects, old).toContainEqual({ source: old, destination: `/${council.slug}`, permanent: true });
      }
    }
    expect(redirects).toContainEqual({ source: '/county-durham', destination: '/durham-county-council', permanent: true });
  });
});
