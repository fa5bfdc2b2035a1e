import { describe, expect, it } from 'vitest';
import { checkStatic, stripClientRuntime } from '@/lib/static-html';

const PAGE = [
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script></head>',
  '<body><main><p>Text</p><script type="application/ld+json">{"@type":"Report"}</script></main>',
  '<script src="/enhance.js" defer=""></script><script id="_R_">requestAnimationFrame(function(){})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>',
].join('');

describe('stripClientRuntime()', () => {
  it('removes Next\'s scripts, the RSC payload and script preloads, and keeps JSON-LD, /enhance.js, the styles and the text', () => {
    const html = stripClientRuntime(PAGE);
    expect(html).toBe([
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
      '</head><body><main><p>Text</p><script type="application/ld+json">{"@type":"Report"}</script></main>',
      '<script src="/enhance.js" defer=""></script></body></html>',
    ].join(''));
    expect(checkStatic(html)).toBeNull();
  });

  it('reports a page that still carries a script or the payload', () => {
    expect(checkStatic('<main><script src="/_next/x.js"></script></main>')).toBe('a script other than JSON-LD and /enhance.js remains');
    expect(checkStatic('<main>self.__next_f</main>')).toBe('the React Server Components payload remains');
  });
});
