import Database from 'better-sqlite3';
import { RESULT_KINDS, type ResultKind, type SearchDocument } from './documents';
import { foldedWords, words } from './fold';
import { deletionKeys, nearWords, slipsAllowed } from './fuzzy';
import { councilNameKeys } from './names';
import { pageWindow, type ResultsPage } from './paging';
import { KIND_WEIGHTS, cleanQuery, queryTerms, type Match, type SearchOutcome, type SearchResult } from './query';
import { snippet } from './snippet';
import { INDEX_FORMAT, scopeToken, type IndexedReport } from './store';

/**
 * Searching the index the build wrote (lib/search/store.ts), opened
 * read-only. A query's words must all match (each whole, by its start from
 * four letters, or as a near spelling from six: lib/search/fuzzy.ts), in a
 * result's title, keywords or text. Results come by how they match, best
 * first (Match): a page the query names, a page whose name holds it, a
 * result holding the words as typed (the phrase, or the word itself rather
 * than a longer one it starts), then the rest; within each by BM25 with the
 * title counting five times, times the kind's weight (KIND_WEIGHTS). Each level
 * is its own FTS5 query, and only the page asked for is fetched, ranked and
 * given snippets: a query matching most of England's paragraphs costs a
 * sort, not a walk through every result in JavaScript.
 */

/** Words at least this long also match longer words they start ("safe" finds "safeguarding"). */
export const PREFIX_LENGTH = 4;

/** How much a match in each column counts in BM25: the title five times the keywords and text (README, "Search and glossary"); the authority token not at all. */
const COLUMN_WEIGHTS = { title: 5, keywords: 1, text: 1, scope: 0 } as const;

export type SearchIndex = {
  db: Database.Database;
  /** The SQL for a result's score: BM25 times its kind's weight, read from its rowid's range. */
  score: string;
  /** The SQL that is 1 for a glossary entry, 0 for anything else: within a level, CQC's text and the site's pages come before the glossary. */
  glossaryLast: string;
  /**
   * Rowids from here on are glossary entries and paragraphs; before it, the
   * site's pages (overviews, statements, themes, councils), the only results
   * whose name holding the query puts them above the reports' text.
   */
  firstUnnamed: number;
  scopes: ReadonlyMap<string, string>;
  /** The full reports, as the authority filter offers them. */
  reports: readonly IndexedReport[];
  statements: Map<string, Database.Statement>;
};

type Row = { rowid: number; score: number };
type Ranked = Row & { match: Match };

/** A level of results: how many it holds, and how to fetch `limit` of them from `offset`, best first. */
type Level = { size: number; fetch: (offset: number, limit: number) => Ranked[] };

/** The results of one page, read from the levels in order (best match first): only the levels the page reaches are fetched. */
export function pageOfLevels({ offset, size }: { offset: number; size: number }, levels: readonly Level[]): Ranked[] {
  const found: Ranked[] = [];
  let skip = offset;
  for (const level of levels) {
    if (found.length === size) break;
    if (skip >= level.size) {
      skip -= level.size;
      continue;
    }
    found.push(...level.fetch(skip, Math.min(size - found.length, level.size - skip)));
    skip = 0;
  }
  return found;
}
type DocumentRow = {
  rowid: number; id: string; kind: ResultKind; title: string; names: string; authority: string | null; authority_slug: string | null;
  context: string; text: string; keywords: string; href: string;
};

function isKind(kind: string): kind is ResultKind {
  return RESULT_KINDS.some((k) => k === kind);
}

/** Reads an index the build wrote into `db`; fails naming what is wrong if it is not one this code can read. */
export function openSearchIndex(db: Database.Database): SearchIndex {
  const format = db.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = 'format'`).get()?.value;
  if (format !== INDEX_FORMAT) throw new Error(`the search index is format ${format ?? 'unknown'}, expected ${INDEX_FORMAT}: rebuild the site with npm run build`);
  const kinds = db.prepare<[], { kind: string; first: number; last: number }>('SELECT kind, first, last FROM kinds ORDER BY first').all();
  const cases = kinds.map(({ kind, last }) => `WHEN rowid <= ${last} THEN ${isKind(kind) ? KIND_WEIGHTS[kind] : 1}`).join(' ');
  const weights = Object.values(COLUMN_WEIGHTS).join(', ');
  const unnamed = kinds.find((k) => k.kind === 'glossary' || k.kind === 'paragraph');
  const glossary = kinds.find((k) => k.kind === 'glossary');
  return {
    db,
    score: `-bm25(fts, ${weights}) * (CASE ${cases} ELSE 1 END)`,
    // Never a bare number: SQLite reads ORDER BY 0 as a column's place.
    glossaryLast: glossary ? `(rowid BETWEEN ${glossary.first} AND ${glossary.last})` : '(rowid < 0)',
    firstUnnamed: unnamed?.first ?? Number.MAX_SAFE_INTEGER,
    scopes: new Map(db.prepare<[], { slug: string; token: string }>('SELECT slug, token FROM scopes').all().map((s) => [s.slug, s.token])),
    reports: db.prepare<[], IndexedReport>('SELECT slug, authority, file FROM reports ORDER BY position').all(),
    statements: new Map(),
  };
}

/** Opens the index file the build wrote, read-only (so a file that is not there is an error, never made). */
export function openSearchIndexFile(file: string): SearchIndex {
  return openSearchIndex(new Database(file, { readonly: true }));
}

function statement(index: SearchIndex, sql: string): Database.Statement {
  let prepared = index.statements.get(sql);
  if (!prepared) {
    prepared = index.db.prepare(sql);
    index.statements.set(sql, prepared);
  }
  return prepared;
}

/** The highest character there is: a prefix's words all sort below the prefix followed by it. */
const LAST = String.fromCodePoint(0x10ffff);

/**
 * Whether the vocabulary holds the word or a word it starts. Only a word of
 * FUZZY_LENGTH or more (so more than PREFIX_LENGTH) is looked up among near
 * spellings, so for a shorter word the answer changes nothing.
 */
function known(index: SearchIndex, term: string): boolean {
  return statement(index, 'SELECT 1 FROM vocabulary WHERE term >= ? AND term < ? LIMIT 1').get(term, `${term}${LAST}`) !== undefined;
}

/** A word of the vocabulary near a query word: how many slips away, and in how many documents. */
type Near = { word: string; distance: number; documents: number };

/** The vocabulary's words within the slips a query word is allowed, found by its deletion keys (lib/search/fuzzy.ts). */
function near(index: SearchIndex, term: string): Near[] {
  // A short word is allowed no slips: it is its own only key, and nearWords finds nothing within none.
  const slips = slipsAllowed(term);
  const candidates = statement(index, 'SELECT DISTINCT n.term AS term, v.documents AS documents FROM near n JOIN vocabulary v ON v.term = n.term WHERE n.key IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...deletionKeys(term, slips)])) as { term: string; documents: number }[];
  const documents = new Map(candidates.map((c) => [c.term, c.documents]));
  return nearWords(term, documents.keys()).map((n) => ({ ...n, documents: documents.get(n.word) ?? 0 }));
}

/**
 * A query word as the index may hold it: itself (and the words it starts,
 * from four letters), or, where the reports use no such word, its near
 * spellings (a word they use is taken as typed: "carers" does not also find
 * "career").
 */
type Expansion = { term: string; prefix: boolean; near: Near[] };

function expand(index: SearchIndex, term: string): Expansion {
  return { term, prefix: term.length >= PREFIX_LENGTH, near: known(index, term) ? [] : near(index, term) };
}

/** A word as an FTS5 string: letters and digits only, so quoting is all it needs. */
function quoted(word: string): string {
  return `"${word}"`;
}

function groupQuery({ term, prefix, near: nearby }: Expansion): string {
  return `(${[`${quoted(term)}${prefix ? '*' : ''}`, ...nearby.map((n) => quoted(n.word))].join(' OR ')})`;
}

/** The query with each word that matched only by its near spellings replaced by the likeliest (fewest slips, then most used); null when none was. */
function correction(phrase: readonly string[], expansions: readonly Expansion[]): string | null {
  const replaced = new Map<string, string>();
  for (const { term, near: nearby } of expansions) {
    const [best] = [...nearby].sort((a, b) => a.distance - b.distance || b.documents - a.documents);
    if (best) replaced.set(term, best.word);
  }
  return replaced.size === 0 ? null : phrase.map((word) => replaced.get(word) ?? word).join(' ');
}

/** Whether a folded word of a result is one the query matched: a query word itself, a longer word it starts, or a near spelling. */
function matcher(expansions: readonly Expansion[]): (word: string) => boolean {
  const nearby = new Set(expansions.flatMap((e) => e.near.map((n) => n.word)));
  return (word) => nearby.has(word) || expansions.some((e) => word === e.term || (e.prefix && word.startsWith(e.term)));
}

function toDocument(row: DocumentRow): SearchDocument {
  // The build writes a list of strings (lib/search/store.ts).
  const names: unknown = JSON.parse(row.names);
  return {
    id: row.id, kind: row.kind, title: row.title, names: [names].flat().map(String),
    authority: row.authority, authoritySlug: row.authority_slug, context: row.context, text: row.text, keywords: row.keywords, href: row.href,
  };
}

export type SearchOptions = { authority?: string; page?: number };

/**
 * Searches everything, or one authority's pages and paragraphs, and returns
 * the page of results asked for (moved within the results) with snippets,
 * how many there are, and the query as it was read.
 */
export function search(index: SearchIndex, raw: string | string[] | undefined, { authority, page = 1 }: SearchOptions = {}): SearchOutcome {
  const { query, truncated } = cleanQuery(raw);
  if (query === '') return { kind: 'empty' };
  const terms = queryTerms(query);
  if (terms.length === 0) return { kind: 'no-words', query, truncated };
  const phrase = foldedWords(query);
  const expansions = [...new Set(terms)].map((term) => expand(index, term));
  // An authority the index does not know gets the token of none (they are numbered from 1), so it finds nothing.
  const scope = authority === undefined ? '' : ` AND {scope} : ${quoted(index.scopes.get(authority) ?? scopeToken(0))}`;
  const all = `({title keywords text} : (${expansions.map(groupQuery).join(' AND ')}))${scope}`;
  const asTyped = `{title text} : ${quoted(phrase.join(' '))}`;
  const count = (match: string) => statement(index, 'SELECT count(*) AS n FROM fts WHERE fts MATCH ?').pluck().get(match) as number;
  const total = count(all);
  const window = pageWindow(total, page);
  const scored = (match: string, rowid: number) => statement(index, `SELECT ${index.score} AS score FROM fts WHERE fts MATCH ? AND rowid = CAST(? AS INTEGER)`).pluck().get(match, rowid) as number | undefined;
  // Pages named by the query (the names table: a page's names, and a council's by the words that tell it apart), if they hold all its words.
  const keys = [phrase.join(' '), ...councilNameKeys([query])];
  const candidates = statement(index, `SELECT DISTINCT doc FROM names WHERE name IN (${keys.map(() => '?').join(', ')}) ORDER BY doc`).pluck().all(...keys) as number[];
  const exact = candidates.flatMap((rowid): Ranked[] => {
    const score = scored(all, rowid);
    return score === undefined ? [] : [{ rowid, score, match: 'exact' }];
  }).sort((a, b) => b.score - a.score); // stable: pages equally named stay in the index's order (ORDER BY doc)
  const exactIds = new Set(exact.map((r) => r.rowid));
  // Pages whose name holds the query as typed (a glossary entry only leads when the query is its term or abbreviation).
  const named = (statement(index, `SELECT rowid, ${index.score} AS score FROM fts WHERE fts MATCH ? AND rowid < CAST(? AS INTEGER) ORDER BY score DESC, rowid`)
    .all(`{title} : ${quoted(phrase.join(' '))}${scope}`, index.firstUnnamed) as Row[])
    .filter((r) => !exactIds.has(r.rowid)).map((r): Ranked => ({ ...r, match: 'name' }));
  const asTypedCount = count(`(${asTyped})${scope}`);
  // An exact page need not hold the query as typed ("kingston on thames" names the Royal Borough of Kingston upon Thames).
  const exactAsTyped = exact.filter((r) => scored(`(${asTyped})${scope}`, r.rowid) !== undefined).length;
  const shownAbove = [...exact, ...named].map((r) => r.rowid);
  const leaveOut = ` AND rowid NOT IN (${shownAbove.join(',')})`;
  const ranked = (match: string, level: Match) => (offset: number, limit: number) =>
    (statement(index, `SELECT rowid, ${index.score} AS score FROM fts WHERE fts MATCH ?${leaveOut} ORDER BY ${index.glossaryLast}, score DESC, rowid LIMIT ? OFFSET ?`)
      .all(match, limit, offset) as Row[]).map((r) => ({ ...r, match: level }));
  // With no results the page is empty (pageWindow), so pageOfLevels fetches nothing. The last level is the
  // rest of the total (total - asTypedCount - exact pages not holding the query as typed): the page's size bounds it.
  const results = pageOfLevels(window, [
    { size: exact.length + named.length, fetch: (offset, limit) => [...exact, ...named].slice(offset, offset + limit) },
    { size: asTypedCount - named.length - exactAsTyped, fetch: ranked(`(${asTyped})${scope}`, 'phrase') },
    { size: Number.POSITIVE_INFINITY, fetch: ranked(`((${all}) NOT (${asTyped}))`, 'words') },
  ]);
  // Every rowid the levels give is a document's: the build writes both tables from one list, and checkIndexed counts them.
  const documentRow = (rowid: number) => statement(index, 'SELECT * FROM documents WHERE rowid = ?').get(rowid) as DocumentRow;
  const matches = matcher(expansions);
  const shown = results.map(({ rowid, match, score }) => {
    const document = toDocument(documentRow(rowid));
    const matched = new Set(words(`${document.title} ${document.text}`).map((w) => w.folded).filter(matches));
    const result: SearchResult = { document, match, wholePhrase: match !== 'words' && phrase.length > 1, score, terms: [...matched] };
    return { ...result, snippet: snippet(document.text, phrase, matched) };
  });
  const { page: number, pages, first } = window;
  const resultsPage: ResultsPage = { page: number, pages, first, last: first === 0 ? 0 : first + shown.length - 1, total, results: shown };
  return { kind: 'results', query, truncated, phrase, corrected: total > 0 ? correction(phrase, expansions) : null, page: resultsPage };
}
