import { describe, expect, it } from 'vitest';
import { overallScore, parseAssessment, type Assessment } from '@/lib/assessment';
import { paragraphAnchor, sourceAnchor } from '@/lib/view/anchors';
import { lineOf, readText, statementOf } from './helpers';

/** The fictional site fixture in the layouts of CQC's reports since late 2024 (docs/parser-quirks.md). */
const HOLMBURY_FILE = 'tests/fixtures/site/holmbury-borough-council.txt';
const holmburyText = readText(HOLMBURY_FILE);
/** A fresh parse in each test, so mutation testing sees what it asserts (helpers.ts). */
const parseHolmbury = () => parseAssessment(holmburyText, HOLMBURY_FILE);
const comparisonsOf = (holmbury: Assessment) => holmbury.themes.flatMap((t) => t.statements.flatMap((s) => s.comparisons.map((c) => ({ statement: s.slug, ...c }))));
const at = (line: string) => lineOf(holmburyText, line);

describe('Holmbury: the front matter of a late-2024 report', () => {
  it('reads the title, the date, the rating and the overall score CQC prints as a sentence under it', () => {
    const holmbury = parseHolmbury();
    expect(holmbury).toMatchObject({ authority: 'Holmbury Borough Council', slug: 'holmbury-borough-council', published: '2025-03-12', rating: 'Good', overallScore: 67 });
    expect(holmbury.lines).toEqual({
      title: 1, published: 5, rating: 32,
      overallScore: at('Holmbury Borough Council scored 67 out of 100 overall, indicating a good standard'), scores: 36,
    });
  });

  it('has the nine scores in CQC\'s order, 24 of 36, which rounds up to the 67 it prints', () => {
    const holmbury = parseHolmbury();
    expect(holmbury.scores.map((s) => [s.statement, s.score])).toEqual([
      ['assessing-needs', 3], ['supporting-people-to-live-healthier-lives', 2], ['equity-in-experience-and-outcomes', 3],
      ['care-provision-integration-and-continuity', 2], ['partnerships-and-communities', 3], ['safe-pathways-systems-and-transitions', 3],
      ['safeguarding', 2], ['governance-management-and-sustainability', 3], ['learning-improvement-and-innovation', 3],
    ]);
    expect(holmbury.scores[0]).toMatchObject({ name: 'Assessing needs', line: 38, scoreLine: 40 });
    expect(overallScore(holmbury.scores.map((s) => s.score))).toMatchObject({ total: 24, maximum: 36, roundedPercentage: 67, rating: 'Good' });
  });

  it('reads an About section with no "Demographics" heading as demographics with a null heading', () => {
    const holmbury = parseHolmbury();
    expect(holmbury.about?.heading).toBe('About Holmbury Borough Council');
    expect(holmbury.about?.demographics).toMatchObject({ heading: null, line: 9 });
    expect(holmbury.about?.demographics?.paragraphs.map((p) => p.line)).toEqual([9, 11, 13]);
    expect(holmbury.about?.demographics?.paragraphs[2]?.text).toBe('Holmbury sits within the Wealden Vale integrated care system and shares its Safeguarding Adults Board with two neighbouring councils.');
  });

  it('keeps the introduction line before the financial facts and the amounts exactly as printed, pence and typos included', () => {
    const holmbury = parseHolmbury();
    const facts = holmbury.about?.financialFacts;
    expect(facts?.introduction).toEqual({ text: 'The financial facts for Holmbury are:', line: 17 });
    expect(facts?.items.map((i) => i.line)).toEqual([19, 20, 21, 22]);
    expect(facts?.items[0]?.text).toContain('its total budget would be £1,860,506,000.00.');
    expect(facts?.items[1]?.text).toContain('it would spend £382,390,0000 of its total budget');
    expect(facts?.paragraphs.map((p) => p.line)).toEqual([24]);
  });

  it('keeps curly apostrophes in headings as printed', () => {
    const holmbury = parseHolmbury();
    expect(holmbury.peoplesExperiences?.heading).toBe('Summary of people’s experiences');
    expect(statementOf(holmbury, 'partnerships-and-communities').findings.map((f) => [f.heading, f.slug])).toEqual([
      ['Working with Holmbury’s voluntary sector', 'working-with-holmburys-voluntary-sector'],
      ['Joint work with health partners', 'joint-work-with-health-partners'],
    ]);
  });
});

describe('Holmbury: score lines', () => {
  for (const { slug, score, scoreLine, labelLine, shape } of [
    { slug: 'assessing-needs', shape: '"Score 3", then "Score: 3 - Evidence shows a good standard"', score: 3, scoreLine: 98, labelLine: 100 },
    { slug: 'supporting-people-to-live-healthier-lives', shape: '"Score: 2", then "2 - Evidence shows some shortfalls"', score: 2, scoreLine: 128, labelLine: 130 },
    { slug: 'equity-in-experience-and-outcomes', shape: 'one line, "Score: 3 - Evidence shows a good standard"', score: 3, scoreLine: 156, labelLine: 156 },
    { slug: 'care-provision-integration-and-continuity', shape: '"Score 2", then "Score: 2 - Evidence shows some shortfalls"', score: 2, scoreLine: 183, labelLine: 185 },
  ]) {
    it(`reads ${slug}'s score written as ${shape}`, () => {
      const holmbury = parseHolmbury();
      const statement = statementOf(holmbury, slug);
      expect(statement.score).toBe(score);
      expect(statement.scoreLabel).toBe(score === 3 ? 'Evidence shows a good standard' : 'Evidence shows some shortfalls');
      expect([statement.lines.score, statement.lines.scoreLabel]).toEqual([scoreLine, labelLine]);
    });
  }

  it('keeps a "What people expect" entry printed twice, twice, at its own lines', () => {
    const holmbury = parseHolmbury();
    const statement = statementOf(holmbury, 'assessing-needs');
    expect(statement.whatPeopleExpect).toHaveLength(3);
    expect(statement.whatPeopleExpect[2]).toBe(statement.whatPeopleExpect[0]);
    expect(statement.lines.whatPeopleExpect).toEqual([104, 106, 108]);
  });
});

describe('Holmbury: key findings without headings', () => {
  it('makes the paragraphs under "Key findings for this quality statement" one finding with a null heading and the slug "key-findings"', () => {
    const holmbury = parseHolmbury();
    const [finding, ...rest] = statementOf(holmbury, 'assessing-needs').findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ heading: null, slug: 'key-findings', line: 116 });
    expect(finding?.paragraphs.map((p) => p.line)).toEqual([116, 118, 120, 122, 124]);
    expect(finding ? paragraphAnchor(finding, 2) : '').toBe('key-findings-p3');
  });

  it('reads a statement that opens with unheaded paragraphs and then has headed findings', () => {
    const holmbury = parseHolmbury();
    expect(statementOf(holmbury, 'supporting-people-to-live-healthier-lives').findings.map((f) => [f.heading, f.slug, f.line, f.paragraphs.length])).toEqual([
      [null, 'key-findings', 142, 1],
      ['Reablement and short-term support', 'reablement-and-short-term-support', 144, 2],
      ['Equipment and adaptations', 'equipment-and-adaptations', 150, 1],
    ]);
  });

  it('gives eight of the nine statements an unheaded finding, and the ninth headed findings only', () => {
    const holmbury = parseHolmbury();
    const unheaded = holmbury.themes.flatMap((t) => t.statements).filter((s) => s.findings[0]?.heading === null);
    expect(unheaded).toHaveLength(8);
    expect(holmbury.themes.flatMap((t) => t.statements).filter((s) => s.findings.every((f) => f.heading !== null)).map((s) => s.slug)).toEqual(['partnerships-and-communities']);
  });
});

describe('Holmbury: national figures in the newer wordings', () => {

  it('reads each figure with CQC\'s wording, its dataset and the period as printed', () => {
    const all = comparisonsOf(parseHolmbury());
    expect(all.map((c) => [c.statement, c.line, c.valueText, c.englandAverageText, c.reportWording, c.dataset, c.datasetPeriod])).toEqual([
      ['assessing-needs', 118, '79.40%', '77.62%', 'similar to', 'ASCS', '2023-24'],
      ['assessing-needs', 118, '68.20%', '64.35%', 'slightly better than', 'ASCS', '2023-24'],
      ['assessing-needs', 120, '41.80%', '36.27%', 'better than', 'SACE', '2023-24'],
      ['assessing-needs', 122, '28.40%', '33.82%', 'somewhat worse than', 'SACE', '2023-24'],
      ['supporting-people-to-live-healthier-lives', 148, '71.30%', '83.70%', 'somewhat worse than', 'ASCOF', '2024'],
      ['equity-in-experience-and-outcomes', 170, '83.10%', '69.69%', 'better than', 'ASCS', '2023'],
      ['care-provision-integration-and-continuity', 199, '66.40%', '70.28%', 'worse than', 'ASCS', '2023-2024'],
      ['safeguarding', 270, '88.00%', '83.12%', 'slightly better than', 'SAC', '2023/24'],
      ['governance-management-and-sustainability', 295, '61.20%', '61.20%', 'the same as', 'SCWE', 'October 2024'],
    ]);
    expect(all.map((c) => [c.value, c.englandAverage])).toEqual([
      [79.4, 77.62], [68.2, 64.35], [41.8, 36.27], [28.4, 33.82], [71.3, 83.7], [83.1, 69.69], [66.4, 70.28], [88, 83.12], [61.2, 61.2],
    ]);
  });

  it('takes "Data from the same source" from the figure before it, though its own paragraph names no dataset', () => {
    const all = comparisonsOf(parseHolmbury());
    const sameSource = all.find((c) => c.line === 122);
    expect(sameSource?.text).toBe('Data from the same source showed 28.40% of carers had been included in discussions about the person they cared for, somewhat worse than the England average (33.82%).');
    expect(sameSource).toMatchObject({ dataset: 'SACE', datasetPeriod: '2023-24' });
  });

  it('describes what is measured without CQC\'s wording or the dataset', () => {
    const all = comparisonsOf(parseHolmbury());
    expect(all.map((c) => c.metric)).toEqual([
      'people who used services felt they had control over their daily life',
      'people were satisfied with their care and support',
      'carers said they were satisfied with social services',
      'carers had been included in discussions about the person they cared for',
      'older people were still at home 91 days after leaving hospital into reablement',
      'people who used services said they felt safe',
      'people felt they had choice over services',
      'people who lacked capacity were supported by an advocate, family or friend',
      'care staff in Holmbury had started or completed the Care Certificate',
    ]);
  });

  it('leaves a council figure with no England number as text: no comparison, no England figure invented', () => {
    const holmbury = parseHolmbury();
    const all = comparisonsOf(parseHolmbury());
    const line = at('Data for Holmbury shows 62.50% of people said they had as much social contact as they would like, and these figures are in line with the England and regional averages.');
    expect(all.filter((c) => c.line === line)).toEqual([]);
    expect(all.some((c) => c.value === 62.5)).toBe(false);
    expect(statementOf(holmbury, 'assessing-needs').findings[0]?.paragraphs.at(-1)?.line).toBe(line);
  });

  it('links each figure to its paragraph in an unheaded finding', () => {
    const holmbury = parseHolmbury();
    const statement = statementOf(holmbury, 'assessing-needs');
    expect(statement.comparisons.map((c) => sourceAnchor(statement, c))).toEqual(['key-findings-p2', 'key-findings-p2', 'key-findings-p3', 'key-findings-p4']);
  });
});
