import type { Database } from 'better-sqlite3';
import { RESULT_KINDS, type ResultKind, type SearchDocument } from './documents';
import { foldedWords } from './fold';
import { deletionKeys, fileDepth } from './fuzzy';
import { councilNameKeys } from './names';

/**
 * The search index as an SQLite database with FTS5, written once by the
 * build (scripts/build-search-index.ts) and opened read-only by the server
 * (lib/search/engine.ts). One file holds everything a search needs: the
 * documents as shown, their folded words in an FTS5 table ranked by BM25,
 * the names a query can equal, the rowid range of each kind (so a result's
 * kind weight is a function of its rowid), and the vocabulary with each word
 * filed under its deletion keys, where a misspelt word's near spellings are
 * looked up. Nothing is read from
 * content/ at run time.
 */

/** Bumped whenever the tables change, so a server never reads an index written by other code. */
export const INDEX_FORMAT = '2';

/** The FTS5 columns, in order; `scope` holds the authority's token, searched only by the authority filter. */
export const FTS_COLUMNS = ['title', 'keywords', 'text', 'scope'] as const;

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
  rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, title TEXT NOT NULL,
  names TEXT NOT NULL, authority TEXT, authority_slug TEXT, context TEXT NOT NULL, text TEXT NOT NULL,
  keywords TEXT NOT NULL, href TEXT NOT NULL
);
CREATE TABLE names (name TEXT NOT NULL, doc INTEGER NOT NULL);
CREATE INDEX names_by_name ON names (name);
CREATE TABLE kinds (kind TEXT PRIMARY KEY, first INTEGER NOT NULL, last INTEGER NOT NULL);
CREATE TABLE scopes (slug TEXT PRIMARY KEY, token TEXT NOT NULL UNIQUE);
CREATE TABLE reports (slug TEXT PRIMARY KEY, authority TEXT NOT NULL, file TEXT NOT NULL, position INTEGER NOT NULL);
CREATE VIRTUAL TABLE fts USING fts5 (${FTS_COLUMNS.join(', ')}, content='', tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE fts_terms USING fts5vocab (fts, 'col');
CREATE TABLE vocabulary (term TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE near (key TEXT NOT NULL, term TEXT NOT NULL, PRIMARY KEY (key, term)) WITHOUT ROWID;
`;

/** Words as the index holds them: folded, between single spaces ("direct payments"). */
export function indexText(text: string): string {
  return foldedWords(text).join(' ');
}

/** The documents in the order their rowids are given: by kind, as RESULT_KINDS lists them, each kind in its given order. */
export function byKind(documents: readonly SearchDocument[]): SearchDocument[] {
  return RESULT_KINDS.flatMap((kind) => documents.filter((d) => d.kind === kind));
}

/** The token of the n-th authority in the `scope` column: letters and digits only, so FTS5 keeps it one token. */
export function scopeToken(n: number): string {
  return `scope${n}`;
}

/** A full report the "In" filter offers: its slug, authority and content file, in the order given. */
export type IndexedReport = { slug: string; authority: string; file: string };

/**
 * Writes the index into an empty database: every document (by kind), the
 * full reports the authority filter offers, then the vocabulary typo
 * tolerance reads. Throws if the database already holds tables.
 */
export function writeSearchIndex(db: Database, documents: readonly SearchDocument[], reports: readonly IndexedReport[]): void {
  db.exec(SCHEMA);
  const insertDocument = db.prepare(`INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertText = db.prepare(`INSERT INTO fts (rowid, ${FTS_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?)`);
  const insertName = db.prepare('INSERT INTO names VALUES (?, ?)');
  const scopes = new Map<string, string>();
  const ranges = new Map<ResultKind, { first: number; last: number }>();
  db.transaction(() => {
    byKind(documents).forEach((d, i) => {
      const rowid = i + 1;
      const range = ranges.get(d.kind);
      ranges.set(d.kind, { first: range?.first ?? rowid, last: rowid });
      let scope = '';
      if (d.authoritySlug !== null) {
        scope = scopes.get(d.authoritySlug) ?? scopeToken(scopes.size + 1);
        scopes.set(d.authoritySlug, scope);
      }
      insertDocument.run(rowid, d.id, d.kind, d.title, JSON.stringify(d.names), d.authority, d.authoritySlug, d.context, d.text, d.keywords, d.href);
      insertText.run(rowid, indexText(d.title), indexText(d.keywords), indexText(d.text), scope);
      const councilKeys = d.kind === 'overview' || d.kind === 'council' ? councilNameKeys(d.names) : [];
      for (const name of new Set([...d.names.map(indexText), ...councilKeys])) insertName.run(name, rowid);
    });
    const kinds = db.prepare('INSERT INTO kinds VALUES (?, ?, ?)');
    for (const [kind, { first, last }] of ranges) kinds.run(kind, first, last);
    const insertScope = db.prepare('INSERT INTO scopes VALUES (?, ?)');
    for (const [slug, token] of scopes) insertScope.run(slug, token);
    const insertReport = db.prepare('INSERT INTO reports VALUES (?, ?, ?, ?)');
    reports.forEach((r, i) => insertReport.run(r.slug, r.authority, r.file, i));
    db.exec(`INSERT INTO vocabulary SELECT term, max(doc) FROM fts_terms WHERE col != 'scope' GROUP BY term`);
    // Each word filed under its deletion keys, for finding a misspelt word's near spellings (lib/search/fuzzy.ts).
    const file = db.prepare('INSERT OR IGNORE INTO near VALUES (?, ?)');
    for (const term of db.prepare('SELECT term FROM vocabulary').pluck().all() as string[]) {
      const depth = fileDepth(term);
      if (depth > 0) for (const key of deletionKeys(term, depth)) file.run(key, term);
    }
    db.exec(`INSERT INTO fts (fts) VALUES ('optimize')`);
    const meta = db.prepare('INSERT INTO meta VALUES (?, ?)');
    meta.run('format', INDEX_FORMAT);
    meta.run('documents', String(documents.length));
  })();
}

/**
 * Reads the written index back and fails, naming what is missing, unless it
 * holds every document in both tables and every report's pages: the build
 * never ships a partial index.
 */
export function checkIndexed(db: Database, documents: readonly SearchDocument[], reports: readonly IndexedReport[]): void {
  const stored = db.prepare('SELECT count(*) FROM documents').pluck().get();
  const indexed = db.prepare(`SELECT count(*) FROM fts_docsize`).pluck().get();
  if (stored !== documents.length || indexed !== documents.length) {
    throw new Error(`the search index holds ${String(stored)} documents and ${String(indexed)} indexed texts, expected ${documents.length} of each`);
  }
  const overview = db.prepare<[string], { kind: string }>('SELECT kind FROM documents WHERE id = ?');
  const missing = reports.filter((r) => overview.get(`${r.slug}:overview`)?.kind !== 'overview');
  if (missing.length > 0) throw new Error(`the search index has no overview for ${missing.map((r) => `${r.authority} (${r.file})`).join(', ')}`);
}
