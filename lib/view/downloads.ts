import type { Assessment } from '@/lib/assessment';
import { toCsv } from '@/lib/csv';
import { comparisonAnchor } from './anchors';
import { comparisonRows } from './comparisons';
import { datasetName } from './datasets';
import { sectionPath } from './navigation';

/**
 * The data downloads offered from each overview. The JSON is exactly what the
 * CLI prints (docs/json-format.md); the CSV columns are documented on the
 * site's /data-formats page (app/data-formats/page.tsx), made from the column
 * lists below.
 */

export type Download = { file: string; contentType: string; title: string; body: string };

/** The assessment as the documented JSON: the same bytes `npm run --silent parse` prints. */
export function assessmentJson(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 2)}\n`;
}

/** Figures without the percent sign or a plus, and with an ASCII minus, so spreadsheets read them as numbers. */
function plain(text: string): string {
  return text.replace(/%$/, '').replace(/^\+/, '').replace('\u2212', '-');
}

export type Column = { name: string; meaning: string };

/** The comparisons CSV, one row per figure (a figure the report prints twice appears once). */
export const COMPARISON_COLUMNS: readonly Column[] = [
  { name: 'theme', meaning: 'The theme, titled as in the report.' },
  { name: 'statement', meaning: 'The quality statement the figure sits under.' },
  { name: 'finding', meaning: 'The key finding heading the figure sits under; empty where the report prints its key findings without headings.' },
  { name: 'measure', meaning: 'What is measured, in the report\'s words.' },
  { name: 'value_percent', meaning: 'The authority\'s figure, a percentage, with the digits the report prints (56.10 stays 56.10).' },
  { name: 'england_average_percent', meaning: 'The England average the report gives, a percentage.' },
  { name: 'difference_points', meaning: 'value_percent minus england_average_percent, in percentage points.' },
  { name: 'direction', meaning: '"above", "below", or "similar" (less than 2 points either way).' },
  { name: 'judgement', meaning: '"better", "worse", "similar", or "not judged" where the wording does not say which way is better.' },
  { name: 'dataset', meaning: 'ASCS, SACE, SALT, ASCOF, SCWE or SAC; empty where the report names none.' },
  { name: 'dataset_name', meaning: 'The dataset\'s full name.' },
  { name: 'source_sentence', meaning: 'The sentence (or two) that states the figure, word for word.' },
  { name: 'source_line', meaning: 'The line of the report\'s text file the sentence is on.' },
  { name: 'address', meaning: 'The address of the figure\'s row on this site.' },
];

/** The scores CSV, one row per quality statement. */
export const SCORE_COLUMNS: readonly Column[] = [
  { name: 'theme_number', meaning: 'The theme\'s number, 1 to 4.' },
  { name: 'theme', meaning: 'The theme, titled as in the report.' },
  { name: 'statement', meaning: 'The quality statement.' },
  { name: 'score', meaning: 'Its score, 1 to 4.' },
  { name: 'score_label', meaning: 'CQC\'s label for the score.' },
  { name: 'address', meaning: 'The address of the statement\'s page on this site.' },
];

export function comparisonsCsv(assessment: Assessment, absolute: (path: string) => string): string {
  const header = COMPARISON_COLUMNS.map((c) => c.name);
  const rows = assessment.themes.flatMap((theme) => theme.statements.flatMap((statement) =>
    comparisonRows(statement.comparisons).map(({ comparison: c, differenceText, direction, judgement }) => [
      theme.title,
      statement.name,
      statement.findings.find((f) => f.slug === c.finding)?.heading ?? null,
      c.metric,
      plain(c.valueText),
      plain(c.englandAverageText),
      plain(differenceText),
      direction,
      judgement,
      c.dataset,
      c.dataset ? datasetName(c.dataset) : null,
      c.text,
      c.line,
      absolute(`${sectionPath(assessment, statement)}#${comparisonAnchor(statement, c)}`),
    ])));
  return toCsv([header, ...rows]);
}

export function scoresCsv(assessment: Assessment, absolute: (path: string) => string): string {
  const header = SCORE_COLUMNS.map((c) => c.name);
  const rows = assessment.themes.flatMap((theme) => theme.statements.map((s) => [
    theme.number, theme.title, s.name, s.score, s.scoreLabel, absolute(sectionPath(assessment, s)),
  ]));
  return toCsv([header, ...rows]);
}

/** Every download of one assessment, with its file name, type and body. */
export function downloadsFor(assessment: Assessment, absolute: (path: string) => string): Download[] {
  return [
    { file: `${assessment.slug}.json`, contentType: 'application/json; charset=utf-8', title: 'The whole assessment (JSON)', body: assessmentJson(assessment) },
    { file: `${assessment.slug}-comparisons.csv`, contentType: 'text/csv; charset=utf-8', title: 'National figures against the England average (CSV)', body: comparisonsCsv(assessment, absolute) },
    { file: `${assessment.slug}-scores.csv`, contentType: 'text/csv; charset=utf-8', title: 'Quality statement scores (CSV)', body: scoresCsv(assessment, absolute) },
  ];
}

export function downloadPath(file: string): string {
  return `/downloads/${file}`;
}
