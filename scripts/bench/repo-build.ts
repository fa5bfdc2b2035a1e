import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runNextBuild, type BuildFigures } from './next-build';

/** The repository's site is built here for the load and size figures, beside .next and .next-test. */
export const BENCH_DIST_DIR = '.next-bench';

function readIfExists(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/**
 * Builds the repository's own site into .next-bench. `next build` rewrites
 * tsconfig.json (adding .next-bench/types to "include") and next-env.d.ts
 * (pointing at .next-bench), which another engineer's type-check would then
 * read; each is put back afterwards when the build's change is the only one.
 */
export async function buildRepoSite(repo: string): Promise<BuildFigures> {
  const tsconfig = path.join(repo, 'tsconfig.json');
  const nextEnv = path.join(repo, 'next-env.d.ts');
  const before = { tsconfig: readIfExists(tsconfig), nextEnv: readIfExists(nextEnv) };
  try {
    return await runNextBuild(repo, BENCH_DIST_DIR);
  } finally {
    restoreTsconfig(tsconfig, before.tsconfig);
    const after = readIfExists(nextEnv);
    if (before.nextEnv !== null && after !== before.nextEnv && after?.includes(BENCH_DIST_DIR)) writeFileSync(nextEnv, before.nextEnv);
  }
}

/** Puts tsconfig.json back only if the build added .next-bench entries to "include" and changed nothing else. */
function restoreTsconfig(file: string, before: string | null): void {
  const after = readIfExists(file);
  if (before === null || after === null || after === before) return;
  if (canonical(after, true) !== null && canonical(after, true) === canonical(before, false)) {
    writeFileSync(file, before);
  } else {
    process.stderr.write(`bench: ${file} changed during the build in more than Next's .next-bench entries; left as it is\n`);
  }
}

/** The config as canonical JSON, optionally without .next-bench "include" entries; null if it is not plain JSON. */
function canonical(text: string, dropBenchEntries: boolean): string | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const include: unknown = Reflect.get(parsed, 'include');
    const kept = Array.isArray(include) && dropBenchEntries
      ? include.filter((entry) => !(typeof entry === 'string' && entry.startsWith(`${BENCH_DIST_DIR}/`)))
      : include;
    return JSON.stringify({ ...parsed, include: kept });
  } catch {
    return null;
  }
}
