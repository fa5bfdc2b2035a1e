import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchDocuments } from '@/lib/search';
import { fold } from '@/lib/search/fold';
import { MAX_QUERY_LENGTH, cleanQuery, search, snippet } from '@/lib/search/query';
import { parseHarrow } from './helpers';

const harrow = parseHarrow();
const documents = searchDocuments([harrow]);
const index = buildSearchIndex(documents);
const results = (query: string, authority?: string) => {
  const outcome = search(index, query, authority);
  return outcome.kind === 'results' ? outcome.results : [];
};

describe('the search documents', () => {
  it('are every key finding paragraph once (the repeated block left out), the two summaries and the demographics', () => {
    const findings = harrow.themes.flatMap((t) => t.statements.flatMap((s) => s.findings.flatMap((f) => f.paragraphs)));
    expect(findings).toHaveLength(231);
    expect(documents.filter((d) => d.place !== 'Overview')).toHaveLength(231 - 8);
    expect(documents.filter((d) => d.place === 'Overview')).toHaveLength(4 + 11 + 3);
  });

  it('link each paragraph to its own address', () => {
    const doc = documents.find((d) => d.text.startsWith('National data showed that in Harrow 66.67%'));
    expect(doc?.href).toBe('/london-borough-of-harrow/safeguarding#making-safeguarding-personal-p5');
    expect(documents.find((d) => d.text.startsWith('We received mixed feedback from people who used services'))?.href).toBe('/london-borough-of-harrow#peoples-experiences-p1');
    expect(documents.find((d) => d.text.startsWith('There was a positive culture across the organisation'))?.href).toBe('/london-borough-of-harrow#strengths-p2');
    expect(documents.find((d) => d.text.startsWith('Together with 7 other London boroughs, Harrow is part of'))?.href).toBe('/london-borough-of-harrow#demographics-p3');
  });
});

describe('search()', () => {
  it('ranks paragraphs holding the whole phrase first', () => {
    const found = results('direct payments');
    expect(found.length).toBeGreaterThanOrEqual(4);
    const phraseFlags = found.map((r) => r.phrase);
    expect(phraseFlags).toEqual([...phraseFlags].sort((a, b) => Number(b) - Number(a)));
    expect(found[0]?.phrase).toBe(true);
    expect(found[0]?.document.text.toLowerCase()).toContain('direct payments');
  });

  it('matches regardless of case and accents: "cafe" finds the Conversation Café', () => {
    const found = results('CAFE');
    expect(found.some((r) => r.document.text.includes('Conversation Café'))).toBe(true);
    expect(found.length).toBe(results('café').length);
  });

  it('finds "Section 42" in the safeguarding findings', () => {
    const found = results('Section 42');
    expect(found[0]?.document.heading).toBe('Responding to concerns and undertaking Section 42 enquiries');
  });

  it('tolerates a small typo in a long word', () => {
    expect(results('safegaurding').length).toBeGreaterThan(5);
  });

  it('narrows to one authority, and finds nothing in another', () => {
    expect(results('reablement', 'london-borough-of-harrow').length).toBe(results('reablement').length);
    expect(results('reablement', 'another-council')).toEqual([]);
  });

  it('gives an empty query and a query of only small words a helpful outcome, not an error', () => {
    expect(search(index, '   ')).toEqual({ kind: 'empty' });
    expect(search(index, undefined)).toEqual({ kind: 'empty' });
    expect(search(index, 'the and of')).toEqual({ kind: 'no-words', query: 'the and of', truncated: false });
    expect(search(index, '!!! ???')).toEqual({ kind: 'no-words', query: '!!! ???', truncated: false });
  });

  it('cuts a 5,000 character query to 200 characters and says so', () => {
    const outcome = search(index, 'care '.repeat(1000));
    expect(outcome.kind).toBe('results');
    if (outcome.kind !== 'results') return;
    expect(outcome.truncated).toBe(true);
    expect(outcome.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('takes the first of repeated q parameters', () => {
    expect(cleanQuery(['direct payments', 'other'])).toEqual({ query: 'direct payments', truncated: false });
  });
});

describe('snippet()', () => {
  it('marks the matched words and cuts a long paragraph with ellipses', () => {
    const text = `${'word '.repeat(30)}the Conversation Café helped ${'more '.repeat(40)}end`;
    const segments = snippet(text, new Set([fold('Café')]));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Café']);
    expect(segments[0]?.text).toBe('\u2026 ');
    expect(segments.at(-1)?.text).toBe(' \u2026');
    expect(segments.map((s) => s.text).join('')).toContain('the Conversation Café helped');
  });
});
