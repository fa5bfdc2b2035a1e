import { describe, expect, it } from 'vitest';
import { overallScore } from '@/lib/assessment';
import { HARROW_FILE, parseHarrow, readText, statementOf } from './helpers';

/** Each test parses Harrow itself, so mutation testing sees what it asserts (helpers.ts). */

describe('the Harrow assessment: front matter', () => {
  it('names the authority, its slug, the publication date and the rating', () => {
    const harrow = parseHarrow();
    expect(harrow.authority).toBe('London Borough of Harrow');
    expect(harrow.slug).toBe('london-borough-of-harrow');
    expect(harrow.published).toBe('2024-08-16');
    expect(harrow.rating).toBe('Requires improvement');
    expect(harrow.lines).toEqual({ title: 5, published: 9, rating: 37, overallScore: null, scores: 41 });
  });

  it('reads the About section: three demographics paragraphs, five financial facts and the note after them', () => {
    const harrow = parseHarrow();
    const about = harrow.about;
    expect(about?.heading).toBe('About London Borough of Harrow');
    expect(about?.demographics?.paragraphs.map((p) => p.line)).toEqual([15, 17, 19]);
    expect(about?.financialFacts?.items.map((i) => i.line)).toEqual([23, 24, 25, 26, 27]);
    expect(about?.financialFacts?.items[0]?.text).toMatch(/^The Local Authority estimated that in 2022\/23, its total budget would be £326,694,000\./);
    expect(about?.financialFacts?.paragraphs).toEqual([
      { text: 'This data is reproduced at the request of the Department of Health and Social Care. It has not been factored into our assessment and is presented for information purposes only.', line: 29 },
    ]);
  });

  it('reads both summaries paragraph by paragraph', () => {
    const harrow = parseHarrow();
    expect(harrow.peoplesExperiences?.paragraphs.map((p) => p.line)).toEqual([81, 83, 85, 87]);
    expect(harrow.strengthsAndNextSteps?.heading).toBe('Summary of strengths, areas for development and next steps');
    expect(harrow.strengthsAndNextSteps?.paragraphs).toHaveLength(11);
    expect(harrow.strengthsAndNextSteps?.paragraphs.at(-1)?.line).toBe(111);
  });
});

describe('the Harrow assessment: themes and scores', () => {
  it('has four themes with their numbers, titles, addresses and statements', () => {
    const harrow = parseHarrow();
    expect(harrow.themes.map((t) => [t.number, t.title, t.slug, t.statements.map((s) => s.slug)])).toEqual([
      [1, 'How London Borough of Harrow works with people', 'how-the-local-authority-works-with-people',
        ['assessing-needs', 'supporting-people-to-live-healthier-lives', 'equity-in-experience-and-outcomes']],
      [2, 'Providing support', 'providing-support', ['care-provision-integration-and-continuity', 'partnerships-and-communities']],
      [3, 'How London Borough of Harrow ensures safety within the system', 'how-the-local-authority-ensures-safety-within-the-system',
        ['safe-pathways-systems-and-transitions', 'safeguarding']],
      [4, 'Leadership', 'leadership', ['governance-management-and-sustainability', 'learning-improvement-and-innovation']],
    ]);
  });

  it.each([
    ['Assessing needs', 2, 'Evidence shows some shortfalls', 123],
    ['Supporting people to live healthier lives', 2, 'Evidence shows some shortfalls', 241],
    ['Equity in experience and outcomes', 3, 'Evidence shows a good standard', 337],
    ['Care provision, integration and continuity', 2, 'Evidence shows some shortfalls', 402],
    ['Partnerships and communities', 3, 'Evidence shows a good standard', 518],
    ['Safe pathways, systems and transitions', 2, 'Evidence shows some shortfalls', 595],
    ['Safeguarding', 2, 'Evidence shows some shortfalls', 647],
    ['Governance, management and sustainability', 2, 'Evidence shows some shortfalls', 726],
    ['Learning, improvement and innovation', 3, 'Evidence shows a good standard', 772],
  ])('scores "%s" %i, "%s", at line %i', (name, score, label, line) => {
    const harrow = parseHarrow();
    const statements = harrow.themes.flatMap((t) => t.statements);
    const statement = statements.find((s) => s.name === name);
    expect(statement).toMatchObject({ score, scoreLabel: label, line });
  });

  it('links the score list to the statements, including the one it names differently', () => {
    const harrow = parseHarrow();
    expect(harrow.scores.map((s) => [s.name, s.score, s.statement])).toEqual([
      ['Assessing needs', 2, 'assessing-needs'],
      ['Supporting people to lead healthier lives', 2, 'supporting-people-to-live-healthier-lives'],
      ['Equity in experience and outcomes', 3, 'equity-in-experience-and-outcomes'],
      ['Care provision, integration and continuity', 2, 'care-provision-integration-and-continuity'],
      ['Partnerships and communities', 3, 'partnerships-and-communities'],
      ['Safe pathways, systems and transitions', 2, 'safe-pathways-systems-and-transitions'],
      ['Safeguarding', 2, 'safeguarding'],
      ['Governance, management and sustainability', 2, 'governance-management-and-sustainability'],
      ['Learning, improvement and innovation', 3, 'learning-improvement-and-innovation'],
    ]);
  });

  it('comes to 21 of 36 (59%, rounded up) by CQC\'s method: requires improvement, two points short of good', () => {
    const harrow = parseHarrow();
    const statements = harrow.themes.flatMap((t) => t.statements);
    const overall = overallScore(statements.map((s) => s.score));
    expect(overall).toMatchObject({ total: 21, maximum: 36, roundedPercentage: 59, rating: 'Requires improvement', next: { rating: 'Good', pointsShort: 2 } });
  });
});

describe('the Harrow assessment: statements', () => {
  it.each([
    ['assessing-needs', 2, [15, 8, 8, 2, 4, 4, 2]],
    ['supporting-people-to-live-healthier-lives', 2, [9, 7, 2, 12, 4]],
    ['equity-in-experience-and-outcomes', 1, [9, 9]],
    ['care-provision-integration-and-continuity', 1, [12, 8, 6, 8, 11]],
    ['partnerships-and-communities', 1, [10, 4, 3, 5]],
    ['safe-pathways-systems-and-transitions', 2, [3, 9, 2]],
    ['safeguarding', 1, [6, 4, 8, 5]],
    ['governance-management-and-sustainability', 0, [7, 5, 2]],
    ['learning-improvement-and-innovation', 0, [11, 7]],
  ])('%s has %i "What people expect" statements and findings of %j paragraphs', (slug, expectations, paragraphs) => {
    const harrow = parseHarrow();
    const statement = statementOf(harrow, slug);
    expect(statement.whatPeopleExpect).toHaveLength(expectations);
    expect(statement.findings.map((f) => f.paragraphs.length)).toEqual(paragraphs);
  });

  it('keeps the headings of key findings with their addresses and lines', () => {
    const harrow = parseHarrow();
    expect(statementOf(harrow, 'assessing-needs').findings.map((f) => [f.slug, f.line])).toEqual([
      ['assessment-care-planning-and-review-arrangements', 141],
      ['timeliness-of-assessments-care-planning-and-reviews', 173],
      ['assessment-and-care-planning-for-unpaid-carers-childs-carers-and-child-carers', 191],
      ['help-for-people-to-meet-their-non-eligible-care-and-support-needs', 209],
      ['eligibility-decisions-for-care-and-support', 215],
      ['financial-assessment-and-charging-policy-for-care-and-support', 225],
      ['provision-of-independent-advocacy', 235],
    ]);
  });

  it('reads the commitment and what people expect as printed', () => {
    const harrow = parseHarrow();
    const safeguarding = statementOf(harrow, 'safeguarding');
    expect(safeguarding.whatPeopleExpect).toEqual(['I feel safe and am supported to understand and manage any risks.']);
    expect(safeguarding.commitment).toMatch(/^We work with people to understand what being safe means to them .* We make sure we share concerns quickly and appropriately\.$/);
    expect(safeguarding.lines).toEqual({ score: 649, scoreLabel: 651, whatPeopleExpect: [655], commitment: [659], findings: 661 });
  });

  it('loses and merges no paragraph: every sentence-like line of the source is in the model at its own line', () => {
    const harrow = parseHarrow();
    const inModel = new Map<number, string>();
    const add = (text: string, line: number) => inModel.set(line, text);
    const sections = [harrow.about?.demographics, harrow.about?.financialFacts, harrow.peoplesExperiences, harrow.strengthsAndNextSteps];
    sections.forEach((s) => s?.paragraphs.forEach((p) => add(p.text, p.line)));
    harrow.about?.financialFacts?.items.forEach((p) => add(`- ${p.text}`, p.line));
    for (const theme of harrow.themes) {
      theme.notes.forEach((p) => add(p.text, p.line));
      for (const s of theme.statements) {
        s.whatPeopleExpect.forEach((text, i) => add(text, s.lines.whatPeopleExpect[i] ?? 0));
        s.commitment.split('\n\n').forEach((text, i) => add(text, s.lines.commitment[i] ?? 0));
        s.findings.forEach((f) => f.paragraphs.forEach((p) => add(p.text, p.line)));
      }
    }
    const source = readText(HARROW_FILE).split('\n');
    const sentenceLike = source
      .map((text, i) => ({ text, line: i + 1 }))
      .filter(({ text }) => /[.!?'")]$/.test(text) || text.length > 100);
    expect(sentenceLike).toHaveLength(277);
    for (const { text, line } of sentenceLike) expect({ line, text: inModel.get(line) }).toEqual({ line, text });
  });
});

describe('the Harrow assessment: the keys added for later layouts (issue 9)', () => {
  it('prints no overall score, so the model has none, and no line for it', () => {
    const harrow = parseHarrow();
    expect(harrow.overallScore).toBeNull();
    expect(harrow.lines.overallScore).toBeNull();
  });

  it('gives each score list entry the line of its "Score:", two below its name', () => {
    const harrow = parseHarrow();
    expect(harrow.scores.map((s) => [s.line, s.scoreLine])).toEqual([[43, 45], [47, 49], [51, 53], [55, 57], [59, 61], [63, 65], [67, 69], [71, 73], [75, 77]]);
  });

  it('has a Demographics heading, no introduction before its financial facts, and a heading on every key finding', () => {
    const harrow = parseHarrow();
    const statements = harrow.themes.flatMap((t) => t.statements);
    expect(harrow.about?.demographics?.heading).toBe('Demographics');
    expect(harrow.about?.financialFacts?.introduction).toBeNull();
    expect(statements.flatMap((s) => s.findings).filter((f) => f.heading === null)).toEqual([]);
  });
});
