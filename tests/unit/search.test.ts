import { describe, expect, it } from 'vitest';
import { parseAssessment } from '@/lib/assessment';
import { checkContent } from '@/lib/content';
import { GLOSSARY } from '@/lib/glossary';
import type { Council } from '@/lib/register';
import { KIND_WEIGHTS, RESULT_KINDS, indexTerm, paragraphDocuments, queryTerms, search, searchDocuments, type SearchDocument } from '@/lib/search';
import { fold, foldedWords } from '@/lib/search/fold';
import { MAX_QUERY_LENGTH, cleanQuery, type Match, type SearchResult } from '@/lib/search/query';
import { describeCouncil } from '@/lib/view/england';
import { parseHarrow, readText } from './helpers';
import { allResults, indexOf } from './search-helpers';

const harrow = parseHarrow();
const HOLMBURY_FILE = 'tests/fixtures/site/holmbury-borough-council.txt';
const holmbury = parseAssessment(readText(HOLMBURY_FILE), HOLMBURY_FILE);
const assessments = [harrow, holmbury];

let register: Promise<Council[]> | undefined;

/**
 * The documents and the index, built afresh in each test that needs them (not in a hook), so mutation
 * testing knows which tests run the code; the register (72 councils, Harrow's with its report) is read once.
 */
async function setup() {
  register ??= checkContent().then((content) => content.councils);
  const councils = await register;
  const documents = searchDocuments({ assessments, councils, glossary: GLOSSARY });
  const index = indexOf(documents);
  const results = (query: string, authority?: string) => allResults(index, query, authority);
  return {
    councils, documents, index, results,
    kinds: (kind: SearchDocument['kind']) => documents.filter((d) => d.kind === kind),
    byId: (id: string) => documents.find((d) => d.id === id),
  };
}

describe('the search documents', () => {
  it('are one overview, four themes and nine statements per report, each register-only council, each glossary entry and every paragraph once', async () => {
    const { kinds, documents, councils } = await setup();
    expect(kinds('overview').map((d) => d.title)).toEqual(['London Borough of Harrow', 'Holmbury Borough Council']);
    expect(kinds('theme')).toHaveLength(8);
    expect(kinds('statement')).toHaveLength(18);
    expect(kinds('council').map((d) => d.href).sort()).toEqual(councils.filter((c) => c.report === null).map((c) => `/${c.slug}`).sort());
    expect(kinds('council').length).toBeGreaterThan(councils.filter((c) => c.rows.length > 0).length);
    expect(kinds('council').some((d) => d.title === 'London Borough of Harrow')).toBe(false);
    expect(kinds('glossary')).toHaveLength(GLOSSARY.length);
    expect(kinds('paragraph')).toEqual(paragraphDocuments(assessments));
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
  });

  it('give an overview the rating and, where the report prints none, the site\'s calculation labelled as the site\'s', async () => {
    const { byId } = await setup();
    expect(byId('london-borough-of-harrow:overview')).toMatchObject({
      href: '/london-borough-of-harrow', names: ['London Borough of Harrow', 'Harrow'], authoritySlug: 'london-borough-of-harrow',
      context: 'Full report, published 16 August 2024',
      text: 'Overall rating: Requires improvement. Overall score: 59% (21 of 36), calculated by this site from CQC\'s scores; the report prints none.',
    });
  });

  it('give an overview CQC\'s printed overall score where the report has one', async () => {
    const { byId } = await setup();
    expect(byId('holmbury-borough-council:overview')?.text).toBe('Overall rating: Good. CQC\'s overall score: 67%.');
  });

  it('give a statement its score and theme, and a theme each of its statements\' scores', async () => {
    const { byId } = await setup();
    expect(byId('london-borough-of-harrow:safeguarding')).toMatchObject({
      kind: 'statement', title: 'Safeguarding', names: ['Safeguarding'], href: '/london-borough-of-harrow/safeguarding',
      context: 'London Borough of Harrow',
      text: 'CQC\'s score 2 of 4, evidence shows some shortfalls. A quality statement in Theme 3: How London Borough of Harrow ensures safety within the system.',
    });
    expect(byId('london-borough-of-harrow:providing-support')).toMatchObject({
      kind: 'theme', title: 'Theme 2: Providing support', names: ['Theme 2: Providing support', 'Providing support'],
      href: '/london-borough-of-harrow/providing-support', context: 'London Borough of Harrow',
      text: 'Care provision, integration and continuity: score 2 of 4, evidence shows some shortfalls. Partnerships and communities: score 3 of 4, evidence shows a good standard.',
    });
  });

  it('give a register-only council its page, CQC\'s rating and the month, and say "not recorded" for a rating the register lacks', async () => {
    const { byId, councils } = await setup();
    expect(byId('council:blackpool-council')).toMatchObject({
      kind: 'council', title: 'Blackpool Council', href: '/blackpool-council', authoritySlug: 'blackpool-council',
      context: 'Published August 2025',
      text: 'Overall rating: Inadequate. CQC\'s rating and nine scores from the ratings register; the full report is on CQC\'s website. A unitary authority in the North West.',
    });
    expect(byId('council:blackpool-council')?.keywords).toBe('council local authority Blackpool Council Blackpool unitary North West');
    const blackpool = councils.find((c) => c.slug === 'blackpool-council');
    const row = blackpool?.rows[0];
    if (!blackpool || !row) throw new Error('no Blackpool row');
    const [unrated] = searchDocuments({ assessments: [], councils: [{ ...blackpool, rows: [{ ...row, rating: null }] }] });
    expect(unrated?.text).toMatch(/^Overall rating: not recorded\. /);
  });

  it('give a glossary entry its term and abbreviation as names, its definition as text and its address on the glossary', async () => {
    const { byId } = await setup();
    expect(byId('glossary:sace')).toMatchObject({
      kind: 'glossary', title: 'Survey of Adult Carers in England (SACE)', names: ['Survey of Adult Carers in England', 'SACE', ...GLOSSARY.filter((g) => g.id === 'sace').flatMap((g) => g.match).filter((m) => m !== 'SACE' && m !== 'Survey of Adult Carers in England')],
      href: '/glossary#sace', authority: null, authoritySlug: null, context: 'A national dataset',
    });
    expect(byId('glossary:direct-payments')).toMatchObject({ title: 'Direct payments', names: ['Direct payments', 'direct payments', 'direct payment'], context: 'A term the reports use' });
    expect(byId('glossary:section-42')?.names).toEqual(['Section 42 enquiry', 'Section 42']);
    expect(byId('glossary:direct-payments')?.text).toMatch(/^Money the council pays a person/);
    // A definition of two paragraphs reads as one text, with a space between them.
    expect(byId('glossary:sace')?.text).toContain('easy it is to find information. Survey results describe');
  });

  it('are exactly the pages, councils, glossary entries and paragraphs, nothing else', async () => {
    const { documents, kinds, councils } = await setup();
    const pages = assessments.flatMap((a) => [a, ...a.themes, ...a.themes.flatMap((t) => t.statements)]).length;
    expect(documents).toHaveLength(pages + councils.filter((c) => c.report === null).length + GLOSSARY.length + kinds('paragraph').length);
    expect(documents.every((d) => RESULT_KINDS.includes(d.kind))).toBe(true);
  });

  it('give a council the site knows only by name its names and words alone, and every spelling the register used for it', async () => {
    const { councils } = await setup();
    const blackpool = councils.find((c) => c.slug === 'blackpool-council');
    const row = blackpool?.rows[0];
    if (!blackpool || !row) throw new Error('no Blackpool row');
    const [bare] = searchDocuments({ assessments: [], councils: [{ ...blackpool, england: null, rows: [{ ...row, authority: 'Blackpool Borough Council' }] }] });
    expect(bare).toMatchObject({
      names: ['Blackpool Council', 'Blackpool Borough Council'], keywords: 'council local authority Blackpool Council Blackpool Borough Council',
      text: 'Overall rating: Inadequate. CQC\'s rating and nine scores from the ratings register; the full report is on CQC\'s website.',
    });
  });

  it('name a glossary entry by its abbreviation even where the reports\' spellings leave it out', () => {
    const entry = GLOSSARY.find((g) => g.abbreviation !== undefined);
    if (entry?.abbreviation === undefined) throw new Error('no glossary entry with an abbreviation');
    const [document] = searchDocuments({ assessments: [], glossary: [{ ...entry, match: [] }] });
    expect(document?.names).toEqual([entry.term, entry.abbreviation]);
    const [plain] = searchDocuments({ assessments: [], glossary: [{ ...entry, abbreviation: undefined, match: [] }] });
    expect(plain).toMatchObject({ names: [entry.term], title: entry.term });
  });

  it('give an overview without its council the words of any overview, and no more', () => {
    const [overview] = searchDocuments({ assessments: [harrow] });
    expect(overview).toMatchObject({ names: [harrow.authority], keywords: 'council local authority overview report assessment rating score' });
  });

  it('are the reports\' pages and paragraphs alone when no council or glossary is given', () => {
    const only = searchDocuments({ assessments: [harrow] });
    expect(new Set(only.map((d) => d.kind))).toEqual(new Set(['overview', 'theme', 'statement', 'paragraph']));
    expect(only.filter((d) => d.kind !== 'paragraph')).toHaveLength(1 + 4 + 9);
  });

  it('give a council with no result its page, saying the site holds none, and one with a later result where it comes from', async () => {
    const { byId, councils } = await setup();
    const none = councils.find((c) => c.rows.length === 0 && c.england);
    if (!none?.england) throw new Error('every council has a result');
    expect(byId(`council:${none.slug}`)).toMatchObject({
      kind: 'council', title: none.authority, context: 'No result on this site', href: `/${none.slug}`,
      text: `This site holds no result for ${none.authority}; CQC's website lists every council's report. ${describeCouncil(none.england)}.`,
    });
    expect(byId('council:city-of-york-council')?.text).toMatch(/^Overall rating: Requires improvement\. CQC's result, published after the register's snapshot and recorded from the source its page names;/);
  });

  it('head Holmbury\'s unheaded demographics by its About heading, and the summaries by theirs', () => {
    const titles = new Set(paragraphDocuments([holmbury]).filter((d) => d.title.startsWith('Overview: ')).map((d) => d.title));
    expect(titles).toContain('Overview: About Holmbury Borough Council');
    expect(new Set(paragraphDocuments([harrow]).filter((d) => d.title.startsWith('Overview: ')).map((d) => d.title))).toEqual(new Set([
      'Overview: Summary of people\'s experiences', 'Overview: Summary of strengths, areas for development and next steps', 'Overview: Demographics',
    ]));
  });

  it('are every key finding paragraph once (the repeated block left out), the two summaries and the demographics', () => {
    const harrowParagraphs = paragraphDocuments([harrow]);
    expect(harrow.themes.flatMap((t) => t.statements.flatMap((s) => s.findings.flatMap((f) => f.paragraphs)))).toHaveLength(231);
    expect(harrowParagraphs.filter((d) => !d.title.startsWith('Overview: '))).toHaveLength(231 - 8);
    expect(harrowParagraphs.filter((d) => d.title.startsWith('Overview: '))).toHaveLength(4 + 11 + 3);
  });

  it('link each paragraph to its own address', () => {
    const paragraphs = paragraphDocuments([harrow]);
    const starting = (text: string) => paragraphs.find((d) => d.text.startsWith(text));
    expect(starting('National data showed that in Harrow 66.67%')).toMatchObject({
      href: '/london-borough-of-harrow/safeguarding#making-safeguarding-personal-p5', title: 'Safeguarding: Making safeguarding personal',
      context: 'Key findings, London Borough of Harrow', names: [],
    });
    expect(starting('We received mixed feedback from people who used services')?.href).toBe('/london-borough-of-harrow#peoples-experiences-p1');
    expect(starting('There was a positive culture across the organisation')?.href).toBe('/london-borough-of-harrow#strengths-p2');
    expect(starting('Together with 7 other London boroughs, Harrow is part of')).toMatchObject({
      href: '/london-borough-of-harrow#demographics-p3', context: 'Overview, London Borough of Harrow', names: [], keywords: '',
    });
    expect(paragraphDocuments([holmbury]).find((d) => d.href.endsWith('/assessing-needs#key-findings-p2'))?.title).toBe('Assessing needs: Key findings');
  });
});

describe('search() answers questions with pages first', () => {
  it('finds Harrow\'s overview for "harrow council rating"', async () => {
    const { results } = await setup();
    expect(results('harrow council rating').map((r) => r.document.id)).toEqual(['london-borough-of-harrow:overview']);
  });

  it('puts the overview of a report rated requires improvement first for "requires improvement"', async () => {
    const { results, councils } = await setup();
    const found = results('requires improvement');
    expect(found[0]?.document.id).toBe('london-borough-of-harrow:overview');
    expect(found[0]?.match).toBe('phrase');
    expect(found.some((r) => r.document.id === 'holmbury-borough-council:overview')).toBe(false);
    const registerOnly = councils.filter((c) => c.report === null && c.rows[0]?.rating === 'Requires improvement');
    expect(registerOnly.length).toBeGreaterThan(10);
    expect(found.filter((r) => r.document.kind === 'council').map((r) => r.document.href).sort()).toEqual(registerOnly.map((c) => `/${c.slug}`).sort());
  });

  it('reaches the overviews and the statement pages on the first page for "score"', async () => {
    const { results } = await setup();
    const firstPage = results('score').slice(0, 10).map((r) => r.document.kind);
    expect(firstPage.slice(0, 2)).toEqual(['overview', 'overview']);
    expect(firstPage).toContain('statement');
  });

  it('puts the glossary entry first for "sace", named by its abbreviation', async () => {
    const { results } = await setup();
    const [first] = results('sace');
    expect(first?.document.id).toBe('glossary:sace');
    expect(first?.match).toBe('exact');
  });

  it('finds a register-only council by its name and links to its page', async () => {
    const { results } = await setup();
    for (const query of ['Blackpool', 'blackpool council', 'BLACKPOOL COUNCIL']) {
      expect(results(query)[0]?.document.href, query).toBe('/blackpool-council');
    }
    expect(results('blackpool council')[0]?.match).toBe('exact');
    expect(results('blackpool')[0]?.match).toBe('exact');
  });

  it('puts the statement pages named "Safeguarding" first, and the glossary entries that hold the word after CQC\'s text that holds it', async () => {
    const { results } = await setup();
    const found = results('safeguarding');
    expect(found.slice(0, 2).map((r) => r.document.href).sort()).toEqual(['/holmbury-borough-council/safeguarding', '/london-borough-of-harrow/safeguarding']);
    const glossary = found.findIndex((r) => r.document.kind === 'glossary');
    const paragraphs = found.filter((r) => r.document.kind === 'paragraph' && r.match === 'phrase');
    expect(paragraphs.length).toBeGreaterThan(10);
    expect(found.slice(0, glossary).filter((r) => r.document.kind === 'paragraph' && r.match === 'phrase')).toHaveLength(paragraphs.length);
  });

  it('puts CQC\'s findings before the glossary for an ordinary word ("carers"), and the glossary entry first only for its own term', async () => {
    const { results } = await setup();
    const carers = results('carers');
    const firstGlossary = carers.findIndex((r) => r.document.kind === 'glossary');
    expect(carers.slice(0, 10).every((r) => r.document.kind !== 'glossary')).toBe(true);
    expect(carers.slice(0, firstGlossary).some((r) => r.document.kind === 'paragraph')).toBe(true);
    expect(results('unpaid carer')[0]).toMatchObject({ match: 'exact', document: { id: 'glossary:unpaid-carer' } });
  });

  it('orders results by how they match, then by weighted relevance', async () => {
    const { results } = await setup();
    const order: Match[] = ['exact', 'name', 'phrase', 'words'];
    for (const query of ['direct payments', 'safeguarding', 'carers', 'harrow']) {
      const found = results(query);
      const ranks = found.map((r) => order.indexOf(r.match));
      expect(ranks, query).toEqual([...ranks].sort((a, b) => a - b));
      for (const [i, r] of found.entries()) {
        const next = found[i + 1];
        // Within a level, CQC's text and the site's pages come before the glossary, each by score.
        if (next && next.match === r.match && (next.document.kind === 'glossary') === (r.document.kind === 'glossary')) expect(r.score, query).toBeGreaterThanOrEqual(next.score);
        if (next && next.match === r.match && r.document.kind === 'glossary') expect(next.document.kind, query).toBe('glossary');
      }
    }
  });

  it('weighs an overview above a statement, a statement above themes and councils, those above paragraphs, and CQC\'s text above the glossary', async () => {
    const { results } = await setup();
    expect(KIND_WEIGHTS.overview).toBeGreaterThan(KIND_WEIGHTS.statement);
    expect(KIND_WEIGHTS.statement).toBeGreaterThan(KIND_WEIGHTS.theme);
    expect(KIND_WEIGHTS.theme).toBe(KIND_WEIGHTS.council);
    expect(KIND_WEIGHTS.theme).toBeGreaterThan(KIND_WEIGHTS.paragraph);
    expect(KIND_WEIGHTS.paragraph).toBeGreaterThan(KIND_WEIGHTS.glossary);
    const [overview, statement] = ['london-borough-of-harrow:overview', 'london-borough-of-harrow:safeguarding'].map((id) => results('harrow').find((r) => r.document.id === id));
    expect(overview?.match).toBe('exact');
    expect(statement?.match).toBe('phrase');
  });
});

describe('search() reads the index as written', () => {
  it('gives each result its document as it was indexed', async () => {
    const { results, byId } = await setup();
    for (const query of ['sace', 'blackpool', 'direct payments']) {
      const found = results(query);
      expect(found.length, query).toBeGreaterThan(0);
      for (const r of found) expect(r.document, query).toEqual(byId(r.document.id));
    }
  });

  it('orders pages the query names equally well by the order of the reports', async () => {
    const { results } = await setup();
    const exact = results('assessing needs').filter((r) => r.match === 'exact');
    expect(exact.map((r) => r.document.id)).toEqual(['london-borough-of-harrow:assessing-needs', 'holmbury-borough-council:assessing-needs']);
    expect(exact[0]?.score).toBe(exact[1]?.score);
  });

  it('keeps each result\'s score and order when narrowed to its authority', async () => {
    const { results } = await setup();
    for (const query of ['reablement', 'safeguarding adults']) {
      const everywhere = results(query).filter((r) => r.document.authoritySlug === 'london-borough-of-harrow');
      const within = results(query, 'london-borough-of-harrow');
      expect(within.length, query).toBeGreaterThan(3);
      expect(within.map((r) => [r.document.id, r.score]), query).toEqual(everywhere.map((r) => [r.document.id, r.score]));
    }
  });

  it('names a theme or statement page only by its name: the words that tell a council apart are for councils', async () => {
    const { results } = await setup();
    const theme = harrow.themes.find((t) => t.title.includes(harrow.authority));
    if (!theme) throw new Error('no theme naming Harrow');
    const query = theme.title.replace(harrow.authority, 'Harrow');
    const found = results(query).find((r) => r.document.id === `london-borough-of-harrow:${theme.slug}`);
    expect(found?.match).toBe('words');
    expect(results(theme.title)[0]).toMatchObject({ match: 'exact', document: { id: `london-borough-of-harrow:${theme.slug}` } });
  });

  it('says which of a result\'s words the query matched: each word, a longer word a word of four letters starts, a near spelling', async () => {
    const { results } = await setup();
    const folded = (r: SearchResult) => new Set(foldedWords(`${r.document.title} ${r.document.text}`));
    // "care" matches "carers" by its start and never "aftercare"; "act" is short, so matches neither "action" nor "impact".
    const careAct = results('care act');
    expect(careAct.length).toBeGreaterThan(3);
    for (const r of careAct) {
      expect(new Set(r.terms), r.document.id).toEqual(new Set([...folded(r)].filter((w) => w === 'act' || w.startsWith('care'))));
    }
    expect(careAct.some((r) => r.terms.includes('act') && r.terms.some((t) => t !== 'care' && t.startsWith('care')))).toBe(true);
    const unmatched = careAct.flatMap((r) => [...folded(r)].filter((w) => w !== 'act' && !w.startsWith('care') && (w.includes('act') || w.endsWith('care'))));
    expect(unmatched.some((w) => w.startsWith('act'))).toBe(true);
    expect(unmatched.some((w) => w.endsWith('act'))).toBe(true);
    // The query's words out of order: each matched word is marked, and only they are.
    for (const r of results('payments direct').filter((x) => x.match === 'words' && x.document.kind === 'paragraph')) {
      const marked = r.snippet.filter((g) => g.match).map((g) => fold(g.text));
      expect(marked.length, r.document.id).toBeGreaterThan(0);
      expect(marked.every((m) => m.startsWith('direct') || m.startsWith('payments')), r.document.id).toBe(true);
    }
    const typo = results('safegaurding adults');
    expect(typo.length).toBeGreaterThan(3);
    for (const r of typo) expect(new Set(r.terms), r.document.id).toEqual(new Set([...folded(r)].filter((w) => w === 'safeguarding' || w.startsWith('adults'))));
  });
});

describe('search() reads a misspelt query', () => {
  async function corrected(query: string) {
    const { index } = await setup();
    const outcome = search(index, query);
    return outcome.kind === 'results' ? outcome.corrected : undefined;
  }

  it('as the near spelling of fewest slips, then the one more results use', async () => {
    const { documents } = await setup();
    const using = (word: string) => documents.filter((d) => foldedWords(`${d.title} ${d.keywords} ${d.text}`).includes(word)).length;
    // Each pair one slip away: the more used is read, whichever the index lists first.
    expect(using('assessed')).toBeGreaterThan(using('accessed'));
    expect(await corrected('ascessed')).toBe('assessed');
    expect(using('access')).toBeGreaterThan(using('across'));
    expect(await corrected('acress')).toBe('access');
    expect(using('accessed')).toBeGreaterThan(using('accepted'));
    expect(await corrected('accested')).toBe('accessed');
    // "appropriate" is two slips away and more used, "appropriately" one.
    expect(using('appropriate')).toBeGreaterThan(using('appropriately'));
    expect(await corrected('appropriatly')).toBe('appropriately');
  });

  it('as typed when a word starts words the reports use, and not at all when nothing is found', async () => {
    const { results } = await setup();
    expect(await corrected('safeguar')).toBeNull();
    expect(results('safeguar').map((r) => r.document.id).sort()).toEqual(results('safeguard').map((r) => r.document.id).sort());
    expect(await corrected('safegaurding zebra')).toBeNull();
    expect(results('safegaurding zebra')).toEqual([]);
  });
});

describe('search() on an index without the glossary or paragraphs', () => {
  it('still keeps paragraphs out of the pages whose name holds the query, and weighs the overview first', () => {
    const index = indexOf(searchDocuments({ assessments }));
    const found = allResults(index, 'making safeguarding personal');
    expect(found.filter((r) => r.document.kind === 'paragraph').length).toBeGreaterThan(0);
    expect(found.filter((r) => r.document.kind === 'paragraph').every((r) => r.match === 'phrase' || r.match === 'words')).toBe(true);
    const rated = allResults(index, 'requires improvement');
    expect(rated[0]).toMatchObject({ match: 'phrase', document: { id: 'london-borough-of-harrow:overview' } });
  });

  it('finds a council in an index of councils alone', async () => {
    const { councils } = await setup();
    const index = indexOf(searchDocuments({ assessments: [], councils }));
    expect(allResults(index, 'blackpool council')[0]).toMatchObject({ match: 'exact', document: { href: '/blackpool-council' } });
  });
});

describe('search() on paragraphs', () => {
  it('puts the glossary entry named by a phrase first, then the paragraphs holding the whole phrase', async () => {
    const { results } = await setup();
    const found = results('direct payments');
    expect(found[0]).toMatchObject({ match: 'exact', document: { id: 'glossary:direct-payments' } });
    const paragraphs = found.filter((r) => r.document.kind === 'paragraph');
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    expect(paragraphs.every((r) => r.match === 'phrase' && r.wholePhrase)).toBe(true);
    expect(paragraphs.every((r) => r.document.text.toLowerCase().includes('direct payments'))).toBe(true);
  });

  it('ranks a paragraph holding a word itself before one holding only a longer word it starts', async () => {
    const { results } = await setup();
    const found = results('direct');
    const first = found.findIndex((r) => r.match === 'words');
    expect(first).toBeGreaterThan(0);
    expect(found.slice(0, first).every((r) => / direct /.test(` ${r.document.title} ${r.document.text} `.toLowerCase().replace(/[^a-z0-9]+/g, ' ')))).toBe(true);
    expect(found[first]?.wholePhrase).toBe(false);
  });

  it('matches regardless of case and accents: "cafe" finds the Conversation Café', async () => {
    const { results } = await setup();
    const found = results('CAFE');
    expect(found.some((r) => r.document.text.includes('Conversation Café'))).toBe(true);
    expect(found.length).toBe(results('café').length);
  });

  it('finds "Section 42": the glossary entry first, then the safeguarding finding of that name', async () => {
    const { results } = await setup();
    const found = results('Section 42');
    expect(found[0]?.document.id).toBe('glossary:section-42');
    expect(found.find((r) => r.document.kind === 'paragraph')?.document.title).toBe('Safeguarding: Responding to concerns and undertaking Section 42 enquiries');
  });

  it('tolerates a small typo in a long word, and only in a long word', async () => {
    const { results } = await setup();
    expect(results('safegaurding').length).toBeGreaterThan(30);
    expect(results('safegaurding').every((r) => r.match === 'words')).toBe(true);
    expect(results('harow')).toEqual([]);
  });

  it('matches a word of exactly four letters by its start: "safe" finds paragraphs that only say "safeguarding"', async () => {
    const { results } = await setup();
    const found = results('safe', 'london-borough-of-harrow');
    expect(found.some((r) => !/\bsafe\b/i.test(`${r.document.title} ${r.document.text}`) && /safeguarding/i.test(r.document.text))).toBe(true);
  });

  it('allows a slip in a word of exactly six letters: "harrov" finds Harrow', async () => {
    const { results } = await setup();
    expect(results('harrov')[0]?.document.id).toBe('london-borough-of-harrow:overview');
  });

  it('counts a match in a result\'s title more than one in its text: "governance" leads with the statement and its findings', async () => {
    const { results } = await setup();
    expect(results('governance').slice(0, 5).map((r) => r.document.title.split(':')[0])).toEqual(Array(5).fill('Governance, management and sustainability'));
  });

  it('says a result holds the whole phrase only for a query of two or more words', async () => {
    const { results } = await setup();
    const [direct] = results('direct');
    expect(direct?.match).not.toBe('words');
    expect(direct?.wholePhrase).toBe(false);
    expect(results('direct payments').filter((r) => r.match === 'words').every((r) => !r.wholePhrase)).toBe(true);
    expect(results('payments direct').some((r) => r.wholePhrase)).toBe(false);
  });

  it('finds a council whose name lacks the word "council" by "council", and a glossary entry by a spelling only its list of spellings holds', async () => {
    const { results } = await setup();
    expect(results('brent council')[0]?.document.href).toBe('/london-borough-of-brent');
    expect(results('ASC-WDS')[0]?.document.id).toBe('glossary:scwe');
    expect(results('dols meaning')[0]?.document.id).toBe('glossary:dols');
  });

  it('finds nothing for a word that is in no document', async () => {
    const { results } = await setup();
    expect(results('stryker')).toEqual([]);
    expect(results('zebra')).toEqual([]);
  });

  it('keeps no empty or small word in the index or the query', () => {
    expect(indexTerm('\u0301')).toBeNull();
    expect(indexTerm('The')).toBeNull();
    expect(indexTerm('Café')).toBe('cafe');
  });

  it('matches a word of four letters or more by its start, and a shorter one only whole', async () => {
    const { results } = await setup();
    const byPrefix = new Set(results('safeg').map((r) => r.document.id));
    expect(results('safeguarding').every((r) => byPrefix.has(r.document.id))).toBe(true);
    expect(byPrefix.size).toBeGreaterThan(30);
    expect(results('saf')).toEqual([]);
  });

  it('needs every word of the query', async () => {
    const { results } = await setup();
    expect(results('compliments 2022 2023').map((r) => r.document.href)).toEqual(['/london-borough-of-harrow/learning-improvement-and-innovation#learning-from-feedback-p4']);
    expect(results('compliments zebra')).toEqual([]);
  });

  it('narrows to one authority\'s pages and paragraphs, leaving out the glossary and other councils', async () => {
    const { results } = await setup();
    const within = results('reablement', 'london-borough-of-harrow');
    expect(within.length).toBeGreaterThan(3);
    expect(within.every((r) => r.document.authoritySlug === 'london-borough-of-harrow')).toBe(true);
    expect(results('reablement').some((r) => r.document.kind === 'glossary')).toBe(true);
    expect(results('reablement', 'another-council')).toEqual([]);
  });

  it('gives an empty query and a query of only small words a helpful outcome, not an error', async () => {
    const { index } = await setup();
    expect(search(index, '   ')).toEqual({ kind: 'empty' });
    expect(search(index, undefined)).toEqual({ kind: 'empty' });
    expect(search(index, 'the and of')).toEqual({ kind: 'no-words', query: 'the and of', truncated: false });
    expect(search(index, '!!! ???')).toEqual({ kind: 'no-words', query: '!!! ???', truncated: false });
  });

  it('keeps the query\'s folded words, small ones too, as the phrase to mark', async () => {
    const { results, index } = await setup();
    const outcome = search(index, 'Compliments in 2022- 2023');
    expect(outcome.kind === 'results' ? outcome.phrase : []).toEqual(['compliments', 'in', '2022', '2023']);
    expect(queryTerms('Compliments in 2022- 2023')).toEqual(['compliments', '2022', '2023']);
  });

  it('cuts a 5,000 character query to 200 characters and says so', async () => {
    const { results, index } = await setup();
    const outcome = search(index, 'care '.repeat(1000));
    expect(outcome.kind).toBe('results');
    if (outcome.kind !== 'results') return;
    expect(outcome.truncated).toBe(true);
    expect(outcome.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(cleanQuery('x'.repeat(MAX_QUERY_LENGTH))).toEqual({ query: 'x'.repeat(MAX_QUERY_LENGTH), truncated: false });
    expect(cleanQuery(` ${'x'.repeat(MAX_QUERY_LENGTH)} `)).toEqual({ query: 'x'.repeat(MAX_QUERY_LENGTH), truncated: false });
    // Cut where a space falls: the query keeps no space at its end.
    expect(cleanQuery(`${'x'.repeat(MAX_QUERY_LENGTH - 1)} yy`)).toEqual({ query: 'x'.repeat(MAX_QUERY_LENGTH - 1), truncated: true });
  });

  it('takes the first of repeated q parameters and collapses spaces', () => {
    expect(cleanQuery(['direct payments', 'other'])).toEqual({ query: 'direct payments', truncated: false });
    expect(cleanQuery([])).toEqual({ query: '', truncated: false });
    expect(cleanQuery('  direct \n\t payments ')).toEqual({ query: 'direct payments', truncated: false });
  });
});
