import { SITE_NAME } from '@/lib/site';
import { ORIGINS, SITE_PREFIX, meaningOf, type Column, type CsvTable } from './columns';
import { downloadPath, type Download } from './downloads';
import { OGL_ATTRIBUTION, OGL_URL } from './sources';

/**
 * CSV on the Web metadata (W3C, "Metadata Vocabulary for Tabular Data",
 * https://www.w3.org/TR/tabular-metadata/) for each CSV the site offers, as
 * the UK government's guidance on publishing tabular data recommends: a JSON
 * file named `<file>-metadata.json` beside the CSV (the name CSVW's default
 * way of locating metadata looks for) giving its title, description, source,
 * licence, publisher and date, and each column's meaning and datatype. It is
 * made from the same column list as the CSV's header (lib/view/columns.ts).
 */

const METADATA_SUFFIX = '-metadata.json';

/** The metadata file of a CSV: `cqc-local-authority-ratings.csv-metadata.json`. */
export function metadataFile(file: string): string {
  return `${file}${METADATA_SUFFIX}`;
}

/** The media type CSVW registers for metadata documents. */
export const CSVW_TYPE = 'application/csvm+json; charset=utf-8';

/**
 * A column's CSVW name: the header's own, with "-" (which a CSVW name may not
 * hold, being a URI template variable) as "_". Its `titles` keep the header
 * exactly, which is what ties the column to the CSV.
 */
export function csvwName(header: string): string {
  return header.replace(/-/g, '_');
}

function columnDescription(column: Column) {
  return {
    name: csvwName(column.name),
    titles: column.name,
    'dc:description': meaningOf(column),
    datatype: column.datatype,
    'dc:creator': ORIGINS[column.origin].creator,
  };
}

/** What the metadata needs besides the table: this site's absolute addresses and who runs it (SITE_OWNER), if anyone is named. */
export type MetadataContext = { absolute: (path: string) => string; owner: string | null };

/** The CSVW metadata of one CSV, as an object. */
export function csvwMetadata(file: string, table: CsvTable, { absolute, owner }: MetadataContext) {
  const calculated = table.columns.filter((c) => c.origin === 'calculated');
  const note = calculated.length === 0 ? ''
    : ` Columns whose names start ${SITE_PREFIX} (${calculated.map((c) => c.name).join(', ')}) are this site's calculations from CQC's figures, not figures CQC publishes.`;
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    url: absolute(downloadPath(file)),
    'dc:title': table.title,
    'dc:description': `${table.description}${note}`,
    'dc:source': { '@id': table.source },
    'dc:license': { '@id': OGL_URL },
    'dc:rights': `${OGL_ATTRIBUTION}. The figures and words are the Care Quality Commission's, Crown copyright; this site is not CQC's.`,
    'dc:publisher': { 'schema:name': owner ?? SITE_NAME, 'schema:url': { '@id': absolute('/') } },
    'dc:date': { '@value': table.date, '@type': 'xsd:date' },
    tableSchema: { columns: table.columns.map(columnDescription) },
  };
}

/** The metadata download of a CSV download, written only when served. */
export function metadataDownload(csv: Download & { table: CsvTable }, context: MetadataContext): Download {
  return {
    file: metadataFile(csv.file),
    contentType: CSVW_TYPE,
    title: `What the columns of ${csv.file} mean (CSV on the Web metadata, JSON)`,
    body: () => `${JSON.stringify(csvwMetadata(csv.file, csv.table, context), null, 2)}\n`,
  };
}

/** The metadata file of each CSV among these downloads. */
export function metadataFiles(downloads: Iterable<Download>): string[] {
  return [...downloads].flatMap((d) => (d.table ? [metadataFile(d.file)] : []));
}

/** The metadata download named `file`, made from its CSV among these downloads; undefined when `file` is no CSV's metadata. */
export function metadataFor(downloads: ReadonlyMap<string, Download>, file: string, context: MetadataContext): Download | undefined {
  const csv = file.endsWith(METADATA_SUFFIX) ? downloads.get(file.slice(0, -METADATA_SUFFIX.length)) : undefined;
  return csv?.table ? metadataDownload({ ...csv, table: csv.table }, context) : undefined;
}
