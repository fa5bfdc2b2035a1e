import { describe, expect, it } from 'vitest';
import { DATASETS } from '@/lib/assessment';
import { DATASET_ENTRIES, GLOSSARY, datasetEntry } from '@/lib/glossary';
import { findTerm, termPattern } from '@/lib/glossary-match';
import { markdownToHtml } from '@/lib/markdown';
import { parseHarrow } from './helpers';

const entry = (id: string) => {
  const found = GLOSSARY.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe('the glossary', () => {
  it('explains every dataset the parser knows, with its publisher and how often it comes out', () => {
    expect(DATASETS.map((code) => datasetEntry(code)?.abbreviation)).toEqual([...DATASETS]);
    for (const e of DATASET_ENTRIES) expect([e.dataset.publisher, e.dataset.frequency].every(Boolean)).toBe(true);
  });

  it('carries the caveat that survey results are not on their own a judgement of a council', () => {
    expect(entry('ascs').definition.join(' ')).toContain('not on their own a judgement');
    expect(entry('sace').definition.join(' ')).toContain('not on their own a judgement');
  });

  it('gives every entry its own id', () => {
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
  });

  it('finds every Harrow acronym the issue names in the Harrow text', () => {
    const text = parseHarrow().themes.flatMap((t) => t.statements.flatMap((s) => s.findings.flatMap((f) => f.paragraphs.map((p) => p.text)))).join('\n');
    for (const id of ['dols', 'mca', 'section-42', 'sar', 'ics', 'direct-payments', 'reablement', 'unpaid-carer']) {
      expect(findTerm(text, entry(id)), id).toBeDefined();
    }
  });
});

describe('marking the first use of a term', () => {
  it('matches acronyms as spelt and phrases in any case, as whole words', () => {
    expect(findTerm('the SAC said', entry('sac'))).toEqual({ start: 4, end: 7 });
    expect(findTerm('a sac of', entry('sac'))).toBeUndefined();
    expect(findTerm('SACE data', entry('sac'))).toBeUndefined();
    expect(findTerm('Direct Payments were', entry('direct-payments'))).toEqual({ start: 0, end: 15 });
  });

  it('prefers the longest spelling, so a spelling that begins another never cuts it short', () => {
    const act = { match: ['Care Act', 'Care Act 2014'] };
    expect(termPattern(act).exec('under the Care Act 2014, councils')?.[0]).toBe('Care Act 2014');
    expect(termPattern({ match: ['Care Act 2014', 'Care Act'] }).exec('the Care Act says')?.[0]).toBe('Care Act');
  });

  it('matches each spelling literally, dots and brackets included', () => {
    expect(termPattern({ match: ['S.42 (adults)'] }).exec('an S.42 (adults) enquiry')?.[0]).toBe('S.42 (adults)');
    expect(termPattern({ match: ['S.42 (adults)'] }).test('an SX42 adults enquiry')).toBe(false);
  });

  it('matches an acronym in its own case only, and a phrase in any case, as whole words in any script', () => {
    expect(termPattern({ match: ['SAC'], abbreviation: 'SAC' }).flags).toBe('u');
    expect(termPattern({ match: ['direct payments'] }).flags).toBe('iu');
    expect(termPattern({ match: ['SAC'], abbreviation: 'SAC' }).test('éSAC')).toBe(false);
    expect(termPattern({ match: ['SAC'], abbreviation: 'SAC' }).test('SACé')).toBe(false);
  });

  it('marks the term as an <abbr> with its title, not a link, leaving the words as they were', () => {
    const html = markdownToHtml('Staff had DoLS training.', [entry('dols')]);
    expect(html).toBe('<p>Staff had <abbr title="Deprivation of Liberty Safeguards" class="glossary-term">DoLS</abbr> training.</p>\n');
  });

  it('uses <dfn> for a phrase and never marks inside an existing link', () => {
    const html = markdownToHtml('[direct payments](https://example.org) and direct payments.', [entry('direct-payments')]);
    expect(html).toContain('<a href="https://example.org">direct payments</a>');
    expect(html).toContain(' and <dfn title="Money from the council so a person can arrange their own care" class="glossary-term">direct payments</dfn>.');
  });
});
