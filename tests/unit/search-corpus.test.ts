import { describe, expect, it } from 'vitest';
import { parseAssessment, type Assessment } from '@/lib/assessment';
import { GLOSSARY } from '@/lib/glossary';
import { queryTerms, search, searchDocuments, type Match, type SearchDocument } from '@/lib/search';
import { foldedWords } from '@/lib/search/fold';
import { editDistance, slipsAllowed } from '@/lib/search/fuzzy';
import { coreKey } from '@/lib/search/names';
import { councilSlug, fictionalAssessment, fictionalCouncils } from '@/scripts/bench/fictional';
import { HARROW_FILE, readText } from './helpers';
import { allResults, indexOf } from './search-helpers';

/**
 * Search over many reports (Harrow and made-up councils written from it, as
 * the benchmark's), checked against a plain reading of the README's rules
 * done here without the index: every word must match (whole, by its start
 * from four letters, or within its slips from six), and the levels are what
 * the names, title and text hold.
 */

const COUNCILS = 8;
/** Parsing and indexing nine reports takes a few seconds on a quiet machine: a wide margin for a busy one (vitest.config.mts). */
const SLOW = 60_000;

function corpus(): Assessment[] {
  const harrowText = readText(HARROW_FILE);
  return [
    parseAssessment(harrowText, HARROW_FILE),
    ...fictionalCouncils(COUNCILS).map((c) => parseAssessment(fictionalAssessment(harrowText, c), `content/${councilSlug(c)}.txt`)),
  ];
}

const spaced = (text: string) => ` ${foldedWords(text).join(' ')} `;

/** Each document's words, worked out once for every query of a test. */
type Worded = { d: SearchDocument; words: Set<string> };
const worded = (documents: readonly SearchDocument[]): Worded[] => documents.map((d) => ({ d, words: new Set(foldedWords(`${d.title} ${d.keywords} ${d.text}`)) }));

/** The README's rules, read plainly: which documents a query finds, and at which level. */
function expected(documents: readonly Worded[], query: string, authority?: string): Map<string, Match> {
  const terms = queryTerms(query);
  const vocabulary = new Set(documents.flatMap((d) => [...d.words]));
  // A word the reports use (itself, or from four letters a longer word it starts) is matched as typed; only another is matched by its near spellings.
  const used = (term: string) => [...vocabulary].some((w) => w === term || (term.length >= 4 && w.startsWith(term)));
  const phrase = spaced(query);
  const found = new Map<string, Match>();
  // Whether each term may match by a near spelling, worked out once for the query, not for every word of every document.
  const nearSpelt = new Map(terms.map((term) => [term, !used(term) && slipsAllowed(term) > 0]));
  for (const { d, words } of documents) {
    if (authority !== undefined && d.authoritySlug !== authority) continue;
    const matches = (term: string) => [...words].some((w) => w === term || (term.length >= 4 && w.startsWith(term))
      || (nearSpelt.get(term) === true && editDistance(term, w, slipsAllowed(term)) <= slipsAllowed(term)));
    if (!terms.every(matches)) continue;
    const title = spaced(d.title);
    let match: Match = 'words';
    const councilKey = coreKey(foldedWords(query));
    const named = d.names.some((n) => spaced(n) === phrase)
      || ((d.kind === 'council' || d.kind === 'overview') && councilKey !== null && d.names.some((n) => coreKey(foldedWords(n)) === councilKey));
    if (named) match = 'exact';
    else if (d.kind !== 'paragraph' && d.kind !== 'glossary' && title.includes(phrase)) match = 'name';
    else if (title.includes(phrase) || spaced(d.text).includes(phrase)) match = 'phrase';
    found.set(d.id, match);
  }
  return found;
}

describe(`search over ${COUNCILS + 1} full reports`, () => {
  it('finds exactly what the rules say, at the level they say, each result once and best level first', () => {
    const documents = searchDocuments({ assessments: corpus(), glossary: GLOSSARY });
    const index = indexOf(documents);
    const all = worded(documents);
    const order: Match[] = ['exact', 'name', 'phrase', 'words'];
    for (const [query, authority] of [['care'], ['direct payments'], ['safegaurding'], ['Ashcombe'], ['fictional borough of dunmere'],
      ['reablement', 'fictional-borough-of-greywater'], ['carers were satisfied'], ['harrov'], ['safe'],
      // Many pages below pages the query names: pages that hold it as typed, pages that do not ("fictional ashcombe"), pages whose name holds it ("theme").
      ['safeguarding'], ['assessing needs'], ['fictional ashcombe'], ['theme']] as const) {
      const found = allResults(index, query, authority);
      const want = expected(all, query, authority);
      const levels = (m: Match) => [...want.values()].filter((w) => w === m).length;
      if (query === 'fictional ashcombe') expect([levels('exact'), found.length > 10]).toEqual([1, true]);
      if (query === 'theme') expect(levels('name')).toBeGreaterThan(10);
      expect(new Map(found.map((r) => [r.document.id, r.match])), query).toEqual(want);
      expect(found).toHaveLength(want.size);
      const ranks = found.map((r) => order.indexOf(r.match));
      expect(ranks, query).toEqual([...ranks].sort((a, b) => a - b));
    }
  }, SLOW);

  it('says how many results there are and pages through them without a gap or a repeat', () => {
    const index = indexOf(searchDocuments({ assessments: corpus() }));
    const outcome = search(index, 'care', { page: 3 });
    if (outcome.kind !== 'results') throw new Error('no results');
    const all = allResults(index, 'care');
    expect(outcome.page.total).toBe(all.length);
    expect(all.length).toBeGreaterThan(100 * (COUNCILS + 1));
    expect(new Set(all.map((r) => r.document.id)).size).toBe(all.length);
    expect(outcome.page.results.map((r) => r.document.id)).toEqual(all.slice(20, 30).map((r) => r.document.id));
  }, SLOW);

  it('narrows to one council, whose overview leads a search for its name', () => {
    const assessments = corpus();
    const index = indexOf(searchDocuments({ assessments }));
    for (const a of assessments) {
      const [first] = allResults(index, a.authority);
      expect(first?.document.id, a.authority).toBe(`${a.slug}:overview`);
      expect(first?.match).toBe('exact');
      expect(allResults(index, 'safeguarding', a.slug).every((r) => r.document.authoritySlug === a.slug)).toBe(true);
    }
  }, SLOW);

  it('reads a query corrected only where a word matched by a near spelling alone', () => {
    const index = indexOf(searchDocuments({ assessments: corpus() }));
    const corrected = (query: string) => {
      const outcome = search(index, query);
      return outcome.kind === 'results' ? outcome.corrected : undefined;
    };
    expect(corrected('safegaurding')).toBe('safeguarding');
    expect(corrected('safegaurding adults')).toBe('safeguarding adults');
    expect(corrected('safeguarding')).toBeNull();
    expect(corrected('safe')).toBeNull();
    expect(corrected('zzzzzzzz')).toBeNull();
  }, SLOW);
});
