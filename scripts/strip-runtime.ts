import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkStatic, readPage, stripClientRuntime } from '@/lib/post-build/html';
import { BuildOutputError, PAGES_MANIFEST, PRERENDER_MANIFEST, disagreements, listedPages } from '@/lib/post-build/pages';

/**
 * Runs after `next build` (npm's postbuild): makes every page Next prerendered
 * plain static HTML without its client runtime (lib/post-build/html.ts says
 * why). The list of pages is what Next reports in its manifests
 * (lib/post-build/pages.ts); the step fails, and so the build, when that list
 * is empty, when it and the HTML files on disk disagree, or when a stripped
 * page does not pass the check. Pages rendered per request are in no manifest
 * and keep whatever they render.
 *
 * `tsx scripts/strip-runtime.ts [dist dir]`: the dist dir defaults to
 * NEXT_DIST_DIR or `.next`, as in next.config.ts.
 */

/** The ending of a stripped page's file until every page has passed. */
const STRIPPED = '.stripped';

/** A path as a person reads it in the build log: relative to where the build runs. */
function shown(file: string): string {
  return path.relative(process.cwd(), file) || '.';
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new BuildOutputError(`${shown(file)}: cannot read Next's manifest (is this the output of a complete next build?)`);
  }
  return JSON.parse(text);
}

/** Every HTML file under `dir`, relative to it, with forward slashes. */
async function htmlFilesUnder(dir: string): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files.filter((file) => file.endsWith('.html')).map((file) => file.split(path.sep).join('/')).sort();
}

async function main(distDir: string): Promise<void> {
  const server = path.join(distDir, 'server');
  const pages = listedPages(await readJson(path.join(distDir, PRERENDER_MANIFEST)), await readJson(path.join(distDir, PAGES_MANIFEST)));
  const problems = disagreements(pages, await htmlFilesUnder(server));
  if (problems.length > 0) throw new BuildOutputError(`Next's manifests and the files in ${shown(server)} disagree:\n  ${problems.join('\n  ')}`);
  // One page at a time, so memory stays that of one page however many there are. Each stripped page
  // goes to a file beside it; only when every page has passed are they moved over Next's, so a failed
  // step leaves the build as Next made it.
  const written: string[] = [];
  let before = 0;
  let after = 0;
  try {
    for (const page of pages) {
      const file = path.join(server, page.file);
      const html = await readFile(file, 'utf8');
      const reading = readPage(html);
      const stripped = stripClientRuntime(html, reading);
      const pageProblems = checkStatic(html, stripped, reading);
      if (pageProblems.length > 0) throw new BuildOutputError(`${shown(file)} (${page.pathname}): ${pageProblems.join('; ')}`);
      await writeFile(`${file}${STRIPPED}`, stripped);
      written.push(file);
      before += Buffer.byteLength(html);
      after += Buffer.byteLength(stripped);
    }
  } catch (error) {
    await Promise.all(written.map((file) => rm(`${file}${STRIPPED}`, { force: true })));
    throw error;
  }
  for (const file of written) await rename(`${file}${STRIPPED}`, file);
  process.stdout.write(`strip-runtime: ${pages.length} prerendered pages listed by Next (${PRERENDER_MANIFEST}, ${PAGES_MANIFEST}), `
    + `each with its HTML file; ${Math.round(before / 1024)} KB of HTML down to ${Math.round(after / 1024)} KB, no framework JavaScript\n`);
}

const distDir = path.resolve(process.argv[2] ?? (process.env.NEXT_DIST_DIR || '.next'));
main(distDir).catch((error: unknown) => {
  process.stderr.write(`strip-runtime: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
