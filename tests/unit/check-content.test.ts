import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readText } from './helpers';

/**
 * The real `scripts/check-content.ts`, which runs before every build, on a
 * temporary copy of content/ with one register row changed: the build stops
 * with the row's `<file>:<line>:` and a non-zero exit code.
 */

const REPO = process.cwd();
const REGISTER = 'content/cqc-local-authority-ratings.csv';
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A copy of content/ with the register line starting `authority,` replaced; returns the folder and the line's number. */
function contentWith(authority: string, replace: (line: string) => string): { dir: string; line: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'cqc-check-'));
  folders.push(dir);
  cpSync(path.join(REPO, 'content'), path.join(dir, 'content'), { recursive: true });
  const lines = readText(REGISTER).split('\n');
  const index = lines.findIndex((l) => l.startsWith(`${authority},`));
  const found = lines[index];
  if (found === undefined) throw new Error(`no row for ${authority}`);
  lines[index] = replace(found);
  writeFileSync(path.join(dir, REGISTER), lines.join('\n'));
  return { dir, line: index + 1 };
}

/** Runs check-content with `dir` as the project folder, the content it reads. */
function checkContent(dir: string) {
  const tsx = path.join(REPO, 'node_modules', '.bin', 'tsx');
  const result = spawnSync(tsx, ['--tsconfig', path.join(REPO, 'tsconfig.json'), path.join(REPO, 'scripts', 'check-content.ts')], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, INCLUDE_TEST_FIXTURES: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check-content on content with a bad register row', () => {
  it('stops at a rating that disagrees with CQC\'s method, naming the row\'s line', () => {
    const { dir, line } = contentWith('Blackpool Council', (l) => l.replace(',Inadequate,', ',Requires improvement,'));
    const { code, stderr } = checkContent(dir);
    expect(code).toBe(1);
    expect(stderr).toContain(`${REGISTER}:${line}: column "rating": expected the rating CQC's method gives for 12 of 36 (34%), "Inadequate" (25-38%), found "Requires improvement"`);
    expect(stderr).toContain('content: 1 error(s); the build stops here.');
  }, 30_000);

  it('stops at a row that disagrees with the full report in content/, naming both files', () => {
    const { dir, line } = contentWith('London Borough of Harrow', (l) => l.replace(/,2,2,3,2,3,2,2,2,3$/, ',3,2,3,2,3,2,2,2,3'));
    const { code, stderr } = checkContent(dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`${REGISTER}:${line}: column "assessing-needs": expected 2, the score of content/london-borough-of-harrow\\.txt:\\d+, found 3`));
  }, 30_000);

  it('passes the same copy unchanged, printing what it read', () => {
    const { dir } = contentWith('Blackpool Council', (l) => l);
    const { code, stdout } = checkContent(dir);
    expect(code).toBe(0);
    expect(stdout).toContain('register: 72 row(s) of 72 council(s), snapshot 2025-10-03');
  }, 30_000);
});
