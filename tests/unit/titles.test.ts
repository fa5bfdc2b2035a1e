import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Metadata } from 'next';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchTitle } from '@/app/search/search-html';
import { metadata as layoutMetadata } from '@/app/layout';
import type { SearchOutcome } from '@/lib/search';
import type { ResultsPage } from '@/lib/search/paging';
import { SITE_NAME } from '@/lib/site';
import { homeCard } from '@/lib/view/cards';
import { pageMetadata, siteTitle } from '@/lib/view/metadata';

/**
 * Every page's title ends with the site's name, in the tab (`<title>`), in a
 * link preview (`og:title`) and on a Twitter card, so none reads as CQC's
 * own page. Every page module under app/ is found on disk and each of its
 * pages asked for its metadata, so a new kind of page is checked too.
 */

const ending = ` - ${SITE_NAME}`;

/** The three titles a page's metadata gives. */
function titlesOf(metadata: Metadata): unknown[] {
  const { title, openGraph, twitter } = metadata;
  const absolute = typeof title === 'object' && title !== null && 'absolute' in title ? title.absolute : title;
  return [absolute, openGraph?.title, twitter?.title];
}

function endsWithSiteName(title: unknown): boolean {
  return typeof title === 'string' && (title === SITE_NAME || title.endsWith(ending));
}

/** app/**\/page.tsx, as module paths. */
function pageModules(folder = 'app'): string[] {
  return readdirSync(path.join(process.cwd(), folder), { withFileTypes: true }).flatMap((entry) => {
    const at = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return pageModules(at);
    return entry.name === 'page.tsx' ? [at] : [];
  });
}

type PageModule = {
  generateMetadata?: (props: { params: Promise<Record<string, string>> }) => Promise<Metadata>;
  generateStaticParams?: () => Promise<Record<string, string>[]>;
};

/**
 * Every page module with its path, imported before the tests run (in
 * beforeAll): what a module does as it loads (its tables, the lib/ modules it
 * imports) then counts for mutation testing as loading, not as this file's
 * test, which checks titles only; each such table is checked by the tests of
 * its own module.
 */
const loaded: { file: string; page: PageModule }[] = [];
beforeAll(async () => {
  for (const file of pageModules()) loaded.push({ file, page: await import(`@/${file}`) });
}, 120_000);

describe('the site\'s name at the end of every title', () => {
  it('is added to a page\'s own title, once', () => {
    expect(siteTitle('Glossary')).toBe(`Glossary - ${SITE_NAME}`);
    expect(siteTitle(`Glossary - ${SITE_NAME}`)).toBe(`Glossary - ${SITE_NAME}`);
    expect(siteTitle(SITE_NAME)).toBe(SITE_NAME);
    expect(siteTitle(`About ${SITE_NAME}`)).toBe(`About ${SITE_NAME} - ${SITE_NAME}`);
    expect(titlesOf(pageMetadata('Glossary', 'Terms', '/glossary', homeCard(1)))).toEqual(Array(3).fill(`Glossary - ${SITE_NAME}`));
  });

  it('ends the title, og:title and Twitter title of every page of every page module', async () => {
    const modules = loaded.map((m) => m.file);
    expect(modules).toContain('app/[authority]/page.tsx');
    expect(modules).toContain('app/[authority]/[section]/page.tsx');
    const wrong: string[] = [];
    let pages = 0;
    for (const { file, page } of loaded) {
      expect(page.generateMetadata, `${file} has no generateMetadata`).toBeTypeOf('function');
      const params = page.generateStaticParams ? await page.generateStaticParams() : [{}];
      for (const p of params) {
        const metadata = await page.generateMetadata?.({ params: Promise.resolve(p) }) ?? {};
        const titles = titlesOf(metadata);
        pages += 1;
        if (!titles.every(endsWithSiteName)) wrong.push(`${file} ${JSON.stringify(p)}: ${JSON.stringify(titles)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(pages).toBeGreaterThan(modules.length);
  }, 120_000);

  it('is the whole title of a page with none of its own (the 404 page), from the root layout', () => {
    expect(titlesOf(layoutMetadata).slice(1)).toEqual([SITE_NAME, SITE_NAME]);
    expect(layoutMetadata.title).toEqual({ default: SITE_NAME, template: `%s${ending}` });
  });

  it('ends the title of /search, empty, with results, on a later page and with no words to search for', () => {
    const page: ResultsPage = { page: 2, pages: 3, first: 11, last: 20, total: 25, results: [] };
    const results: SearchOutcome = { kind: 'results', query: 'care', truncated: false, page, phrase: ['care'], corrected: null };
    expect(searchTitle({ kind: 'empty' })).toBe(`Search${ending}`);
    expect(searchTitle(results)).toBe(`Search results for \u201Ccare\u201D, page 2 of 3${ending}`);
    expect(searchTitle({ ...results, page: { ...page, page: 1, pages: 1 } })).toBe(`Search results for \u201Ccare\u201D${ending}`);
    expect(searchTitle({ kind: 'no-words', query: 'the', truncated: false })).toBe(`Search results for \u201Cthe\u201D${ending}`);
  });
});
