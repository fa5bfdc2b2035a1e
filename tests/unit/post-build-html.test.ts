import { describe, expect, it } from 'vitest';
import { checkStatic, readPage, stripClientRuntime } from '@/lib/post-build/html';

/** A prerendered page as Next writes it, cut down: its runtime, the site's own script, data and words. */
const PAGE = [
  '<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
  '<link rel="preload" href="/f.woff2" as="font" type="font/woff2" crossorigin=""/>',
  '<script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script></head>',
  '<body><main><p>Harrow &amp; its <em>partners</em> wrote &lt;script&gt; \u201Cquoted\u201D</p>',
  '<script type="application/ld+json">{"name":"a\\u003c/script>"}</script></main>',
  '<script src="/enhance.js" defer=""></script><script id="_R_">requestAnimationFrame(function(){})</script>',
  '<script type="module" src="/_next/static/chunks/e.js"></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>',
].join('');

/** PAGE with exactly the runtime's elements cut out: every other byte as Next wrote it. */
const STRIPPED = [
  '<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" href="/f.woff2" as="font" type="font/woff2" crossorigin=""/>',
  '</head>',
  '<body><main><p>Harrow &amp; its <em>partners</em> wrote &lt;script&gt; \u201Cquoted\u201D</p>',
  '<script type="application/ld+json">{"name":"a\\u003c/script>"}</script></main>',
  '<script src="/enhance.js" defer=""></script>',
  '</body></html>',
].join('');

describe('stripClientRuntime()', () => {
  it('removes Next\'s scripts, the RSC payload and the script preloads, and keeps JSON-LD, /enhance.js, styles, fonts and words', () => {
    expect(stripClientRuntime(PAGE)).toBe(STRIPPED);
    expect(checkStatic(PAGE, STRIPPED)).toEqual([]);
  });

  it('leaves a page that is already static as it is, so the step may run twice', () => {
    expect(stripClientRuntime(STRIPPED)).toBe(STRIPPED);
  });

  it('keeps only the site\'s own /enhance.js, not a script that merely looks like it', () => {
    const html = '<body><script src="/enhance.js?v=2"></script><script src="/x/enhance.js"></script><script type="application/json">{}</script></body>';
    expect(stripClientRuntime(html)).toBe('<body></body>');
  });

  it('keeps preloads of styles and fonts, and links that are not preloads', () => {
    const html = '<head><link rel="preload" as="style" href="/a.css"><link rel="icon" href="/icon.svg"><link rel="alternate" as="script" href="/feed"></head>';
    expect(stripClientRuntime(html)).toBe(html);
    expect(stripClientRuntime('<link rel="Preload  stylesheet" as="script" href="/a.js"><link rel="icon modulepreload" href="/m.js">')).toBe('');
  });
});

describe('checkStatic()', () => {
  const page = (body: string) => `<html><head></head><body>${body}</body></html>`;

  it('names a script left behind, the payload, a script preload, a lost JSON-LD block and changed words', () => {
    expect(checkStatic(page('<p>x</p>'), page('<p>x</p><script src="/_next/a.js"></script>'))).toEqual(['a script other than JSON-LD and /enhance.js remains']);
    expect(checkStatic(page('<p>self.__next_f</p>'), page('<p>self.__next_f</p>'))).toEqual(['the React Server Components payload remains']);
    expect(checkStatic(page(''), '<link rel="modulepreload" href="/m.js">')).toEqual(['a script preload remains']);
    expect(checkStatic(page('<script type="application/ld+json">{}</script>'), page(''))).toEqual(['a JSON-LD block or /enhance.js went missing']);
    expect(checkStatic(page('<p>Score 2 of 4</p>'), page('<p>Score 3 of 4</p>'))).toEqual(['the words of the page changed']);
  });

  it('ignores the text of scripts when comparing words, and finds nothing wrong with a plain page', () => {
    expect(checkStatic(page('<p>a</p><script>x()</script>'), page('<p>a</p>'))).toEqual([]);
  });

  it('does not count comments as words, and joins the words either side of a removed script', () => {
    expect(checkStatic(page('<!-- built by Next --><p>Score 2 of 4</p>'), page('<!-- other --><p>Score 2 of 4</p>'))).toEqual([]);
    const html = page('<p>Score 2<script>x()</script> of 4</p>');
    expect(stripClientRuntime(html)).toBe(page('<p>Score 2 of 4</p>'));
    expect(checkStatic(html, stripClientRuntime(html))).toEqual([]);
  });

  it('reads an unclosed script to the end of the page as a script', () => {
    expect(stripClientRuntime(page('<p>a</p><script>x()'))).toBe('<html><head></head><body><p>a</p>');
  });

  it('compares the words alone, not the elements they sit in', () => {
    expect(checkStatic(page('<p>Score <em>2</em> of 4</p>'), page('<p>Score 2 of 4</p>'))).toEqual([]);
  });
});

describe('readPage()', () => {
  it('reads the words outside scripts with entities decoded, and each script and link where it stands, whatever the case of its tags', () => {
    const html = '<P>a &amp; b</P><DIV REL="preload" AS="script"></DIV><LINK REL="icon" HREF="/i.svg"><SCRIPT SRC="/enhance.js">x()</SCRIPT><p>c</p>';
    const page = readPage(html);
    expect(page.text).toBe('a & bc');
    expect(page.links).toEqual([{ attributes: { rel: 'icon', href: '/i.svg' }, start: html.indexOf('<LINK'), end: html.indexOf('<SCRIPT') }]);
    expect(page.scripts).toEqual([{ attributes: { src: '/enhance.js' }, start: html.indexOf('<SCRIPT'), end: html.indexOf('<p>c') }]);
    expect(stripClientRuntime(html)).toBe(html);
  });

  it('finds no script in a page without one, whatever tags it closes', () => {
    expect(readPage('<p>a</p></div></script>').scripts).toEqual([]);
  });

  it('keeps a link without a rel', () => {
    expect(stripClientRuntime('<link href="/a.js" as="script">')).toBe('<link href="/a.js" as="script">');
  });
});
