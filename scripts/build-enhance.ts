import path from 'node:path';
import { build } from 'esbuild';

/**
 * Runs before each build: bundles lib/browser/enhance.ts, the one script the
 * static pages load, into public/enhance.js (minified, no dependencies).
 */
const ENHANCE_SOURCE = path.join(process.cwd(), 'lib', 'browser', 'enhance.ts');

build({
  entryPoints: [ENHANCE_SOURCE],
  outfile: path.join(process.cwd(), 'public', 'enhance.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  logLevel: 'warning',
}).catch((error: unknown) => {
  process.stderr.write(`enhance: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
