import { describe, expect, it } from 'vitest';
import { BuildOutputError, appPageFile, disagreements, listedPages } from '@/lib/post-build/pages';

/** The parts of Next's manifests the step reads, as a build of this site writes them. */
const PRERENDER = {
  version: 4,
  routes: {
    '/': { routeType: 'page', dataRoute: '/index.rsc' },
    '/_not-found': { routeType: 'page', initialStatus: 404 },
    '/london-borough-of-harrow/safeguarding': { routeType: 'page' },
    '/london-borough-of-harrow/safeguarding/card.png': { routeType: 'route' },
    '/downloads/london-borough-of-harrow.json': { routeType: 'route' },
  },
};
const PAGES = { '/404': 'pages/404.html', '/500': 'pages/500.html', '/_app': 'pages/_app.js' };

describe('listedPages()', () => {
  it('lists each prerendered page with its HTML file, and the static pages of the Pages Router, and no route handler', () => {
    expect(listedPages(PRERENDER, PAGES)).toEqual([
      { pathname: '/', file: 'app/index.html', manifest: 'prerender-manifest.json' },
      { pathname: '/_not-found', file: 'app/_not-found.html', manifest: 'prerender-manifest.json' },
      { pathname: '/london-borough-of-harrow/safeguarding', file: 'app/london-borough-of-harrow/safeguarding.html', manifest: 'prerender-manifest.json' },
      { pathname: '/404', file: 'pages/404.html', manifest: 'server/pages-manifest.json' },
      { pathname: '/500', file: 'pages/500.html', manifest: 'server/pages-manifest.json' },
    ]);
  });

  it('fails on a build that lists no page, rather than reporting nothing done', () => {
    expect(() => listedPages({ routes: {} }, {})).toThrow(BuildOutputError);
    expect(() => listedPages({ routes: { '/card.png': { routeType: 'route' } } }, { '/_app': 'pages/_app.js' }))
      .toThrow('prerender-manifest.json and server/pages-manifest.json list no prerendered page: expected at least one (is this the output of a complete next build?)');
  });

  it('fails on a manifest it cannot read, naming the manifest and the field', () => {
    expect(() => listedPages({ routes: { '/': {} } }, PAGES)).toThrow(/^prerender-manifest\.json: not in the format this step reads \(routes\.\/\.routeType: /);
    expect(() => listedPages({}, PAGES)).toThrow(/^prerender-manifest\.json: not in the format this step reads \(routes: /);
    expect(() => listedPages(PRERENDER, [])).toThrow(/^server\/pages-manifest\.json: not in the format this step reads \(top level: /);
    expect(() => listedPages(PRERENDER, { '/404': 404 })).toThrow(/^server\/pages-manifest\.json: not in the format this step reads \(\/404: /);
    expect(() => listedPages({ routes: { '/': {}, '/a': { routeType: 'x' } } }, PAGES)).toThrow(/\(routes\.\/\.routeType: [^;]+; routes\.\/a\.routeType: [^)]+\); has Next changed it\?$/);
  });

  it('throws a BuildOutputError, an Error named as such', () => {
    const error = new BuildOutputError('x');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('BuildOutputError');
  });
});

describe('appPageFile()', () => {
  it('writes the address as a file name, the home page as index', () => {
    expect(appPageFile('/')).toBe('app/index.html');
    expect(appPageFile('/glossary')).toBe('app/glossary.html');
    expect(appPageFile('/a/b')).toBe('app/a/b.html');
  });
});

describe('disagreements()', () => {
  const listed = listedPages(PRERENDER, PAGES);
  const files = listed.map((page) => page.file);

  it('finds none when every listed page has its file and every file is listed', () => {
    expect(disagreements(listed, files)).toEqual([]);
  });

  it('names a listed page whose file is missing, and an HTML file no manifest lists', () => {
    expect(disagreements(listed, [...files.filter((f) => f !== 'app/index.html'), 'app/stray.html'])).toEqual([
      'prerender-manifest.json lists /, but server/app/index.html does not exist',
      'server/app/stray.html is an HTML file that neither prerender-manifest.json nor server/pages-manifest.json lists as a prerendered page',
    ]);
    expect(disagreements(listed, files.filter((f) => f !== 'pages/500.html'))).toEqual(['server/pages-manifest.json lists /500, but server/pages/500.html does not exist']);
  });
});
