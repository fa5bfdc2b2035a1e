import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HARROW_FILE, parseHarrow, readText, replaceLine } from './helpers';

/** Runs the CLI exactly as the README does: `npm run --silent parse -- <file>`. */
function parse(file: string) {
  const result = spawnSync('npm', ['run', '--silent', 'parse', '--', file], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

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
    const dir = mkdtempSync(path.join(tmpdir(), 'cqc-'));
    const file = path.join(dir, 'broken.txt');
    writeFileSync(file, replaceLine(readText(HARROW_FILE), 404, 'Score: seven'));
    const { code, stdout, stderr } = parse(file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.startsWith(`${file}:404: quality statement "Care provision, integration and continuity": expected a score line such as "Score: 2", found "Score: seven"`)).toBe(true);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('says plainly when the file cannot be read', () => {
    const { code, stderr } = parse('content/no-such-council.txt');
    expect(code).toBe(2);
    expect(stderr).toBe('content/no-such-council.txt: cannot read the file: no such file\n');
  }, 30_000);
});
