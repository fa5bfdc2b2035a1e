import { describe, expect, it } from 'vitest';
import { elementCount } from '@/scripts/bench/home-page';
import { buildPhases, pagesBuilt } from '@/scripts/bench/next-build';
import { assetsOf } from '@/scripts/bench/page-weight';
import { capitalised } from '@/scripts/bench/paths-bench';
import { commonAncestor } from '@/scripts/bench/project-copy';
import { median, percentile } from '@/scripts/bench/stats';

describe('the benchmark\'s helpers', () => {
  it('finds a page\'s scripts and stylesheets once each, keeping nomodule polyfills apart', () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link rel="preload" as="script" href="/_next/static/chunks/late.js"/>',
      '<link rel="icon" href="/icon.svg"/>',
      '<script src="/_next/static/chunks/one.js" async=""></script>',
      '<script src="/_next/static/chunks/one.js" async=""></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script id="_R_">self.__next_f.push([1,"x"])</script>',
      '<script data-src="/not-a-source.js" src=\'/two.js?v=1&amp;w=2\'></script>',
    ].join('');
    expect(assetsOf(html)).toEqual({
      scripts: ['/_next/static/chunks/one.js', '/two.js?v=1&w=2'],
      legacyScripts: ['/_next/static/chunks/polyfills.js'],
      stylesheets: ['/_next/static/chunks/a.css'],
    });
  });

  it('reads the number of pages from Next\'s last "Generating static pages" line, or null without one', () => {
    const output = '  Generating static pages using 1 worker (0/629) ...\n\u001b[32m✓\u001b[39m Generating static pages using 1 worker (629/629) in 88s\n';
    expect(pagesBuilt(output)).toBe(629);
    expect(pagesBuilt('Compiled successfully')).toBeNull();
  });

  it('reads the compile, TypeScript and static-page times Next prints, in seconds', () => {
    const output = [
      '\u001b[32m✓\u001b[39m Compiled successfully in 66s',
      '  Finished TypeScript in 850ms ...',
      '✓ Generating static pages using 1 worker (629/629) in 1.5min',
    ].join('\n');
    expect(buildPhases(output)).toEqual({ compile: 66, typescript: 0.85, staticPages: 90 });
    expect(buildPhases('✓ Compiled successfully in 3.5s')).toEqual({ compile: 3.5, typescript: null, staticPages: null });
  });

  it('takes the median of odd and even lists and the 95th percentile by nearest rank', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
  });

  it('finds the common ancestor of the temporary copy and the repository', () => {
    expect(commonAncestor('/tmp/cqc-bench-x', '/work/main')).toBe('/');
    expect(commonAncestor('/home/me/work/main', '/home/me/tmp/copy')).toBe('/home/me');
  });

  it('capitalises each word of an address, for the case redirect\'s load', () => {
    expect(capitalised('/london-borough-of-harrow/assessing-needs')).toBe('/London-Borough-Of-Harrow/Assessing-Needs');
    expect(capitalised('/a')).toBe('/A');
  });

  it('counts every element of a page, void ones included', () => {
    expect(elementCount('<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><p>a<br>b</p><img src="x"/></body></html>')).toBe(8);
    expect(elementCount('just text')).toBe(0);
  });
});
