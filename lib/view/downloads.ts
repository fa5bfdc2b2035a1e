import type { Assessment } from '@/lib/assessment';
import { comparisonAnchor, sourceAnchor } from './anchors';
import { comparisonRows } from './comparisons';
import { datasetName } from './datasets';
import { LICENCE_COLUMN, SITE_PREFIX, columnsCsv, type Column, type CsvTable } from './columns';
import { formatDate } from './format';
import { sectionPath } from './navigation';
import { CQC_WEBSITE, OGL_ATTRIBUTION_TEXT } from './sources';

/**
 * The data downloads offered from each overview. The JSON is exactly what the
 * CLI prints (docs/json-format.md); the CSV columns are documented on the
 * site's /data-formats page (app/data-formats/page.tsx), made from the column
 * lists below. CQC's licence travels with the data: each CSV row ends with
 * the attribution, and every download is served with a `Link: <OGL>;
 * rel="license"` header (next.config.ts), which is how the JSON, kept
 * byte-identical to the CLI's, carries it besides its documentation.
 */

/**
 * A download: its file name, type and title, and how to write it (only when
 * it is served, so a page listing downloads writes none); a CSV also has what
 * its CSV on the Web metadata says of it (lib/view/csvw.ts).
 */
export type Download = { file: string; contentType: string; title: string; body: () => string; table?: CsvTable };

/** The assessment as the documented JSON: the same bytes `npm run --silent parse` prints. */
export function assessmentJson(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 2)}\n`;
}

/** Figures without the percent sign or a plus, and with an ASCII minus, so spreadsheets read them as numbers. */
function plain(text: string): string {
  // Stryker disable next-line Regex: the parser's figures ("56.10%") and differences ("+10.52") hold one % at the end and one sign at the start, so the anchors change nothing
  return text.replace(/%$/, '').replace(/^\+/, '').replace('\u2212', '-');
}

/** The columns every CSV row starts with: whose report, when, and where CQC publishes it. */
const REPORT_COLUMNS: readonly Column[] = [
  { name: 'authority', meaning: 'The council, as CQC titles its report.', datatype: 'string', origin: 'cqc' },
  { name: 'published', meaning: 'The date CQC published the report, ISO 8601 (2024-08-16).', datatype: 'date', origin: 'cqc' },
  { name: 'report_url', meaning: 'The address of the report on CQC\'s website, the source of every figure and word; empty where this site\'s ratings register has no address for it.', datatype: 'anyURI', origin: 'cqc' },
];

/** The comparisons CSV, one row per figure (a figure the report prints twice appears once). */
export const COMPARISON_COLUMNS: readonly Column[] = [
  ...REPORT_COLUMNS,
  { name: 'theme', meaning: 'The theme, titled as in the report.', datatype: 'string', origin: 'cqc' },
  { name: 'statement', meaning: 'The quality statement the figure sits under.', datatype: 'string', origin: 'cqc' },
  { name: 'finding', meaning: 'The key finding heading the figure sits under; empty where the report prints its key findings without headings.', datatype: 'string', origin: 'cqc' },
  { name: 'measure', meaning: 'What is measured, in the report\'s words.', datatype: 'string', origin: 'cqc' },
  { name: 'value_percent', meaning: 'The council\'s figure, a percentage, with the digits the report prints (56.10 stays 56.10).', datatype: 'decimal', origin: 'cqc' },
  { name: 'england_average_percent', meaning: 'The England average the report gives, a percentage, as printed.', datatype: 'decimal', origin: 'cqc' },
  { name: `${SITE_PREFIX}difference_points`, meaning: 'value_percent minus england_average_percent, in percentage points, to the decimals the report prints.', datatype: 'decimal', origin: 'calculated' },
  { name: `${SITE_PREFIX}side_of_england_average`, meaning: '"above", "below" or "equal": where the council\'s figure is against the England average, however small the difference. A fact, not a judgement.', datatype: 'string', origin: 'calculated' },
  { name: 'cqc_wording', meaning: 'CQC\'s own words for the comparison, as printed before "the England average" ("similar to", "somewhat worse than"); empty where the report gives none.', datatype: 'string', origin: 'cqc' },
  { name: 'dataset', meaning: 'The national dataset the report names: ASCS, SACE, SALT, ASCOF, SCWE or SAC; empty where the report names none.', datatype: 'string', origin: 'cqc' },
  { name: 'dataset_name', meaning: 'The dataset\'s full name, from this site\'s glossary.', datatype: 'string', origin: 'site' },
  { name: 'dataset_period', meaning: 'The period the report prints with the dataset, as printed ("2023-24", "October 2024"); empty where it prints none.', datatype: 'string', origin: 'cqc' },
  { name: 'source_sentence', meaning: 'The sentence (or two) that states the figure, word for word.', datatype: 'string', origin: 'cqc' },
  { name: 'source_line', meaning: 'The line of this site\'s copy of the report\'s text the sentence is on.', datatype: 'integer', origin: 'site' },
  { name: 'sentence_address', meaning: 'The address on this site of the paragraph holding the sentence.', datatype: 'anyURI', origin: 'site' },
  { name: 'figure_address', meaning: 'The address on this site of the figure in its statement\'s table.', datatype: 'anyURI', origin: 'site' },
  LICENCE_COLUMN,
];

/** The scores CSV, one row per quality statement. */
export const SCORE_COLUMNS: readonly Column[] = [
  ...REPORT_COLUMNS,
  { name: 'theme_number', meaning: 'The theme\'s number, 1 to 4.', datatype: 'integer', origin: 'cqc' },
  { name: 'theme', meaning: 'The theme, titled as in the report.', datatype: 'string', origin: 'cqc' },
  { name: 'statement', meaning: 'The quality statement.', datatype: 'string', origin: 'cqc' },
  { name: 'score', meaning: 'CQC\'s score for it, 1 to 4.', datatype: 'integer', origin: 'cqc' },
  { name: 'score_label', meaning: 'CQC\'s label for the score.', datatype: 'string', origin: 'cqc' },
  { name: 'address', meaning: 'The address of the statement\'s page on this site.', datatype: 'anyURI', origin: 'site' },
  LICENCE_COLUMN,
];

/** What the CSVs need besides the assessment: this site's absolute addresses and the report's address on CQC's website. */
export type DownloadContext = { absolute: (path: string) => string; reportUrl: string | null };

function reportFields(assessment: Assessment, reportUrl: string | null) {
  return { authority: assessment.authority, published: assessment.published, report_url: reportUrl };
}

/** The comparisons CSV of one assessment: a row per figure, in COMPARISON_COLUMNS. */
export function comparisonsCsv(assessment: Assessment, { absolute, reportUrl }: DownloadContext): string {
  const records = assessment.themes.flatMap((theme) => theme.statements.flatMap((statement) =>
    comparisonRows(statement.comparisons, assessment.authority).map(({ comparison: c, differenceText, side }) => {
      const page = sectionPath(assessment, statement);
      return {
        ...reportFields(assessment, reportUrl),
        theme: theme.title,
        statement: statement.name,
        // Stryker disable next-line OptionalChaining: the parser puts every comparison in one of its statement's findings (anchors.ts throws otherwise)
        finding: statement.findings.find((f) => f.slug === c.finding)?.heading ?? null,
        measure: c.metric,
        value_percent: plain(c.valueText),
        england_average_percent: plain(c.englandAverageText),
        [`${SITE_PREFIX}difference_points`]: plain(differenceText),
        [`${SITE_PREFIX}side_of_england_average`]: side === 'level' ? 'equal' : side,
        cqc_wording: c.reportWording,
        dataset: c.dataset,
        dataset_name: c.dataset ? datasetName(c.dataset) : null,
        dataset_period: c.datasetPeriod,
        source_sentence: c.text,
        source_line: c.line,
        sentence_address: absolute(`${page}#${sourceAnchor(statement, c)}`),
        figure_address: absolute(`${page}#${comparisonAnchor(statement, c)}`),
        licence: OGL_ATTRIBUTION_TEXT,
      };
    })));
  return columnsCsv(COMPARISON_COLUMNS, records);
}

/** The scores CSV of one assessment: a row per quality statement, in SCORE_COLUMNS. */
export function scoresCsv(assessment: Assessment, { absolute, reportUrl }: DownloadContext): string {
  const records = assessment.themes.flatMap((theme) => theme.statements.map((s) => ({
    ...reportFields(assessment, reportUrl),
    theme_number: theme.number,
    theme: theme.title,
    statement: s.name,
    score: s.score,
    score_label: s.scoreLabel,
    address: absolute(sectionPath(assessment, s)),
    licence: OGL_ATTRIBUTION_TEXT,
  })));
  return columnsCsv(SCORE_COLUMNS, records);
}

/** What the CSV on the Web metadata of one of the report's CSVs says besides its columns: `what` it holds and its `rows`. */
function reportTable(assessment: Assessment, reportUrl: string | null, { what, rows }: { what: string; rows: string }, columns: readonly Column[]): CsvTable {
  const published = formatDate(assessment.published);
  return {
    title: `${assessment.authority}: ${what}, from CQC's local authority assessment published ${published}`,
    description: `The ${what} in the Care Quality Commission's assessment of ${assessment.authority}'s adult social care, published ${published}, `
      + `as the report prints them: ${rows}, with the report's address on CQC's website and the addresses on this site.`,
    source: reportUrl ?? CQC_WEBSITE,
    date: assessment.published,
    columns,
  };
}

/** The type the CSVs are served as. */
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** Every download of one assessment, with its file name, type and body. */
export function downloadsFor(assessment: Assessment, context: DownloadContext): Download[] {
  return [
    { file: `${assessment.slug}.json`, contentType: 'application/json; charset=utf-8', title: 'The whole assessment (JSON)', body: () => assessmentJson(assessment) },
    {
      file: `${assessment.slug}-comparisons.csv`, contentType: CSV_TYPE, title: 'National figures against the England average (CSV)', body: () => comparisonsCsv(assessment, context),
      table: reportTable(assessment, context.reportUrl, { what: 'national figures against the England average', rows: 'one row per figure set beside an England average (a figure printed twice appears once)' }, COMPARISON_COLUMNS),
    },
    {
      file: `${assessment.slug}-scores.csv`, contentType: CSV_TYPE, title: 'Quality statement scores (CSV)', body: () => scoresCsv(assessment, context),
      table: reportTable(assessment, context.reportUrl, { what: 'quality statement scores', rows: 'one row per quality statement assessed' }, SCORE_COLUMNS),
    },
  ];
}

/** A download's address on this site. */
export function downloadPath(file: string): string {
  return `/downloads/${file}`;
}
