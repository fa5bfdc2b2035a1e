import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getAssessments } from '@/lib/content';
import { SITE_NAME } from '@/lib/site';
import { homeCard } from '@/lib/view/cards';
import { DATATYPE_WORDS, ORIGINS, SITE_PREFIX, meaningOf, type Column } from '@/lib/view/columns';
import { metadataFile } from '@/lib/view/csvw';
import { COMPARISON_COLUMNS, SCORE_COLUMNS, downloadPath } from '@/lib/view/downloads';
import { pageMetadata } from '@/lib/view/metadata';
import { NATIONAL_PATH, PROVENANCE_PATH } from '@/lib/view/national-meta';
import { REGISTER_COLUMNS_DOC, REGISTER_FILE } from '@/lib/view/register-downloads';
import { OGL_ATTRIBUTION, OGL_URL } from '@/lib/view/sources';

/** The UK government's guidance on publishing tabular data, which recommends CSV on the Web metadata beside each CSV. */
const GOV_UK_TABULAR = 'https://www.gov.uk/guidance/publishing-your-tabular-data';
const CSVW_SPEC = 'https://www.w3.org/TR/tabular-metadata/';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(`Data formats - ${SITE_NAME}`, 'What the CSV and JSON downloads contain, column by column, whose each figure is, and the CSV on the Web description of each CSV.', '/data-formats',
    homeCard((await getAssessments()).length));
}

/** The report's JSON, described by its keys (docs/json-format.md has every key). */
const JSON_KEYS: readonly Pick<Column, 'name' | 'meaning'>[] = [
  { name: 'authority, slug, published, rating, overallScore', meaning: 'The council, its address on this site, the publication date (ISO, 2024-08-16), CQC\'s overall rating and the overall score CQC prints under it (null where the report prints none; this site\'s own calculation is not in the JSON).' },
  { name: 'about, peoplesExperiences, strengthsAndNextSteps', meaning: 'The report\'s sections of text, paragraph by paragraph, each with the line it is on.' },
  { name: 'scores', meaning: 'The report\'s list of quality statement scores, each linked to its statement.' },
  { name: 'themes[].statements[]', meaning: 'Each quality statement: name, score, label, what people expect, the commitment, key findings and comparisons.' },
  { name: 'themes[].statements[].comparisons[]', meaning: 'Each national figure: value and England average as numbers and as printed, CQC\'s wording of the comparison (reportWording), the dataset and the period printed with it (datasetPeriod), the source sentence, its line and its finding. A figure from a paragraph the report prints twice has repeatOf set.' },
];

/** A CSV's file and its metadata file, as links. */
function CsvLinks({ file }: { file: string }) {
  return (
    <>
      <a href={downloadPath(file)}><code>{file}</code></a> (its description for software:{' '}
      <a href={downloadPath(metadataFile(file))}><code>{metadataFile(file)}</code></a>)
    </>
  );
}

export default async function DataFormatsPage() {
  const example = (await getAssessments())[0];
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current="Data formats" />
      <h1>Data formats</h1>
      <p className="lead">
        The site offers its figures as files to download: every council&apos;s rating and scores in one file, and for each council
        whose full report is on this site, its national figures and its scores. Figures and words are exactly CQC&apos;s: nothing is
        rounded or reworded. CSV files are UTF-8, comma-separated, with a header row; fields holding commas, quotes or line breaks
        are quoted.
      </p>
      <p>
        The reports&apos; text and figures are Crown copyright, published by the Care Quality Commission:{' '}
        <a href={OGL_URL} rel="license">{OGL_ATTRIBUTION}</a>. Each CSV row carries that attribution in its last column,{' '}
        <code>licence</code>, and every file is served with a note of the licence that software can read.
      </p>
      <p>
        Each CSV has a description for software beside it, a file named like the CSV with <code>-metadata.json</code> added, in the
        W3C&apos;s <a href={CSVW_SPEC}>CSV on the Web</a> format: it gives the file&apos;s title, source, licence and date, and for each
        column its meaning and the kind of value it holds, as the <a href={GOV_UK_TABULAR}>UK government&apos;s guidance on publishing
        tabular data</a> recommends.
      </p>
      <p>
        The tables below say whose each column is, in the column <q>Whose</q>: <strong>{ORIGINS.cqc.label}</strong> for CQC&apos;s
        words and figures as its reports print them; <strong>{ORIGINS.calculated.label}</strong> for what this site works out from
        CQC&apos;s figures, never a figure CQC publishes, whose names start <code>{SITE_PREFIX}</code> so a spreadsheet shows it too;{' '}
        <strong>{ORIGINS.site.label}</strong> for what this site adds (its own addresses, the licence, where a result was found); and{' '}
        <strong>{ORIGINS.councils.label}</strong> for the council&apos;s code, region and type, from the Office for National Statistics
        and the Department for Education.
      </p>
      <ColumnTable id="register" heading="Every council's rating and scores (CSV)" first="Column" headings={CSV_HEADINGS} rows={csvRows(REGISTER_COLUMNS_DOC)}
        intro={<>
          <CsvLinks file={`${REGISTER_FILE}.csv`} />, linked from the <a href={NATIONAL_PATH}>national page</a>. Every council in
          England with adult social care duties, with each result CQC published for it: one row per result, each council&apos;s oldest
          first, and one row with the result&apos;s columns empty for a council with no published result yet. The results are those of
          the ratings register, a snapshot of CQC&apos;s published results, and those published after it that this site found
          stated by a named source (CQC, the council or local press), which the <code>source</code> column names. Councils outside
          England&apos;s list are not in it. <a href={PROVENANCE_PATH}>Where the figures come from</a>.
        </>} />
      <p>
        The same rows as JSON, <a href={downloadPath(`${REGISTER_FILE}.json`)}><code>{REGISTER_FILE}.json</code></a>: an object with
        the <code>source</code>, the <code>licence</code> and <code>attribution</code>, the register&apos;s <code>snapshot</code> date
        and how many <code>councils</code> it holds, how many councils are in England (<code>councilsInEngland</code>) and how many have
        a published result (<code>councilsWithResult</code>), the register&apos;s <code>provenance</code> as Markdown, and{' '}
        <code>assessments</code>, one for each row of the CSV, each with <code>authority</code>, <code>gssCode</code>,{' '}
        <code>region</code>, <code>type</code>, <code>rating</code>, <code>overallScoreCqc</code>, <code>published</code>,{' '}
        <code>reportUrl</code>, <code>scores</code> (by quality statement), <code>source</code> and <code>address</code>, meaning what
        the CSV&apos;s columns mean; each is null where the CSV&apos;s cell is empty, and <code>scores</code> is null for a council with
        no published result.
      </p>
      <ColumnTable id="comparisons" heading="National figures against the England average (CSV)" first="Column" headings={CSV_HEADINGS} rows={csvRows(COMPARISON_COLUMNS)}
        intro={<>
          <code>&lt;council&gt;-comparisons.csv</code>, on each full report&apos;s overview{example && <>, for example{' '}
          <CsvLinks file={`${example.slug}-comparisons.csv`} /></>}. One row per figure the report sets beside an England average,
          with whose report it is and where CQC publishes it. A figure the report prints twice appears once. There is no verdict
          column: where the report itself describes a comparison, <code>cqc_wording</code> gives CQC&apos;s words.
        </>} />
      <ColumnTable id="scores" heading="Quality statement scores (CSV)" first="Column" headings={CSV_HEADINGS} rows={csvRows(SCORE_COLUMNS)}
        intro={<>
          <code>&lt;council&gt;-scores.csv</code>, on each full report&apos;s overview{example && <>, for example{' '}
          <CsvLinks file={`${example.slug}-scores.csv`} /></>}. One row per quality statement assessed.
        </>} />
      <ColumnTable id="json" heading="The whole assessment (JSON)" first="Key" headings={['Meaning']} rows={JSON_KEYS.map((k) => ({ name: k.name, cells: [k.meaning] }))}
        intro={<><code>&lt;council&gt;.json</code>, on each full report&apos;s overview: the whole report. Every paragraph and figure
          carries the line of the report&apos;s text it comes from, so each can be checked against the source.</>} />
      <section aria-labelledby="developers">
        <h2 id="developers">For developers</h2>
        <ul>
          <li>A report&apos;s JSON is byte for byte what the project&apos;s command line prints for the report&apos;s text
            (<code>npm run --silent parse -- &lt;file&gt;</code>); <code>docs/json-format.md</code> in the source describes every key.
            It carries no attribution itself: every download is served with the header{' '}
            <code>Link: &lt;{OGL_URL}&gt;; rel=&quot;license&quot;</code>.</li>
          <li>The CSV on the Web metadata is served as <code>application/csvm+json</code> at the CSV&apos;s address with{' '}
            <code>-metadata.json</code> added, the name CSV on the Web looks for by default. Each column&apos;s <code>titles</code> is
            its header exactly; its <code>name</code> is the header with <code>-</code> as <code>_</code>, as CSV on the Web names
            require. Its <code>dc:creator</code> names whose the values are.</li>
        </ul>
      </section>
    </>
  );
}

/** A CSV's columns as the tables show them: the meaning, the kind of value, and whose it is (this site's calculations in bold). */
function csvRows(columns: readonly Column[]): TableRow[] {
  return columns.map((c) => ({
    name: c.name,
    cells: [meaningOf(c), DATATYPE_WORDS[c.datatype], c.origin === 'calculated' ? <strong>{ORIGINS.calculated.label}</strong> : ORIGINS[c.origin].label],
  }));
}

const CSV_HEADINGS = ['Meaning', 'Kind of value', 'Whose'];

type TableRow = { name: string; cells: ReactNode[] };
type ColumnTableProps = { id: string; heading: string; intro: ReactNode; first: string; headings: readonly string[]; rows: readonly TableRow[] };

/** A file's columns or keys, one row each, named in the first column. */
function ColumnTable({ id, heading, intro, first, headings, rows }: ColumnTableProps) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <p>{intro}</p>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="format-table">
          <caption id={`${id}-caption`}>{heading}: {first.toLowerCase()}s</caption>
          <thead><tr><th scope="col">{first}</th>{headings.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}><th scope="row"><code>{row.name}</code></th>{row.cells.map((cell, i) => <td key={headings[i]}>{cell}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
