import { readFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { ContentError, parseAssessment, type Assessment, type Statement } from '@/lib/assessment';

export const HARROW_FILE = 'content/london-borough-of-harrow.txt';

/**
 * A module of the site loaded afresh, inside the test that calls this: the
 * tables it builds as it loads (its constants) are built again there. Loaded
 * only when the test file loads, they are built before mutation testing
 * activates a mutant, which no test could then see (README, "Mutation
 * testing"). Call it as `await fresh(() => import('@/lib/view/councils'))`.
 */
export async function fresh<T>(load: () => Promise<T>): Promise<T> {
  vi.resetModules();
  return load();
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
