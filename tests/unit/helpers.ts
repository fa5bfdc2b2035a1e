import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, parseAssessment, type Assessment, type Statement } from '@/lib/assessment';

export const HARROW_FILE = 'content/london-borough-of-harrow.txt';

/** Where the tests run (the repository, or Stryker's copy of it), as the test file loaded: a test may stub process.cwd(). */
const ROOT = process.cwd();
let freshLoads = 0;

/**
 * A second copy of one module of the site, loaded inside the test that calls
 * this: its own top-level code (the tables it builds as it loads) runs again
 * there, with the mutant mutation testing has made active. Loaded only when
 * the test file loads, those tables are built before any mutant is active,
 * and no test could see one (README, "Mutation testing").
 *
 * Only that module is loaded again: what it imports is the copy the test file
 * loaded. Reloading every module (`vi.resetModules()`) would run the top-level
 * code of the whole site (the parser's patterns, the register's tables) inside
 * the few tests that call this, and Stryker would then try those mutants
 * against those tests alone. So the test file imports the module itself,
 * statically, and passes it here: `fresh('@/lib/view/councils', councils)`
 * after `import * as councils from '@/lib/view/councils'`.
 */
export async function fresh<M extends object>(specifier: `@/${string}`, loaded: M): Promise<M> {
  const base = path.join(ROOT, specifier.slice(2));
  const file = ['.ts', '.tsx'].map((extension) => base + extension).find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`fresh: no module ${specifier} (${base}.ts or .tsx)`);
  freshLoads += 1;
  const copy = (await import(/* @vite-ignore */ `${file}?fresh=${freshLoads}`)) as M;
  if (copy === loaded || Object.keys(copy).join() !== Object.keys(loaded).join()) {
    throw new Error(`fresh: ${specifier} did not load again as a copy of the module passed with it`);
  }
  return copy;
}

/** A file of the repository as text. */
export function readText(relative: string): string {
  return readFileSync(path.join(process.cwd(), relative), 'utf8');
}

/**
 * The real Harrow assessment, parsed afresh on each call. Parse it inside the
 * test that asserts on it: a parse run while the file loads, or cached from an
 * earlier test, is invisible to mutation testing (README, "Mutation testing").
 */
export function parseHarrow(): Assessment {
  return parseAssessment(readText(HARROW_FILE), HARROW_FILE);
}

export function statementOf(assessment: Assessment, slug: string): Statement {
  const statement = assessment.themes.flatMap((t) => t.statements).find((s) => s.slug === slug);
  if (!statement) throw new Error(`no statement ${slug}`);
  return statement;
}

/** The text with its 1-based line `line` replaced (or removed, when `replacement` is null). */
export function replaceLine(text: string, line: number, replacement: string | null): string {
  const lines = text.split('\n');
  if (line < 1 || line > lines.length) throw new Error(`no line ${line}`);
  if (replacement === null) lines.splice(line - 1, 1);
  else lines[line - 1] = replacement;
  return lines.join('\n');
}

/** The 1-based number of the first line equal to `text`, at or after line `from`. */
export function lineOf(text: string, line: string, from = 1): number {
  const index = text.split('\n').findIndex((l, i) => i >= from - 1 && l.trimEnd() === line);
  if (index === -1) throw new Error(`no line "${line}"`);
  return index + 1;
}

/** Runs `read`, expecting a content error; returns it for the assertions on class, line and message. */
export function contentError(read: () => unknown): ContentError {
  try {
    read();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a content error, but none was thrown');
}

/** Parses `text` as the file `file`, expecting a content error. */
export function parseFailure(text: string, file = HARROW_FILE): ContentError {
  return contentError(() => parseAssessment(text, file));
}
