import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STYLESHEET_FILE, stylesheetFileName, stylesheetHref } from '@/lib/stylesheet';
import { bundleStylesheet, stylesheetSources } from '../../scripts/styles/bundle';

const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the one stylesheet', () => {
  it('bundles app/globals.css first, then every file in app/styles/, in name order', async () => {
    const styles = readdirSync(path.join(ROOT, 'app', 'styles')).filter((f) => f.endsWith('.css')).sort();
    expect(styles).toContain('paths.css');
    const expected = ['app/globals.css', ...styles.map((f) => `app/styles/${f}`)];
    expect(stylesheetSources(ROOT)).toEqual(expected);
    const { css, inputs } = await bundleStylesheet(ROOT);
    expect(inputs).toEqual(expected);
    const text = Buffer.from(css).toString('utf8');
    expect(text).toContain('.breadcrumbs__back');
    expect(text).toContain('.skip-link');
  });

  it('is named by a hash of its bytes, so a change of style is a new address', () => {
    expect(stylesheetFileName('a{color:red}')).toMatch(STYLESHEET_FILE);
    expect(stylesheetFileName('a{color:red}')).toBe(stylesheetFileName(Buffer.from('a{color:red}')));
    expect(stylesheetFileName('a{color:red}')).not.toBe(stylesheetFileName('a{color:blue}'));
    expect(STYLESHEET_FILE.test('site.0123456789.css')).toBe(true);
    expect(STYLESHEET_FILE.test('site.css')).toBe(false);
  });

  it('is what every page links, as the build inlined it, and a missing one is an error that says how to build', () => {
    const saved = process.env.SITE_STYLESHEET;
    try {
      process.env.SITE_STYLESHEET = '/styles/site.0123456789.css';
      expect(stylesheetHref()).toBe('/styles/site.0123456789.css');
      delete process.env.SITE_STYLESHEET;
      expect(() => stylesheetHref()).toThrow(/npm run build/);
    } finally {
      process.env.SITE_STYLESHEET = saved;
    }
  });

  it('is the only way styles reach a page: nothing imports CSS through Next\'s pipeline', () => {
    const importing = [...sourceFiles('app'), ...sourceFiles('components')]
      .filter((file) => /^import\s+['"][^'"]+\.css['"]/m.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(importing).toEqual([]);
  });
});
