import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Every module of ours that runs in the browser: the files that start with 'use client', and lib/browser/. */
function browserModules(): string[] {
  const walk = (dir: string): string[] => readdirSync(path.join(process.cwd(), dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
  const useClient = [...walk('app'), ...walk('components')]
    .filter((file) => /^\s*['"]use client['"]/.test(readFileSync(path.join(process.cwd(), file), 'utf8')));
  return [...useClient, ...walk('lib/browser')];
}

async function gzippedSize(files: string[]): Promise<{ raw: number; gzipped: number }> {
  const entry = files.map((file, i) => `export * as m${i} from './${file}';`).join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, minify: true, write: false, format: 'esm', jsx: 'automatic', platform: 'browser',
    external: ['react', 'react/*', 'react-dom', 'next', 'next/*'], logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.length, gzipped: gzipSync(code).length };
}

describe('our own client JavaScript', () => {
  it('is the enhancement script of the static pages and the error page of the rendered one', () => {
    expect(browserModules().sort()).toEqual(['app/error.tsx', 'lib/browser/enhance.ts']);
  });

  it('is at most 5 KB gzipped, all of it together, minified, without React and Next', async () => {
    const { raw, gzipped } = await gzippedSize(browserModules());
    expect(raw).toBeGreaterThan(500);
    expect(gzipped).toBeLessThanOrEqual(5 * 1024);
  });
});
