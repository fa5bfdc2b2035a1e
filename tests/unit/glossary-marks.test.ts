import { describe, expect, it } from 'vitest';
import { GLOSSARY, type GlossaryEntry } from '@/lib/glossary';
import { firstUses, overviewMarks, overviewTerms, statementMarks, statementTerms, type OverviewMarks, type StatementMarks } from '@/lib/view/glossary-marks';
import { parseHarrow, statementOf } from './helpers';

const ids = (entries: readonly GlossaryEntry[] | undefined) => (entries ?? []).map((e) => e.id);
const allIds = (marks: StatementMarks | undefined) => ids(statementTerms(marks ? [marks] : []));
const harrow = parseHarrow();
const entryOf = (id: string) => GLOSSARY.find((e) => e.id === id);

describe('firstUses()', () => {
  it('marks each term in the first text that uses it, and only there', () => {
    expect(firstUses(['Staff had DoLS training.', 'More DoLS work and reablement.', 'Reablement again.']).map(ids))
      .toEqual([['dols'], ['reablement'], []]);
  });

  it('marks several terms in one text, and none in a text without any', () => {
    expect(firstUses(['No terms here.', 'The ASCS and the SACE, with DoLS.']).map(ids)).toEqual([[], ['ascs', 'sace', 'dols']]);
  });

  it('gives nothing for a page with no texts, and starts afresh for each page', () => {
    expect(firstUses([])).toEqual([]);
    expect(firstUses(['DoLS']).map(ids)).toEqual([['dols']]);
    expect(firstUses(['DoLS']).map(ids)).toEqual([['dols']]);
  });
});

describe('statementMarks()', () => {
  it('marks Harrow\'s Safeguarding statement at each term\'s first paragraph', () => {
    const [marks] = statementMarks([statementOf(harrow, 'safeguarding')]);
    expect(marks?.expectations.map(ids)).toEqual([[]]);
    expect(ids(marks?.commitment)).toEqual([]);
    expect(marks?.findings.map((finding) => finding.map(ids))).toEqual([
      [['safeguarding-adults-board'], [], [], [], ['ascs', 'sace'], ['scwe', 'dols', 'mca']],
      [[], [], [], ['sar']],
      [['section-42'], [], [], [], [], [], [], []],
      [['making-safeguarding-personal'], [], [], [], ['sac']],
    ]);
  });

  it('reads a statement in order: its expectations, its commitment, then its findings', () => {
    const paragraph = (text: string) => ({ text, line: 1 });
    const statement = {
      whatPeopleExpect: ['I can get advice.', 'I get DoLS advice.'],
      commitment: 'We offer reablement and DoLS checks.',
      findings: [{ paragraphs: [paragraph('Reablement and SALT.'), paragraph('SAC figures.')] }, { paragraphs: [paragraph('More SAC.')] }],
    };
    expect(statementMarks([statement])).toEqual([{
      expectations: [[], [entryOf('dols')]],
      commitment: [entryOf('reablement')],
      findings: [[[entryOf('salt')], [entryOf('sac')]], [[]]],
    }]);
  });

  it('shares one pass across a theme page, so a term is marked only in the first statement that uses it', () => {
    const needs = statementOf(harrow, 'assessing-needs');
    const healthier = statementOf(harrow, 'supporting-people-to-live-healthier-lives');
    const [first, second] = statementMarks([needs, healthier]);
    expect(allIds(first)).toEqual(['unpaid-carer', 'ascs', 'salt', 'care-act-2014', 'section-75', 'reablement', 'sace', 'advocacy']);
    expect(allIds(second)).toEqual(['cqc', 'ascof', 'direct-payments']);
    expect(allIds(statementMarks([healthier])[0])).toEqual(['cqc', 'ascs', 'sace', 'reablement', 'ascof', 'unpaid-carer', 'direct-payments']);
  });

  it('marks each term at most once on every Harrow theme page', () => {
    for (const theme of harrow.themes) {
      const marked = statementMarks(theme.statements).flatMap(allIds);
      expect(new Set(marked).size, theme.slug).toBe(marked.length);
    }
  });
});

describe('overviewMarks()', () => {
  it('marks Harrow\'s overview in reading order: experiences, strengths, demographics, then financial facts', () => {
    const marks = overviewMarks(harrow);
    expect(marks.peoplesExperiences.map(ids)).toEqual([['unpaid-carer'], [], [], []]);
    expect(marks.strengthsAndNextSteps.map(ids)).toEqual([['dass'], [], [], [], [], [], ['direct-payments'], [], ['co-production'], ['safeguarding-adults-board'], []]);
    expect(marks.demographics.map(ids)).toEqual([['imd'], [], ['ics']]);
    expect(marks.financialItems.map(ids)).toEqual([[], [], [], [], []]);
    expect(marks.financialParagraphs.map(ids)).toEqual([[]]);
  });

  it('has empty lists for the sections an assessment does not have', () => {
    expect(overviewMarks({ peoplesExperiences: null, strengthsAndNextSteps: null, about: null })).toEqual({
      peoplesExperiences: [], strengthsAndNextSteps: [], demographics: [], financialIntroduction: [], financialItems: [], financialParagraphs: [],
    });
    const about = harrow.about ? { ...harrow.about, demographics: null } : null;
    expect(overviewMarks({ peoplesExperiences: null, strengthsAndNextSteps: null, about }).demographics).toEqual([]);
  });

  it('marks a term in the financial facts\' introduction line before the list below it', () => {
    const financialFacts = harrow.about?.financialFacts;
    if (!harrow.about || !financialFacts) throw new Error('Harrow has financial facts');
    const introduction = { text: 'The financial facts for the council, including its Better Care Fund (BCF) spend, are:', line: 20 };
    const items = [{ text: 'The Better Care Fund was £1,000,000.', line: 21 }];
    const about = { ...harrow.about, demographics: null, financialFacts: { ...financialFacts, introduction, items } };
    const marks = overviewMarks({ peoplesExperiences: null, strengthsAndNextSteps: null, about });
    expect(marks.financialIntroduction.map((e) => e.id)).toEqual(['bcf']);
    expect(marks.financialItems.map(ids)).toEqual([[]]);
  });
});

describe('the list of terms a page explains: statementTerms() and overviewTerms()', () => {
  const entry = (id: string) => {
    const found = entryOf(id);
    if (!found) throw new Error(`no entry ${id}`);
    return found;
  };

  it('lists Harrow\'s Safeguarding terms once each, in the order the page first uses them', () => {
    expect(ids(statementTerms(statementMarks([statementOf(harrow, 'safeguarding')])))).toEqual([
      'safeguarding-adults-board', 'ascs', 'sace', 'scwe', 'dols', 'mca', 'sar', 'section-42', 'making-safeguarding-personal', 'sac',
    ]);
  });

  it('lists a statement\'s expectations\' terms, then its commitment\'s, then its findings\', statement after statement', () => {
    const marks: StatementMarks[] = [
      { expectations: [[], [entry('dols')]], commitment: [entry('reablement')], findings: [[[entry('salt')], [entry('sac')]], [[entry('mca')]]] },
      { expectations: [[entry('cqc')]], commitment: [], findings: [[[entry('ascs')]]] },
    ];
    expect(ids(statementTerms(marks))).toEqual(['dols', 'reablement', 'salt', 'sac', 'mca', 'cqc', 'ascs']);
    expect(statementTerms([])).toEqual([]);
  });

  it('lists every Harrow theme page\'s terms once each', () => {
    for (const theme of harrow.themes) {
      const terms = ids(statementTerms(statementMarks(theme.statements)));
      expect(terms.length, theme.slug).toBeGreaterThan(0);
      expect(new Set(terms).size, theme.slug).toBe(terms.length);
    }
  });

  it('lists the overview\'s terms in reading order: experiences, strengths, demographics, then the financial facts\' introduction, items and paragraphs', () => {
    expect(ids(overviewTerms(overviewMarks(harrow)))).toEqual(['unpaid-carer', 'dass', 'direct-payments', 'co-production', 'safeguarding-adults-board', 'imd', 'ics']);
    const marks: OverviewMarks = {
      peoplesExperiences: [[entry('cqc')]], strengthsAndNextSteps: [[], [entry('dass')]], demographics: [[entry('imd')]],
      financialIntroduction: [entry('bcf')], financialItems: [[entry('ics')]], financialParagraphs: [[entry('edi')]],
    };
    expect(ids(overviewTerms(marks))).toEqual(['cqc', 'dass', 'imd', 'bcf', 'ics', 'edi']);
  });
});
