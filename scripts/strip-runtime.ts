import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkStatic, stripClientRuntime } from '@/lib/static-html';

/**
 * Runs after `next build` (npm's postbuild): makes every prerendered page
 * plain static HTML (lib/static-html.ts explains why). Pages rendered per
 * request (/search) are not touched and keep Next's runtime.
 */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return Promise.resolve(entry.name.endsWith('.html') ? [full] : []);
  }));
  return nested.flat();
}

async function main(): Promise<number> {
  const appDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'app');
  const files = await htmlFiles(appDir);
  let before = 0;
  let after = 0;
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    const stripped = stripClientRuntime(html);
    const problem = checkStatic(stripped);
    if (problem) {
      process.stderr.write(`strip-runtime: ${path.relative(process.cwd(), file)}: ${problem}\n`);
      return 1;
    }
    await writeFile(file, stripped);
    before += Buffer.byteLength(html);
    after += Buffer.byteLength(stripped);
  }
  process.stdout.write(`strip-runtime: ${files.length} static pages, ${Math.round(before / 1024)} KB of HTML down to ${Math.round(after / 1024)} KB, no framework JavaScript\n`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  process.stderr.write(`strip-runtime: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
