import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAssessmentBytes, type Assessment } from '@/lib/assessment';
import { newestFirst, usableContent } from '@/lib/content';
import { REGISTER_PROVENANCE, checkContent, filesIn, type ContentFolder } from '@/lib/content-check';
import { HARROW_FILE, readText } from './helpers';

/**
 * The loader over a temporary copy of content/, changed as each test says,
 * read in this process (so mutation testing sees it) as the build reads content/.
 */

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A copy of content/ named `content`, with `extra` files added (a string or bytes; null for a folder) and `without` left out. */
function contentWith(extra: Record<string, string | Uint8Array | null> = {}, without: string[] = []): ContentFolder {
  const dir = mkdtempSync(path.join(tmpdir(), 'cqc-content-'));
  folders.push(dir);
  cpSync(path.join(process.cwd(), 'content'), dir, { recursive: true });
  for (const name of without) rmSync(path.join(dir, name));
  for (const [name, body] of Object.entries(extra)) {
    if (body === null) mkdirSync(path.join(dir, name));
    else writeFileSync(path.join(dir, name), body);
  }
  return { name: 'content', directory: dir, pathOf: (name) => path.join(dir, name) };
}

const REGISTER = 'content/cqc-local-authority-ratings.csv';

describe('checkContent() over a folder of content', () => {
  it('reads each report, the register and its provenance, and nothing else in the folder', async () => {
    const { files, rows, snapshot, errors } = await checkContent([contentWith({ 'notes.md': '# Notes\n', 'README': 'not content\n' })]);
    expect(errors.map((e) => e.format())).toEqual([]);
    expect(files.map((f) => [f.file, f.assessment.authority])).toEqual([[HARROW_FILE, 'London Borough of Harrow']]);
    expect(rows).toHaveLength(72);
    expect(snapshot).toMatchObject({ date: '2025-10-03', file: REGISTER_PROVENANCE, markdown: readText(REGISTER_PROVENANCE) });
  });

  it('refuses a second report of the same authority at its title line, naming the first file', async () => {
    const { files, errors } = await checkContent([contentWith({ 'a-harrow-again.txt': readText(HARROW_FILE) })]);
    expect(files.map((f) => f.file)).toEqual(['content/a-harrow-again.txt']);
    expect(errors.map((e) => [e.name, e.format()])).toEqual([['ConsistencyError',
      `${HARROW_FILE}:5: expected each content file to hold a different authority, found "London Borough of Harrow" again (also in content/a-harrow-again.txt)`]]);
  });

  it('keeps a report it cannot parse among the errors and still checks the rest', async () => {
    const { files, rows, snapshot, errors } = await checkContent([contentWith({ 'broken.txt': 'Not an assessment\n' })]);
    expect(files.map((f) => f.file)).toEqual([HARROW_FILE]);
    expect(errors.map((e) => e.file)).toEqual(['content/broken.txt']);
    expect([rows.length, snapshot?.date]).toEqual([72, '2025-10-03']);
  });

  it('keeps a register file that is not UTF-8 among the errors, at its line, and still reads the other', async () => {
    const bytes = Buffer.concat([Buffer.from('Local authority\n'), Buffer.from([0xff, 0x0a])]);
    const { rows, errors } = await checkContent([contentWith({ 'zz-extra.csv': bytes })]);
    expect(errors.map((e) => [e.name, e.format()])).toEqual([['InputError', 'content/zz-extra.csv:2: expected UTF-8 text, found bytes that are not valid UTF-8']]);
    expect(rows.map((r) => r.file)).toEqual(Array(72).fill(REGISTER));
  });

  it('refuses a register without its provenance, so without a snapshot', async () => {
    const { snapshot, errors } = await checkContent([contentWith({}, ['cqc-local-authority-ratings.md'])]);
    expect(snapshot).toBeNull();
    expect(errors.map((e) => e.format())).toEqual([
      `${REGISTER_PROVENANCE}:1: expected the ratings register's provenance with its "Snapshot: <date>" line, found no such file`,
    ]);
  });

  it('refuses a provenance that is not UTF-8 at its line, without a snapshot', async () => {
    const { snapshot, errors } = await checkContent([contentWith({ 'cqc-local-authority-ratings.md': Buffer.from([0x53, 0xff, 0x0a]) })]);
    expect(snapshot).toBeNull();
    expect(errors[0]?.format()).toBe(`${REGISTER_PROVENANCE}:1: expected UTF-8 text, found bytes that are not valid UTF-8`);
  });

  it('refuses a folder without a report', async () => {
    const { errors } = await checkContent([contentWith({}, ['london-borough-of-harrow.txt'])]);
    expect(errors.map((e) => e.format())).toContain('content:1: expected at least one assessment (content/*.txt), found none');
  });

  it('lets a failure to read a file through: it is not a content error but a broken checkout', async () => {
    await expect(checkContent([contentWith({ 'a-folder.txt': null })])).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('filesIn()', () => {
  it('lists a folder\'s files in name order, whatever order the file system gives', () => {
    const folder: ContentFolder = { name: 'content', directory: '/c', pathOf: (name) => `/c/${name}` };
    expect(filesIn(folder, ['b.txt', 'a.csv', 'c.md'])).toEqual([
      { file: 'content/a.csv', absolute: '/c/a.csv' }, { file: 'content/b.txt', absolute: '/c/b.txt' }, { file: 'content/c.md', absolute: '/c/c.md' },
    ]);
  });
});

describe('usableContent()', () => {
  it('gives the checked content without its (empty) list of errors', async () => {
    const content = usableContent(await checkContent([contentWith()]));
    expect(Object.keys(content).sort()).toEqual(['councils', 'files', 'provenances', 'rows', 'snapshot', 'warnings']);
    expect(content.snapshot.date).toBe('2025-10-03');
  });

  it('fails on a content error, listing every problem one a line', async () => {
    const check = await checkContent([contentWith({ 'broken.txt': 'Not an assessment\n', 'a-harrow-again.txt': readText(HARROW_FILE) })]);
    expect(check.errors).toHaveLength(2);
    expect(() => usableContent(check)).toThrow(new Error(check.errors.map((e) => e.format()).join('\n')));
  });

  it('fails without a snapshot even when no error was recorded', async () => {
    const check = await checkContent([contentWith()]);
    expect(() => usableContent({ ...check, snapshot: null })).toThrow(Error);
  });
});

describe('newestFirst()', () => {
  const fixture = (name: string): Assessment => {
    const file = `tests/fixtures/${name}.txt`;
    return parseAssessmentBytes(Buffer.from(readText(file)), file);
  };

  it('orders assessments newest first', () => {
    const names = ['ashdown-district-council', 'fenwick-city-council', 'ravensmoor-city-council', 'tarnside-borough-council'];
    const sorted = newestFirst(names.map(fixture));
    expect(sorted.map((a) => [a.published, a.authority])).toEqual([
      ['2025-03-03', 'Fenwick City Council'], ['2024-12-04', 'Ravensmoor City Council'],
      ['2024-02-29', 'Ashdown District Council'], ['2023-05-17', 'Tarnside Borough Council'],
    ]);
  });

  it('orders assessments published the same day by authority', () => {
    const ashdown = fixture('ashdown-district-council');
    const tarnside = { ...fixture('tarnside-borough-council'), published: ashdown.published };
    expect(newestFirst([tarnside, ashdown]).map((a) => a.authority)).toEqual(['Ashdown District Council', 'Tarnside Borough Council']);
  });
});
