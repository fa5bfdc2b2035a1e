import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { GET } from '@/app/search/route';
import { searchHtml } from '@/app/search/search-html';
import { renderDocument } from '@/app/search/render';
import { getIndexSources } from '@/lib/content';
import { writeSearchIndex } from '@/lib/search';
import { SITE_NAME } from '@/lib/site';

/** /search as its route handler renders it, read back with a real HTML parser. */
const STYLESHEET = '/styles/site.0123456789.css';
const saved = { stylesheet: process.env.SITE_STYLESHEET, index: process.env.SEARCH_INDEX };
const folder = mkdtempSync(path.join(os.tmpdir(), 'search-route-'));
/** The index the build would write for content/, in a file the route opens as the server does. */
beforeAll(async () => {
  process.env.SITE_STYLESHEET = STYLESHEET;
  process.env.SEARCH_INDEX = path.join(folder, 'search-index.sqlite');
  const db = new Database(process.env.SEARCH_INDEX);
  const { documents, reports } = await getIndexSources();
  writeSearchIndex(db, documents, reports);
  db.close();
});
afterAll(() => {
  process.env.SITE_STYLESHEET = saved.stylesheet;
  process.env.SEARCH_INDEX = saved.index;
  rmSync(folder, { recursive: true, force: true });
});

function elements(html: string, tagName: string): Element[] {
  const tree: Root = unified().use(rehypeParse).parse(html);
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => { if (node.tagName === tagName) found.push(node); });
  return found;
}
const attribute = (el: Element | undefined, name: string) => (el ? String(el.properties[name] ?? '') : undefined);

describe('the /search route handler', () => {
  it('answers with a whole HTML document, as text/html', async () => {
    const response = await GET(new NextRequest('http://localhost/search?q=reablement'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html.startsWith('<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>')).toBe(true);
    expect(html).toContain('results for \u201Creablement\u201D');
  });

  it('carries no script but /enhance.js, and links the one stylesheet', async () => {
    const html = searchHtml(new URLSearchParams('q=direct payments'));
    expect(elements(html, 'script').map((s) => attribute(s, 'src'))).toEqual(['/enhance.js']);
    expect(elements(html, 'link').filter((l) => attribute(l, 'rel') === 'stylesheet').map((l) => attribute(l, 'href'))).toEqual([STYLESHEET]);
    expect(html).not.toContain('__next');
  });

  it('escapes a hostile query and authority wherever they appear', async () => {
    const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    const html = searchHtml(new URLSearchParams({ q: hostile, authority: hostile }));
    expect(elements(html, 'script')).toHaveLength(1);
    expect(elements(html, 'img')).toHaveLength(0);
    expect(attribute(elements(html, 'input').find((i) => attribute(i, 'id') === 'search-query'), 'value')).toBe(hostile);
    expect(elements(html, 'title')[0]?.children).toEqual([{ type: 'text', value: `Search results for \u201C${hostile}\u201D - ${SITE_NAME}`, position: expect.anything() }]);
  });

  it('asks search engines not to index result pages, only the empty search page', async () => {
    const robots = async (query: string) => elements(searchHtml(new URLSearchParams(query)), 'meta').filter((m) => attribute(m, 'name') === 'robots').map((m) => attribute(m, 'content'));
    expect(await robots('')).toEqual([]);
    expect(await robots('q=reablement')).toEqual(['noindex, follow']);
    expect(await robots('q=the')).toEqual(['noindex, follow']);
  });

  it('says what it searches, and the spelling it searched for when it corrected a word', () => {
    const html = searchHtml(new URLSearchParams('q=safegaurding'));
    expect(html).toContain('Showing results for \u201Csafeguarding\u201D, the nearest spelling the reports use: no page holds \u201Csafegaurding\u201D as you typed it.');
    expect(searchHtml(new URLSearchParams('q=safeguarding'))).not.toContain('Showing results for');
    expect(elements(html, 'option')[0]?.children).toEqual([expect.objectContaining({ value: 'Everything: full reports\' text, and every council\'s name and result' })]);
  });

  it('has one search form, without the header\'s', async () => {
    const html = searchHtml(new URLSearchParams('q=reablement'));
    expect(elements(html, 'form').map((f) => attribute(f, 'ariaLabel'))).toEqual(['Search the assessments']);
    expect(elements(html, 'header')).toHaveLength(1);
    expect(elements(html, 'footer')).toHaveLength(1);
  });

  it('renders text as text: React escapes what the renderer loaded at run time is given', () => {
    expect(renderDocument(<html lang="en"><body><p>{'<b>&'}</p></body></html>)).toBe('<!DOCTYPE html><html lang="en"><head></head><body><p>&lt;b&gt;&amp;</p></body></html>');
  });
});
