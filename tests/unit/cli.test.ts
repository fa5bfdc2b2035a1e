import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HARROW_FILE, parseHarrow, readText, replaceLine } from './helpers';

/** Runs the CLI exactly as the README does: `npm run --silent parse -- <file>`. */
function parse(file: string) {
  const result = spawnSync('npm', ['run', '--silent', 'parse', '--', file], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Temporary folders the tests make, removed when they are done. */
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('npm run --silent parse', () => {
  it('prints the Harrow assessment as JSON on stdout and nothing else', () => {
    const { code, stdout, stderr } = parse(HARROW_FILE);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const printed: unknown = JSON.parse(stdout);
    expect(printed).toEqual(parseHarrow());
    expect(printed).toMatchObject({ authority: 'London Borough of Harrow', published: '2024-08-16', rating: 'Requires improvement' });
  }, 30_000);

  it('prints a content error on stderr as <file>:<line>: with exit code 1 and no stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cqc-cli-'));
    folders.push(dir);
    const file = path.join(dir, 'broken.txt');
    writeFileSync(file, replaceLine(readText(HARROW_FILE), 404, 'Score: seven'));
    const { code, stdout, stderr } = parse(file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.startsWith(`${file}:404: quality statement "Care provision, integration and continuity": expected a score line such as "Score: 2", found "Score: seven"`)).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('ends quietly with exit code 0 when the reader closes the pipe early, as `| head -c 100` does', () => {
    const result = spawnSync('bash', ['-c', `set -o pipefail; npm run --silent parse -- ${HARROW_FILE} | head -c 100`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // The JSON (about 170 KB) is larger than a pipe holds, so the CLI is still writing when head leaves.
    expect(result.stdout).toBe(JSON.stringify(parseHarrow(), null, 2).slice(0, 100));
  }, 30_000);

  it('says plainly when the file cannot be read', () => {
    const { code, stderr } = parse('content/no-such-council.txt');
    expect(code).toBe(2);
    expect(stderr).toBe('content/no-such-council.txt: cannot read the file: no such file\n');
  }, 30_000);
});
