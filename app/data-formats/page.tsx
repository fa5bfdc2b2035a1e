import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getAssessments } from '@/lib/content';
import { SITE_NAME } from '@/lib/site';
import { homeCard } from '@/lib/view/cards';
import { COMPARISON_COLUMNS, SCORE_COLUMNS, type Column } from '@/lib/view/downloads';
import { pageMetadata } from '@/lib/view/metadata';
import { PROVENANCE_PATH } from '@/lib/view/national-meta';
import { REGISTER_COLUMNS_DOC, REGISTER_FILE } from '@/lib/view/register-downloads';
import { OGL_ATTRIBUTION, OGL_URL } from '@/lib/view/sources';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(`Data formats - ${SITE_NAME}`, 'What the JSON and CSV downloads of each assessment contain, column by column.', '/data-formats',
    homeCard((await getAssessments()).length));
}

const JSON_KEYS: readonly Column[] = [
  { name: 'authority, slug, published, rating, overallScore', meaning: 'The council, its address on this site, the publication date (ISO, 2024-08-16), CQC\'s overall rating and the overall score CQC prints under it (null where the report prints none; this site\'s own calculation is not in the JSON).' },
  { name: 'about, peoplesExperiences, strengthsAndNextSteps', meaning: 'The report\'s sections of text, paragraph by paragraph, each with the line it is on.' },
  { name: 'scores', meaning: 'The report\'s list of quality statement scores, each linked to its statement.' },
  { name: 'themes[].statements[]', meaning: 'Each quality statement: name, score, label, what people expect, the commitment, key findings and comparisons.' },
  { name: 'themes[].statements[].comparisons[]', meaning: 'Each national figure: value and England average as numbers and as printed, CQC\'s wording of the comparison (reportWording), the dataset and the period printed with it (datasetPeriod), the source sentence, its line and its finding. A figure from a paragraph the report prints twice has repeatOf set.' },
];

export default function DataFormatsPage() {
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current="Data formats" />
      <h1>Data formats</h1>
      <p className="lead">
        Each assessment&apos;s overview offers three downloads. Figures and words are exactly the report&apos;s: nothing is
        rounded or reworded. CSV files are UTF-8, comma-separated, with a header row; fields holding commas, quotes or
        line breaks are quoted.
      </p>
      <p>
        The reports&apos; text and figures are Crown copyright, published by the Care Quality Commission:{' '}
        <a href={OGL_URL} rel="license">{OGL_ATTRIBUTION}</a>. Each CSV row carries that attribution in its last column,{' '}
        <code>licence</code>. The JSON is exactly the report as the command line prints it, so it carries no attribution
        itself: it is given here and in its documentation, and every download is served with an HTTP header naming the
        licence (<code>Link: &lt;{OGL_URL}&gt;; rel=&quot;license&quot;</code>).
      </p>
      <ColumnTable id="json" heading="The whole assessment (JSON)" columns={JSON_KEYS} first="Keys"
        intro="The same JSON the project's command line prints. Every paragraph and figure carries the line of the report's text it comes from." />
      <ColumnTable id="comparisons" heading="National figures against the England average (CSV)" columns={COMPARISON_COLUMNS} first="Column"
        intro="One row per figure the report sets beside an England average, with whose report it is and where CQC publishes it. A figure the report prints twice appears once. There is no verdict column: where the report itself describes a comparison, cqc_wording gives CQC's words." />
      <ColumnTable id="scores" heading="Quality statement scores (CSV)" columns={SCORE_COLUMNS} first="Column"
        intro="One row per quality statement assessed." />
      <RegisterSection />
    </>
  );
}

/** The ratings register's downloads: every council's rating and scores, with the register's provenance. */
function RegisterSection() {
  return (
    <>
      <ColumnTable id="register" heading="Every council's rating and scores: the ratings register (CSV)" columns={REGISTER_COLUMNS_DOC} first="Column"
        intro={`/downloads/${REGISTER_FILE}.csv, linked from the national page: one row per assessment CQC published, a later assessment of a council being a row of its own. The figures are CQC's, as its reports print them.`} />
      <p>
        The same rows as JSON, <code>/downloads/{REGISTER_FILE}.json</code>: an object with the <code>source</code>,
        the <code>licence</code> and <code>attribution</code>, the <code>snapshot</code> date and how many <code>councils</code>,
        the register&apos;s <code>provenance</code> as Markdown, and <code>assessments</code>, each with <code>authority</code>,{' '}
        <code>rating</code> (null where not recorded), <code>published</code>, <code>reportUrl</code>, <code>scores</code> (by
        quality statement, null where not scored) and <code>address</code>. <a href={PROVENANCE_PATH}>Where the figures come
        from</a>.
      </p>
    </>
  );
}

type ColumnTableProps = { id: string; heading: string; intro: string; columns: readonly Column[]; first: string };

function ColumnTable({ id, heading, intro, columns, first }: ColumnTableProps) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <p>{intro}</p>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="format-table">
          <caption id={`${id}-caption`}>{heading}: {first.toLowerCase()}s</caption>
          <thead><tr><th scope="col">{first}</th><th scope="col">Meaning</th></tr></thead>
          <tbody>
            {columns.map((c) => (
              <tr key={c.name}><th scope="row"><code>{c.name}</code></th><td>{c.meaning}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
