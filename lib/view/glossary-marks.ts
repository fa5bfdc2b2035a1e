import type { Assessment, Statement } from '@/lib/assessment';
import { GLOSSARY, type GlossaryEntry } from '@/lib/glossary';
import { findTerm } from '@/lib/glossary-match';

/**
 * Where a page marks its glossary terms: the first use of each term on the
 * page, once. A pure pass over the page's texts in reading order, computed
 * once by the page; components receive the result as plain data, so what is
 * marked never depends on the order React happens to render in.
 */

type Terms = readonly GlossaryEntry[];

/** For each text, in reading order, the entries whose first use on the page is in it. */
export function firstUses(texts: readonly string[], entries: Terms = GLOSSARY): GlossaryEntry[][] {
  const seen = new Set<string>();
  return texts.map((text) => {
    const found = entries.filter((entry) => !seen.has(entry.id) && findTerm(text, entry) !== undefined);
    for (const entry of found) seen.add(entry.id);
    return found;
  });
}

/** The same pass over groups of texts (a section's paragraphs, a list's items), answered group by group. */
export function firstUsesByGroup(groups: readonly (readonly string[])[], entries: Terms = GLOSSARY): GlossaryEntry[][][] {
  const uses = firstUses(groups.flat(), entries);
  let next = 0;
  return groups.map((group) => group.map(() => uses[next++] ?? []));
}

/** What a statement's body marks: each expectation, the commitment, and each finding's paragraphs. */
export type StatementMarks = { expectations: GlossaryEntry[][]; commitment: GlossaryEntry[]; findings: GlossaryEntry[][][] };

/**
 * The marks of statements shown one after another on one page (a statement
 * page has one; a theme page several, sharing one pass, so a term is marked
 * only in the first statement that uses it).
 */
export function statementMarks(statements: readonly Statement[], entries: Terms = GLOSSARY): StatementMarks[] {
  const perStatement = statements.map((s) => [s.whatPeopleExpect, [s.commitment], ...s.findings.map((f) => f.paragraphs.map((p) => p.text))]);
  const marks = firstUsesByGroup(perStatement.flat(), entries);
  let next = 0;
  return perStatement.map((groups) => {
    const [expectations = [], [commitment = []] = [], ...findings] = marks.slice(next, next + groups.length);
    next += groups.length;
    return { expectations, commitment, findings };
  });
}

/** What the overview marks, section by section in reading order. */
export type OverviewMarks = { peoplesExperiences: GlossaryEntry[][]; strengthsAndNextSteps: GlossaryEntry[][]; demographics: GlossaryEntry[][]; financialItems: GlossaryEntry[][]; financialParagraphs: GlossaryEntry[][] };

export function overviewMarks(assessment: Pick<Assessment, 'peoplesExperiences' | 'strengthsAndNextSteps' | 'about'>, entries: Terms = GLOSSARY): OverviewMarks {
  const texts = (paragraphs: readonly { text: string }[] | undefined) => (paragraphs ?? []).map((p) => p.text);
  const financial = assessment.about?.financialFacts;
  const [peoplesExperiences = [], strengthsAndNextSteps = [], demographics = [], financialItems = [], financialParagraphs = []] = firstUsesByGroup([
    texts(assessment.peoplesExperiences?.paragraphs),
    texts(assessment.strengthsAndNextSteps?.paragraphs),
    texts(assessment.about?.demographics?.paragraphs),
    texts(financial?.items),
    texts(financial?.paragraphs),
  ], entries);
  return { peoplesExperiences, strengthsAndNextSteps, demographics, financialItems, financialParagraphs };
}
