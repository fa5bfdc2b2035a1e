import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Every module of ours that runs in the browser: the files that start with 'use client'. */
function clientModules(): string[] {
  const walk = (dir: string): string[] => readdirSync(path.join(process.cwd(), dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
  return [...walk('app'), ...walk('components')]
    .filter((file) => /^\s*['"]use client['"]/.test(readFileSync(path.join(process.cwd(), file), 'utf8')));
}

describe('our own client JavaScript', () => {
  it('is two small modules: the page enhancements and the error page', () => {
    expect(clientModules().sort()).toEqual(['app/error.tsx', 'components/page-enhancements.tsx']);
  });

  it('is at most 5 KB gzipped, all of it together, minified, without React and Next', async () => {
    const entry = clientModules().map((file, i) => `export * as m${i} from './${file}';`).join('\n');
    const result = await build({
      stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true, minify: true, write: false, format: 'esm', jsx: 'automatic', platform: 'browser',
      external: ['react', 'react/*', 'react-dom', 'next', 'next/*'], logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const gzipped = gzipSync(code).length;
    expect(code.length).toBeGreaterThan(500);
    expect(gzipped).toBeLessThanOrEqual(5 * 1024);
  });
});
