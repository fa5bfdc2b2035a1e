import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAssessment } from '@/lib/assessment';
import { checkContent } from '@/lib/content';
import { GLOSSARY } from '@/lib/glossary';
import { openSearchIndex, openSearchIndexFile, search, searchDocuments, writeSearchIndex, type SearchDocument } from '@/lib/search';
import { deletionKeys, fileDepth } from '@/lib/search/fuzzy';
import { SEARCH_INDEX_FILE, searchIndexPath } from '@/lib/search/location';
import { SearchIndexError, indexSources } from '@/lib/search/sources';
import { councilNameKeys } from '@/lib/search/names';
import { INDEX_FORMAT, checkIndexed, indexText, type IndexedReport } from '@/lib/search/store';
import * as searchIndexModule from '@/lib/search-index';
import { HARROW_FILE, fresh, parseHarrow, readText } from './helpers';
import { allResults, indexOf } from './search-helpers';

/**
 * The index file the build writes and the server opens: what it holds
 * (lib/search/store.ts), how the server opens it (lib/search/engine.ts,
 * lib/search-index.ts), and what the build checks before shipping it.
 */

const HOLMBURY_FILE = 'tests/fixtures/site/holmbury-borough-council.txt';

/** The two reports' documents with the register's councils and the glossary, and the reports the authority filter offers. */
async function sources() {
  const { councils } = await checkContent();
  const harrow = parseHarrow();
  const holmbury = parseAssessment(readText(HOLMBURY_FILE), HOLMBURY_FILE);
  const documents = searchDocuments({ assessments: [harrow, holmbury], councils, glossary: GLOSSARY });
  const reports: IndexedReport[] = [
    { slug: harrow.slug, authority: harrow.authority, file: HARROW_FILE },
    { slug: holmbury.slug, authority: holmbury.authority, file: HOLMBURY_FILE },
  ];
  return { documents, reports };
}

const temporary: string[] = [];
function temporaryDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  temporary.push(dir);
  return dir;
}
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes an index of `documents` into a new file in `dir`, as the build does, and closes it. */
function writeFile(dir: string, documents: readonly SearchDocument[], reports: readonly IndexedReport[] = []): string {
  const file = path.join(dir, SEARCH_INDEX_FILE);
  const db = new Database(file);
  writeSearchIndex(db, documents, reports);
  db.close();
  return file;
}

/** Rows of a table as each key's set of values. */
function grouped<K, V>(rows: readonly { key: K; value: V }[]): Map<K, Set<V>> {
  const groups = new Map<K, Set<V>>();
  for (const { key, value } of rows) groups.set(key, (groups.get(key) ?? new Set()).add(value));
  return groups;
}

describe('the index the build writes', () => {
  it('gives each authority one token of letters and digits, held by exactly its documents and nothing else', async () => {
    const { documents } = await sources();
    const index = indexOf(documents);
    const slugs = [...new Set(documents.flatMap((d) => (d.authoritySlug === null ? [] : [d.authoritySlug])))];
    expect([...index.scopes.keys()].sort()).toEqual([...slugs].sort());
    const tokens = [...index.scopes.values()];
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) expect(token).toMatch(/^[a-z0-9]+$/);
    // The scope column's words are the tokens, each in as many documents as its authority has.
    const held = index.db.prepare(`SELECT term, doc FROM fts_terms WHERE col = 'scope'`).all() as { term: string; doc: number }[];
    expect(new Map(held.map((h) => [h.term, h.doc]))).toEqual(new Map([...index.scopes].map(([slug, token]) => [token, documents.filter((d) => d.authoritySlug === slug).length])));
  });

  it('names each document by its own names, and a council\'s page (overview or register entry) also by the words that tell it apart', async () => {
    const { documents } = await sources();
    const { db } = indexOf(documents);
    const named = grouped(db.prepare('SELECT doc AS key, name AS value FROM names').all() as { key: number; value: string }[]);
    const rowids = new Map((db.prepare('SELECT id, rowid FROM documents').all() as { id: string; rowid: number }[]).map((r) => [r.id, r.rowid]));
    const kinds = new Set(documents.map((d) => d.kind));
    expect(kinds.has('paragraph') && kinds.has('overview') && kinds.has('council')).toBe(true);
    for (const d of documents) {
      const keys = d.kind === 'overview' || d.kind === 'council' ? councilNameKeys(d.names) : [];
      const expected = new Set([...d.names.map(indexText), ...keys]);
      expect(named.get(rowids.get(d.id) ?? 0) ?? new Set(), d.id).toEqual(expected);
    }
  });

  it('keeps the full reports in the order given, for the authority filter', async () => {
    const { documents, reports } = await sources();
    expect(indexOf(documents, reports).reports).toEqual(reports);
    expect(indexOf(documents, [...reports].reverse()).reports).toEqual([...reports].reverse());
  });

  it('files each word five letters or longer under its deletion keys, as deep as fileDepth says, and shorter words under none', async () => {
    const { documents } = await sources();
    const { db } = indexOf(documents);
    const filed = grouped(db.prepare('SELECT term AS key, key AS value FROM near').all() as { key: string; value: string }[]);
    const vocabulary = db.prepare('SELECT term FROM vocabulary').pluck().all() as string[];
    const short = vocabulary.filter((t) => fileDepth(t) === 0);
    expect(short.length).toBeGreaterThan(0);
    for (const term of short) expect(filed.has(term), term).toBe(false);
    for (const term of vocabulary.filter((t) => fileDepth(t) > 0)) expect(filed.get(term), term).toEqual(deletionKeys(term, fileDepth(term)));
  });

  it('records its format and how many documents it holds', async () => {
    const { documents } = await sources();
    const { db } = indexOf(documents);
    expect(Object.fromEntries((db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((m) => [m.key, m.value])))
      .toEqual({ format: INDEX_FORMAT, documents: String(documents.length) });
  });

  it('is written optimised: the full-text index of many reports in one segment, however often FTS5 flushed it while writing', () => {
    // Harrow's report as twenty councils' is more than FTS5 holds in memory before it writes a segment.
    const harrow = parseHarrow();
    const many = Array.from({ length: 20 }, (_, i) => searchDocuments({ assessments: [{ ...harrow, slug: `council-${i}` }] })).flat();
    const { db } = indexOf(many);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(many.length);
    expect(db.prepare('SELECT count(DISTINCT segid) FROM fts_idx').pluck().get()).toBe(1);
  });
});

describe('opening the index', () => {
  it('refuses an index of another format, or of none, naming it and saying to rebuild', async () => {
    const { documents } = await sources();
    const older = indexOf(documents).db;
    older.prepare(`UPDATE meta SET value = '1' WHERE key = 'format'`).run();
    expect(() => openSearchIndex(older)).toThrow(`the search index is format 1, expected ${INDEX_FORMAT}: rebuild the site with npm run build`);
    older.prepare(`DELETE FROM meta WHERE key = 'format'`).run();
    expect(() => openSearchIndex(older)).toThrow(`the search index is format unknown, expected ${INDEX_FORMAT}: rebuild the site with npm run build`);
  });

  it('opens the file the build wrote read-only, and never makes one that is not there', async () => {
    const { documents } = await sources();
    const dir = temporaryDir();
    const index = openSearchIndexFile(writeFile(dir, documents));
    expect(allResults(index, 'safeguarding').length).toBeGreaterThan(10);
    expect(() => index.db.prepare('DELETE FROM documents').run()).toThrow(/readonly/);
    const missing = path.join(dir, 'none', SEARCH_INDEX_FILE);
    expect(() => openSearchIndexFile(missing)).toThrow();
    expect(existsSync(missing)).toBe(false);
    const absent = path.join(dir, 'absent.sqlite');
    expect(() => openSearchIndexFile(absent)).toThrow();
    expect(existsSync(absent)).toBe(false);
  });

  it('searches an index holding a kind this code does not know, weighing it as 1', async () => {
    const { documents } = await sources();
    const { db } = indexOf(documents);
    const before = allResults(openSearchIndex(db), 'safeguarding').map((r) => r.document.id);
    const last = db.prepare('SELECT max(rowid) FROM documents').pluck().get() as number;
    db.prepare(`INSERT INTO kinds VALUES ('map', ?, ?)`).run(last + 1, last + 10);
    expect(allResults(openSearchIndex(db), 'safeguarding').map((r) => r.document.id)).toEqual(before);
  });

  it('prepares each statement once and reuses it for the next search', async () => {
    const { documents } = await sources();
    const index = indexOf(documents);
    search(index, 'direct payments');
    const prepared = new Map(index.statements);
    search(index, 'direct payments');
    expect(index.statements.size).toBe(prepared.size);
    for (const [sql, statement] of prepared) expect(index.statements.get(sql), sql).toBe(statement);
  });
});

describe('the server\'s index', () => {
  /** getSearchIndex() from a fresh module, which opens its index once. */
  async function serverIndex() {
    const { getSearchIndex } = await fresh('@/lib/search-index', searchIndexModule);
    return getSearchIndex();
  }

  it('is the file SEARCH_INDEX names, else the one in NEXT_DIST_DIR, else in .next, relative to where the server runs', async () => {
    const { documents, reports } = await sources();
    const harrowOnly = documents.filter((d) => d.authoritySlug === 'london-borough-of-harrow');
    const named = temporaryDir();
    writeFile(named, harrowOnly.filter((d) => d.kind === 'overview'), reports.slice(0, 1));
    const dist = temporaryDir();
    writeFile(dist, harrowOnly, reports.slice(0, 1));
    // Where the server runs: an index there, and the usual one in its .next.
    const cwd = temporaryDir();
    writeFile(cwd, harrowOnly.slice(0, 2));
    const usual = path.join(cwd, '.next');
    mkdirSync(usual);
    writeFile(usual, documents, reports);
    const count = (index: Awaited<ReturnType<typeof serverIndex>>) => index.db.prepare('SELECT count(*) FROM documents').pluck().get();

    vi.stubEnv('SEARCH_INDEX', path.join(named, SEARCH_INDEX_FILE));
    vi.stubEnv('NEXT_DIST_DIR', dist);
    expect(count(await serverIndex())).toBe(1);
    vi.stubEnv('SEARCH_INDEX', '');
    expect(count(await serverIndex())).toBe(harrowOnly.length);
    vi.stubEnv('NEXT_DIST_DIR', '');
    vi.spyOn(process, 'cwd').mockReturnValue(cwd);
    expect(count(await serverIndex())).toBe(documents.length);
  });

  it('is opened once', async () => {
    const { documents } = await sources();
    vi.stubEnv('SEARCH_INDEX', writeFile(temporaryDir(), documents));
    const { getSearchIndex } = await fresh('@/lib/search-index', searchIndexModule);
    expect(getSearchIndex()).toBe(getSearchIndex());
  });

  it('sits in the dist dir, one per build', () => {
    expect(searchIndexPath('.next-test')).toBe(path.join('.next-test', 'search-index.sqlite'));
  });
});

describe('the build\'s check of the index', () => {
  it('passes an index holding every document and every report\'s overview', async () => {
    const { documents, reports } = await sources();
    const db = new Database(':memory:');
    writeSearchIndex(db, documents, reports);
    expect(() => checkIndexed(db, documents, reports)).not.toThrow();
  });

  it('fails naming the counts when a document is missing from either table', async () => {
    const { documents, reports } = await sources();
    const n = documents.length;
    const extra = indexOf(documents).db;
    expect(() => checkIndexed(extra, [...documents, ...documents.slice(0, 1)], reports))
      .toThrow(`the search index holds ${n} documents and ${n} indexed texts, expected ${n + 1} of each`);
    const unstored = indexOf(documents).db;
    unstored.prepare('DELETE FROM documents WHERE rowid = 1').run();
    expect(() => checkIndexed(unstored, documents, reports)).toThrow(`the search index holds ${n - 1} documents and ${n} indexed texts, expected ${n} of each`);
    const overindexed = indexOf(documents).db;
    overindexed.prepare(`INSERT INTO fts (rowid, title, keywords, text, scope) VALUES (?, 'stray', '', '', '')`).run(n + 1);
    expect(() => checkIndexed(overindexed, documents, reports)).toThrow(`the search index holds ${n} documents and ${n + 1} indexed texts, expected ${n} of each`);
  });

  it('fails naming each report whose overview it lacks, by authority and file', async () => {
    const { documents, reports } = await sources();
    const { db } = indexOf(documents);
    const lost = [{ slug: 'nowhere-council', authority: 'Nowhere Council', file: 'content/nowhere-council.txt' }, { slug: 'elsewhere', authority: 'Elsewhere Council', file: 'content/elsewhere.txt' }];
    expect(() => checkIndexed(db, documents, [...reports, ...lost]))
      .toThrow('the search index has no overview for Nowhere Council (content/nowhere-council.txt), Elsewhere Council (content/elsewhere.txt)');
    // A document of that id that is not an overview is no overview.
    const { db: renamed } = indexOf(documents);
    renamed.prepare(`UPDATE documents SET kind = 'theme' WHERE id = 'london-borough-of-harrow:overview'`).run();
    expect(() => checkIndexed(renamed, documents, reports)).toThrow(`the search index has no overview for London Borough of Harrow (${HARROW_FILE})`);
  });
});

describe('indexSources()', () => {
  it('makes each report\'s documents with its council\'s names, then the other councils and the glossary, and the reports in the order given', async () => {
    const { files, councils } = await checkContent();
    const { documents, reports } = indexSources(files, councils, GLOSSARY);
    expect(reports).toEqual(files.map(({ file, assessment }) => ({ slug: assessment.slug, authority: assessment.authority, file })));
    expect(documents).toEqual([
      ...files.flatMap((f) => searchDocuments({ assessments: [f.assessment], councils: councils.filter((c) => c.report?.file === f.file) })),
      ...searchDocuments({ assessments: [], councils: councils.filter((c) => c.report === null), glossary: GLOSSARY }),
    ]);
    expect(documents.filter((d) => d.kind === 'overview').map((d) => d.authoritySlug)).toEqual(files.map((f) => f.assessment.slug));
  });

  it('makes a report no council owns into its documents alone, its overview named by its title', () => {
    const harrow = parseHarrow();
    const { documents } = indexSources([{ file: HARROW_FILE, assessment: harrow }], [], []);
    expect(documents).toEqual(searchDocuments({ assessments: [harrow] }));
    expect(documents.find((d) => d.kind === 'overview')?.names).toEqual([harrow.authority]);
  });

  it('stops naming the file of a report that cannot be made into documents', () => {
    const harrow = parseHarrow();
    const broken = { ...harrow, published: 'not a date' };
    const failing = () => indexSources([{ file: 'content/broken.txt', assessment: broken }], [], []);
    expect(failing).toThrow(SearchIndexError);
    expect(failing).toThrow(/^content\/broken\.txt: could not be made into search documents: \S/);
    try {
      failing();
    } catch (error) {
      expect(error instanceof Error ? error.name : '').toBe('SearchIndexError');
    }
  });
});
