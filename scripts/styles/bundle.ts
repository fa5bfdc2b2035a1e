import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * The site's one stylesheet, bundled from app/globals.css and every file in
 * app/styles/ (in name order, after globals.css), minified. lib/stylesheet.ts
 * says why one file outside Next's CSS pipeline; scripts/build-styles.ts
 * writes it before each build.
 */

/** The stylesheets in cascade order, as paths relative to `root`. */
export function stylesheetSources(root: string): string[] {
  const own = readdirSync(path.join(root, 'app', 'styles')).filter((name) => name.endsWith('.css')).sort();
  return ['app/globals.css', ...own.map((name) => `app/styles/${name}`)];
}

/** The bundled CSS and the files esbuild read into it, relative to `root`. */
export async function bundleStylesheet(root: string): Promise<{ css: Uint8Array; inputs: string[] }> {
  const entry = stylesheetSources(root).map((file) => `@import ${JSON.stringify(`./${file}`)};`).join('\n');
  const result = await build({
    stdin: { contents: entry, loader: 'css', resolveDir: root, sourcefile: 'site.css' },
    bundle: true, minify: true, write: false, metafile: true, logLevel: 'warning', target: ['chrome100', 'firefox100', 'safari15'],
  });
  const css = result.outputFiles[0]?.contents;
  if (!css) throw new Error('esbuild wrote no stylesheet');
  const inputs = Object.keys(result.metafile.inputs).filter((input) => input !== 'site.css');
  return { css, inputs };
}
