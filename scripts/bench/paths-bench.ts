import { rmSync } from 'node:fs';
import path from 'node:path';
import { lowerCasePath } from '@/lib/canonical-path';
import { measureLoad, type LoadFigures } from './load-bench';
import { runNextBuild, type BuildFigures } from './next-build';
import { makeProjectCopy, removeProjectCopy } from './project-copy';
import { startNext } from './servers';

/**
 * The figures for the paths a reader takes (issue 13): /search, rendered per
 * request by its route handler, against a prerendered page in the same run;
 * a case redirect; and what the case-redirect proxy costs a prerendered
 * page, measured against the same site built without proxy.ts.
 */

/** A search a reader makes: a common word, several pages of results of every kind. */
export const SEARCH_QUERY = 'safeguarding';

export type PathsFigures = {
  page: string;
  search: { path: string; load: LoadFigures };
  redirect: { from: string; to: string; load: LoadFigures };
  /** The prerendered page, alternately on the site with the proxy and on the copy without it, two runs each. */
  withProxy: LoadFigures[];
  withoutProxy: LoadFigures[];
  withoutProxyBuild: BuildFigures;
};

/** `/London-Borough-Of-Harrow/Assessing-Needs` for `/london-borough-of-harrow/assessing-needs`: each word capitalised. */
export function capitalised(page: string): string {
  return page.replace(/(^|[/-])([a-z])/g, (_match, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

/** Builds a copy of the project without proxy.ts (content as the repository's); the caller removes it. */
export async function buildWithoutProxy(repo: string): Promise<{ copy: string; build: BuildFigures }> {
  const copy = makeProjectCopy(repo);
  try {
    rmSync(path.join(copy, 'proxy.ts'));
    process.stdout.write(`bench: next build without proxy.ts in ${copy} ...\n`);
    return { copy, build: await runNextBuild(copy, null) };
  } catch (error) {
    removeProjectCopy(copy);
    throw error;
  }
}

/**
 * Serves the repository's build (with the proxy) and the copy's (without) at
 * once, both without the search page cache (SEARCH_CACHE_MB=0, so each
 * search reaches the engine), and loads: the page on each, twice,
 * alternating, so both meet the same background load; /search?q=SEARCH_QUERY
 * and the page's capitalised address, on the repository's build.
 */
export async function benchPaths(repo: string, distDir: string, page: string, withoutProxy: { copy: string; build: BuildFigures }): Promise<PathsFigures> {
  const site = await startNext(repo, distDir, 'off');
  const bare = await startNext(withoutProxy.copy, null, 'off').catch(async (error: unknown) => { await site.stop(); throw error; });
  try {
    const from = capitalised(page);
    const to = lowerCasePath(from);
    const probe = await fetch(`${site.origin}${from}`, { redirect: 'manual' });
    if (probe.status !== 308 || probe.headers.get('location') !== to) throw new Error(`${from}: expected a 308 to ${to}, got ${probe.status} to ${probe.headers.get('location')}`);
    const withProxy: LoadFigures[] = [];
    const without: LoadFigures[] = [];
    for (let round = 1; round <= 2; round++) {
      process.stdout.write(`bench: ${page} with and without the proxy, round ${round} of 2 ...\n`);
      withProxy.push(await measureLoad(`${site.origin}${page}`));
      without.push(await measureLoad(`${bare.origin}${page}`));
    }
    const searchPath = `/search?q=${encodeURIComponent(SEARCH_QUERY)}`;
    process.stdout.write(`bench: load on ${searchPath} and on the redirect ${from} ...\n`);
    const search = await measureLoad(`${site.origin}${searchPath}`);
    const redirect = await measureLoad(`${site.origin}${from}`, undefined, 'redirect');
    return { page, search: { path: searchPath, load: search }, redirect: { from, to: to ?? page, load: redirect }, withProxy, withoutProxy: without, withoutProxyBuild: withoutProxy.build };
  } finally {
    await Promise.all([site.stop(), bare.stop()]);
  }
}
