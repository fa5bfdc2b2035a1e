import type { Assessment } from '@/lib/assessment';
import { toCsv } from '@/lib/csv';
import { comparisonAnchor, sourceAnchor } from './anchors';
import { comparisonRows } from './comparisons';
import { datasetName } from './datasets';
import { sectionPath } from './navigation';
import { OGL_ATTRIBUTION_TEXT } from './sources';

/**
 * The data downloads offered from each overview. The JSON is exactly what the
 * CLI prints (docs/json-format.md); the CSV columns are documented on the
 * site's /data-formats page (app/data-formats/page.tsx), made from the column
 * lists below. CQC's licence travels with the data: each CSV row ends with
 * the attribution, and every download is served with a `Link: <OGL>;
 * rel="license"` header (next.config.ts), which is how the JSON, kept
 * byte-identical to the CLI's, carries it besides its documentation.
 */

/** A download: its file name, type and title, and how to write it (only when it is served, so a page listing downloads writes none). */
export type Download = { file: string; contentType: string; title: string; body: () => string };

/** The assessment as the documented JSON: the same bytes `npm run --silent parse` prints. */
export function assessmentJson(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 2)}\n`;
}

/** Figures without the percent sign or a plus, and with an ASCII minus, so spreadsheets read them as numbers. */
function plain(text: string): string {
  // Stryker disable next-line Regex: the parser's figures ("56.10%") and differences ("+10.52") hold one % at the end and one sign at the start, so the anchors change nothing
  return text.replace(/%$/, '').replace(/^\+/, '').replace('\u2212', '-');
}

export type Column = { name: string; meaning: string };

/** The columns every CSV row starts with: whose report, when, and where CQC publishes it. */
const REPORT_COLUMNS: readonly Column[] = [
  { name: 'authority', meaning: 'The council, as CQC titles its report.' },
  { name: 'published', meaning: 'The date CQC published the report, ISO 8601 (2024-08-16).' },
  { name: 'report_url', meaning: 'The address of the report on CQC\'s website, the source of every figure and word; empty where this site\'s ratings register has no address for it.' },
];

/** The column every CSV row ends with: the attribution CQC's licence asks for, travelling with each row. */
const LICENCE_COLUMN: Column = { name: 'licence', meaning: `"${OGL_ATTRIBUTION_TEXT}": CQC's text and figures are Crown copyright, re-usable under that licence.` };

/** The comparisons CSV, one row per figure (a figure the report prints twice appears once). */
export const COMPARISON_COLUMNS: readonly Column[] = [
  ...REPORT_COLUMNS,
  { name: 'theme', meaning: 'The theme, titled as in the report.' },
  { name: 'statement', meaning: 'The quality statement the figure sits under.' },
  { name: 'finding', meaning: 'The key finding heading the figure sits under; empty where the report prints its key findings without headings.' },
  { name: 'measure', meaning: 'What is measured, in the report\'s words.' },
  { name: 'value_percent', meaning: 'The council\'s figure, a percentage, with the digits the report prints (56.10 stays 56.10).' },
  { name: 'england_average_percent', meaning: 'The England average the report gives, a percentage, as printed.' },
  { name: 'difference_points', meaning: 'value_percent minus england_average_percent, in percentage points, calculated by this site to the decimals the report prints.' },
  { name: 'side_of_england_average', meaning: '"above", "below" or "equal": where the council\'s figure is against the England average, however small the difference. A fact, not a judgement.' },
  { name: 'cqc_wording', meaning: 'CQC\'s own words for the comparison, as printed before "the England average" ("similar to", "somewhat worse than"); empty where the report gives none.' },
  { name: 'dataset', meaning: 'ASCS, SACE, SALT, ASCOF, SCWE or SAC; empty where the report names none.' },
  { name: 'dataset_name', meaning: 'The dataset\'s full name.' },
  { name: 'dataset_period', meaning: 'The period the report prints with the dataset, as printed ("2023-24", "October 2024"); empty where it prints none.' },
  { name: 'source_sentence', meaning: 'The sentence (or two) that states the figure, word for word.' },
  { name: 'source_line', meaning: 'The line of the report\'s text file the sentence is on.' },
  { name: 'sentence_address', meaning: 'The address on this site of the paragraph holding the sentence.' },
  { name: 'figure_address', meaning: 'The address on this site of the figure in its statement\'s table.' },
  LICENCE_COLUMN,
];

/** The scores CSV, one row per quality statement. */
export const SCORE_COLUMNS: readonly Column[] = [
  ...REPORT_COLUMNS,
  { name: 'theme_number', meaning: 'The theme\'s number, 1 to 4.' },
  { name: 'theme', meaning: 'The theme, titled as in the report.' },
  { name: 'statement', meaning: 'The quality statement.' },
  { name: 'score', meaning: 'CQC\'s score for it, 1 to 4.' },
  { name: 'score_label', meaning: 'CQC\'s label for the score.' },
  { name: 'address', meaning: 'The address of the statement\'s page on this site.' },
  LICENCE_COLUMN,
];

/** What the CSVs need besides the assessment: this site's absolute addresses and the report's address on CQC's website. */
export type DownloadContext = { absolute: (path: string) => string; reportUrl: string | null };

function reportFields(assessment: Assessment, reportUrl: string | null) {
  return [assessment.authority, assessment.published, reportUrl];
}

/** The comparisons CSV of one assessment: a row per figure, in COMPARISON_COLUMNS' order. */
export function comparisonsCsv(assessment: Assessment, { absolute, reportUrl }: DownloadContext): string {
  const header = COMPARISON_COLUMNS.map((c) => c.name);
  const rows = assessment.themes.flatMap((theme) => theme.statements.flatMap((statement) =>
    comparisonRows(statement.comparisons, assessment.authority).map(({ comparison: c, differenceText, side }) => {
      const page = sectionPath(assessment, statement);
      return [
        ...reportFields(assessment, reportUrl),
        theme.title,
        statement.name,
        // Stryker disable next-line OptionalChaining: the parser puts every comparison in one of its statement's findings (anchors.ts throws otherwise)
        statement.findings.find((f) => f.slug === c.finding)?.heading ?? null,
        c.metric,
        plain(c.valueText),
        plain(c.englandAverageText),
        plain(differenceText),
        side === 'level' ? 'equal' : side,
        c.reportWording,
        c.dataset,
        c.dataset ? datasetName(c.dataset) : null,
        c.datasetPeriod,
        c.text,
        c.line,
        absolute(`${page}#${sourceAnchor(statement, c)}`),
        absolute(`${page}#${comparisonAnchor(statement, c)}`),
        OGL_ATTRIBUTION_TEXT,
      ];
    })));
  return toCsv([header, ...rows]);
}

/** The scores CSV of one assessment: a row per quality statement, in SCORE_COLUMNS' order. */
export function scoresCsv(assessment: Assessment, { absolute, reportUrl }: DownloadContext): string {
  const header = SCORE_COLUMNS.map((c) => c.name);
  const rows = assessment.themes.flatMap((theme) => theme.statements.map((s) => [
    ...reportFields(assessment, reportUrl),
    theme.number, theme.title, s.name, s.score, s.scoreLabel, absolute(sectionPath(assessment, s)), OGL_ATTRIBUTION_TEXT,
  ]));
  return toCsv([header, ...rows]);
}

/** Every download of one assessment, with its file name, type and body. */
export function downloadsFor(assessment: Assessment, context: DownloadContext): Download[] {
  return [
    { file: `${assessment.slug}.json`, contentType: 'application/json; charset=utf-8', title: 'The whole assessment (JSON)', body: () => assessmentJson(assessment) },
    { file: `${assessment.slug}-comparisons.csv`, contentType: 'text/csv; charset=utf-8', title: 'National figures against the England average (CSV)', body: () => comparisonsCsv(assessment, context) },
    { file: `${assessment.slug}-scores.csv`, contentType: 'text/csv; charset=utf-8', title: 'Quality statement scores (CSV)', body: () => scoresCsv(assessment, context) },
  ];
}

/** A download's address on this site. */
export function downloadPath(file: string): string {
  return `/downloads/${file}`;
}
