import type { Assessment, Finding, Paragraph, Statement } from '@/lib/assessment';
import { GLOSSARY, type GlossaryEntry } from '@/lib/glossary';
import { findTerm } from '@/lib/glossary-match';

/**
 * Where a page marks its glossary terms: the first use of each term on the
 * page, once. A pure pass over the page's texts in reading order, computed
 * once by the page; components receive the result as plain data, so what is
 * marked never depends on the order React happens to render in.
 */

type Terms = readonly GlossaryEntry[];

/** One page's pass: asked text by text in reading order, each answer is the entries first used there. */
function pass(entries: Terms): (text: string) => GlossaryEntry[] {
  const seen = new Set<string>();
  return (text) => {
    const found = entries.filter((entry) => !seen.has(entry.id) && findTerm(text, entry) !== undefined);
    for (const entry of found) seen.add(entry.id);
    return found;
  };
}

/** For each text, in reading order, the entries whose first use on the page is in it. */
export function firstUses(texts: readonly string[], entries: Terms = GLOSSARY): GlossaryEntry[][] {
  return texts.map(pass(entries));
}

/** What a statement's body marks: each expectation, the commitment, and each finding's paragraphs. */
export type StatementMarks = { expectations: GlossaryEntry[][]; commitment: GlossaryEntry[]; findings: GlossaryEntry[][][] };

type StatementTexts = Pick<Statement, 'whatPeopleExpect' | 'commitment'> & { findings: readonly Pick<Finding, 'paragraphs'>[] };

/**
 * The marks of statements shown one after another on one page (a statement
 * page has one; a theme page several, sharing one pass, so a term is marked
 * only in the first statement that uses it).
 */
export function statementMarks(statements: readonly StatementTexts[], entries: Terms = GLOSSARY): StatementMarks[] {
  const uses = pass(entries);
  // Object properties are evaluated in order: the body's reading order.
  return statements.map((s) => ({
    expectations: s.whatPeopleExpect.map((text) => uses(text)),
    commitment: uses(s.commitment),
    findings: s.findings.map((f) => f.paragraphs.map((p) => uses(p.text))),
  }));
}

/** What the overview marks, section by section in reading order. */
export type OverviewMarks = { peoplesExperiences: GlossaryEntry[][]; strengthsAndNextSteps: GlossaryEntry[][]; demographics: GlossaryEntry[][]; financialIntroduction: GlossaryEntry[]; financialItems: GlossaryEntry[][]; financialParagraphs: GlossaryEntry[][] };

export function overviewMarks(assessment: Pick<Assessment, 'peoplesExperiences' | 'strengthsAndNextSteps' | 'about'>, entries: Terms = GLOSSARY): OverviewMarks {
  const uses = pass(entries);
  const each = (paragraphs: readonly Paragraph[] | undefined) => (paragraphs ?? []).map((p) => uses(p.text));
  const financial = assessment.about?.financialFacts;
  return {
    peoplesExperiences: each(assessment.peoplesExperiences?.paragraphs),
    strengthsAndNextSteps: each(assessment.strengthsAndNextSteps?.paragraphs),
    demographics: each(assessment.about?.demographics?.paragraphs),
    financialIntroduction: financial?.introduction ? uses(financial.introduction.text) : [],
    financialItems: each(financial?.items),
    financialParagraphs: each(financial?.paragraphs),
  };
}

/** The terms statements' marks hold, each once, in the order the page first uses them. */
export function statementTerms(marks: readonly StatementMarks[]): GlossaryEntry[] {
  return marks.flatMap((m) => [...m.expectations.flat(), ...m.commitment, ...m.findings.flat(2)]);
}

/** The terms the overview's marks hold, each once, in the order the page first uses them. */
export function overviewTerms(m: OverviewMarks): GlossaryEntry[] {
  return [...m.peoplesExperiences.flat(), ...m.strengthsAndNextSteps.flat(), ...m.demographics.flat(), ...m.financialIntroduction, ...m.financialItems.flat(), ...m.financialParagraphs.flat()];
}
