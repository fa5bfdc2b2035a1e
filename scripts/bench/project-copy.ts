import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ENGLAND_FILE, LATER_FILE } from '@/lib/content-check';
import type { RegisterTexts } from './register-cut';

/** The ratings register, which with England's councils and the later results (paths as lib/content-check.ts gives them) every build reads. */
const REGISTER_FILE = 'content/cqc-local-authority-ratings.csv';

/**
 * A throwaway copy of the project in the system's temporary folder, so the
 * build benchmark can choose its own content/ and .next without touching the
 * repository's.
 */

/**
 * What the copy holds: the folders and files a build reads (proxy.ts among them), plus tests/ and
 * the two test configs, because `next build` type-checks every .ts file the
 * tsconfig includes (scripts/ensure-test-tools.ts imports tests/e2e) and the
 * measured build should check what the repository's build checks.
 */
const COPIED = [
  'app', 'components', 'lib', 'public', 'content', 'scripts', 'tests',
  'package.json', 'tsconfig.json', 'next.config.ts', 'proxy.ts', 'playwright.config.ts', 'vitest.config.mts',
];

/** One content file to write into the copy: its file name and text. */
export type ContentFile = { name: string; text: string };

/** Makes the copy and returns its folder; the caller removes it with `removeProjectCopy`. */
export function makeProjectCopy(repo: string): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'cqc-bench-'));
  for (const entry of COPIED) {
    if (existsSync(path.join(repo, entry))) cpSync(path.join(repo, entry), path.join(copy, entry), { recursive: true });
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  widenTurbopackRoot(repo, copy);
  return copy;
}

/**
 * Turbopack compiles only files under its root, and node_modules is a symlink
 * back into the repository, outside the copy: without this the build stops at
 * "Could not find the Next.js package". The copy's next.config.ts wraps the
 * repository's unchanged config and sets the root to the two folders' common
 * ancestor.
 */
function widenTurbopackRoot(repo: string, copy: string): void {
  renameSync(path.join(copy, 'next.config.ts'), path.join(copy, 'next.config.repo.ts'));
  const root = commonAncestor(realpathSync(repo), realpathSync(copy));
  // The repository's config may be an object or a function of the build phase (it is a function today).
  writeFileSync(path.join(copy, 'next.config.ts'), [
    "import type { NextConfig } from 'next';",
    "import repoConfig from './next.config.repo';",
    '',
    'const repo: NextConfig | ((phase: string) => NextConfig | Promise<NextConfig>) = repoConfig;',
    '',
    'export default async function config(phase: string): Promise<NextConfig> {',
    "  const base = typeof repo === 'function' ? await repo(phase) : repo;",
    `  return { ...base, turbopack: { ...base.turbopack, root: ${JSON.stringify(root)} } };`,
    '}',
    '',
  ].join('\n'));
}

/** The deepest folder that holds both absolute paths. */
export function commonAncestor(a: string, b: string): string {
  const left = a.split(path.sep);
  const right = b.split(path.sep);
  let shared = 0;
  while (shared < left.length && left[shared] === right[shared]) shared++;
  return left.slice(0, shared).join(path.sep) || path.sep;
}

/**
 * Replaces the copy's assessments (content/*.txt) with exactly these files,
 * keeping the ratings register (the build needs it and the measurement should
 * include it), and clears the last build so the next one starts cold.
 */
export function setContent(copy: string, files: ContentFile[]): void {
  const content = path.join(copy, 'content');
  mkdirSync(content, { recursive: true });
  for (const name of readdirSync(content).filter((n) => n.endsWith('.txt'))) rmSync(path.join(content, name));
  for (const file of files) writeFileSync(path.join(content, file.name), file.text);
  rmSync(path.join(copy, '.next'), { recursive: true, force: true });
}

/** Deletes the copy; node_modules is a symlink, so only the link goes, not the repository's packages. */
export function removeProjectCopy(copy: string): void {
  rmSync(copy, { recursive: true, force: true });
}

/** The ratings data of a content folder: the register, England's councils, the later results (register-cut.ts). */
export function readRegisterTexts(root: string): RegisterTexts {
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  return { register: read(REGISTER_FILE), england: read(ENGLAND_FILE), later: read(LATER_FILE) };
}

/** Replaces the copy's ratings data (the provenances stay), so a build can be measured with more or fewer results. */
export function setRegisterTexts(copy: string, texts: RegisterTexts): void {
  writeFileSync(path.join(copy, REGISTER_FILE), texts.register);
  writeFileSync(path.join(copy, ENGLAND_FILE), texts.england);
  writeFileSync(path.join(copy, LATER_FILE), texts.later);
}
