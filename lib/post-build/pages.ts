import { z } from 'zod';

/**
 * Which files of a build are prerendered pages, as Next itself reports them,
 * and whether the files on disk agree. Next writes two manifests into its
 * dist dir: `prerender-manifest.json` lists every prerendered route with its
 * kind (`routeType` "page" for a page, "route" for a route handler such as a
 * card or a download), and `server/pages-manifest.json` lists the static
 * HTML of the Pages Router (Next copies the App Router's not-found and error
 * pages there as 404.html and 500.html). A page rendered per request is in
 * neither, so it is never touched: nothing here knows any route by name.
 */

export const PRERENDER_MANIFEST = 'prerender-manifest.json';
export const PAGES_MANIFEST = 'server/pages-manifest.json';

export const PrerenderManifestSchema = z.object({
  routes: z.record(z.string(), z.object({ routeType: z.enum(['page', 'route', 'shell', 'fallback']) })),
});

export const PagesManifestSchema = z.record(z.string(), z.string());

/** A prerendered page: its address and its HTML file, relative to the dist dir's `server/` folder. */
export type ListedPage = { pathname: string; file: string; manifest: string };

export class BuildOutputError extends Error {
  override readonly name = 'BuildOutputError';
}

function parseManifest<T>(schema: z.ZodType<T>, json: unknown, file: string): T {
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || 'top level'}: ${issue.message}`);
    throw new BuildOutputError(`${file}: not in the format this step reads (${issues.join('; ')}); has Next changed it?`);
  }
  return result.data;
}

/** Where Next writes an App Router page's HTML: the address as a file name, `/` as `index`. */
export function appPageFile(pathname: string): string {
  return `app${pathname === '/' ? '/index' : pathname}.html`;
}

/**
 * Every prerendered page Next lists, from the two manifests' JSON. Fails when
 * either is not in the expected format or when they list no page at all: an
 * empty build is an error, never "0 pages done".
 */
export function listedPages(prerenderJson: unknown, pagesJson: unknown): ListedPage[] {
  const prerender = parseManifest(PrerenderManifestSchema, prerenderJson, PRERENDER_MANIFEST);
  const pages = parseManifest(PagesManifestSchema, pagesJson, PAGES_MANIFEST);
  const listed = [
    ...Object.entries(prerender.routes)
      .filter(([, route]) => route.routeType === 'page')
      .map(([pathname]) => ({ pathname, file: appPageFile(pathname), manifest: PRERENDER_MANIFEST })),
    ...Object.entries(pages)
      .filter(([, file]) => file.endsWith('.html'))
      .map(([pathname, file]) => ({ pathname, file, manifest: PAGES_MANIFEST })),
  ];
  if (listed.length === 0) throw new BuildOutputError(`${PRERENDER_MANIFEST} and ${PAGES_MANIFEST} list no prerendered page: expected at least one (is this the output of a complete next build?)`);
  return listed;
}

/**
 * Where the manifests and the HTML files on disk (relative to `server/`)
 * disagree: a listed page without its file, or an HTML file no manifest
 * lists (left from another build, or a kind of output this step does not
 * know). Each problem is one sentence; none means they agree.
 */
export function disagreements(listed: readonly ListedPage[], htmlFiles: readonly string[]): string[] {
  const onDisk = new Set(htmlFiles);
  const known = new Set(listed.map((page) => page.file));
  return [
    ...listed.filter((page) => !onDisk.has(page.file))
      .map((page) => `${page.manifest} lists ${page.pathname}, but server/${page.file} does not exist`),
    ...htmlFiles.filter((file) => !known.has(file))
      .map((file) => `server/${file} is an HTML file that neither ${PRERENDER_MANIFEST} nor ${PAGES_MANIFEST} lists as a prerendered page`),
  ];
}
