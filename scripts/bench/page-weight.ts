import { gzipSync } from 'node:zlib';

/** Bytes of one kind of file a page loads, as served and as gzip (default level) would send them. */
export type Weight = { files: number; raw: number; gzip: number };

/** `legacyJs` is the `<script nomodule>` files, which only browsers without ES module support download. */
export type PageWeight = { label: string; path: string; status: number; html: Weight; css: Weight; js: Weight; legacyJs: Weight };

/** A page to weigh: its label in the report, its path and the status it must answer with. */
export type PageToWeigh = { label: string; path: string; status: number };

const TAG_SCRIPT = /<script\b[^>]*>/gi;
const TAG_LINK = /<link\b[^>]*>/gi;

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value?.replaceAll('&amp;', '&');
}

const NOMODULE = /\snomodule(?=[\s=>/])/i;

/**
 * The external scripts (`<script src>`) and stylesheets (`<link rel="stylesheet">`)
 * an HTML page loads, each once. Scripts marked `nomodule` are kept apart:
 * every current browser skips them, so counting them would overstate the page.
 */
export function assetsOf(html: string): { scripts: string[]; legacyScripts: string[]; stylesheets: string[] } {
  const scriptTags = [...html.matchAll(TAG_SCRIPT)].map((m) => m[0]);
  const scripts = scriptTags.filter((tag) => !NOMODULE.test(tag)).map((tag) => attribute(tag, 'src'));
  const legacyScripts = scriptTags.filter((tag) => NOMODULE.test(tag)).map((tag) => attribute(tag, 'src'));
  const stylesheets = [...html.matchAll(TAG_LINK)]
    .filter((m) => (attribute(m[0], 'rel') ?? '').split(/\s+/).includes('stylesheet'))
    .map((m) => attribute(m[0], 'href'));
  const present = (list: (string | undefined)[]) => [...new Set(list.filter((s): s is string => s !== undefined))];
  return { scripts: present(scripts), legacyScripts: present(legacyScripts), stylesheets: present(stylesheets) };
}

function weigh(bodies: Buffer[]): Weight {
  return {
    files: bodies.length,
    raw: bodies.reduce((sum, b) => sum + b.length, 0),
    gzip: bodies.reduce((sum, b) => sum + gzipSync(b).length, 0),
  };
}

async function fetchBytes(url: string, status = 200): Promise<Buffer> {
  const response = await fetch(url);
  if (response.status !== status) throw new Error(`${url}: expected status ${status}, found ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * Fetches a page from the running site, then every script and stylesheet it
 * links, and sums their bytes by kind. fetch undoes any content encoding the
 * server applied, so "raw" is the file itself and gzip is worked out here, the
 * same way for every file.
 */
export async function weighPage(origin: string, page: PageToWeigh): Promise<PageWeight> {
  const html = await fetchBytes(new URL(page.path, origin).href, page.status);
  const { scripts, legacyScripts, stylesheets } = assetsOf(html.toString('utf8'));
  const fetchAll = (urls: string[]) => Promise.all(urls.map((u) => fetchBytes(new URL(u, origin).href)));
  return {
    ...page,
    html: weigh([html]),
    css: weigh(await fetchAll(stylesheets)),
    js: weigh(await fetchAll(scripts)),
    legacyJs: weigh(await fetchAll(legacyScripts)),
  };
}
