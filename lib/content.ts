import type { Assessment } from '@/lib/assessment';
import { checkContent, type ContentCheck, type ContentFile } from '@/lib/content-check';
import { GLOSSARY } from '@/lib/glossary';
import { councilContext, nationalEntries, type CouncilContext, type NationalEntry } from '@/lib/national';
import { englandOf, reportUrlOf, type Council, type DataProvenance, type EnglandCouncil, type Snapshot } from '@/lib/register';
import { indexSources, type IndexSources } from '@/lib/search/sources';
import { absoluteUrl, siteOperator } from '@/lib/site';
import { metadataFiles, metadataFor } from '@/lib/view/csvw';
import { downloadsFor, type Download } from '@/lib/view/downloads';
import { findSection, sectionSlugs, type Section } from '@/lib/view/navigation';
import { registerDownloads } from '@/lib/view/register-downloads';

/**
 * The content, read and checked once per process (lib/content-check.ts) and
 * exposed through `get...` functions for pages and `generateStaticParams`.
 */

export { REGISTER_PROVENANCE, checkContent, type ContentCheck, type ContentFile } from '@/lib/content-check';

type Content = Omit<ContentCheck, 'errors' | 'snapshot'> & { snapshot: Snapshot };
let loaded: Promise<Content> | undefined;

/** The checked content the site is built from; a content error fails with every problem listed, one a line. */
export function usableContent({ errors, snapshot, ...content }: ContentCheck): Content {
  if (errors.length > 0 || !snapshot) throw new Error(errors.map((e) => e.format()).join('\n'));
  return { ...content, snapshot };
}

/** Everything, read once. */
function getContent(): Promise<Content> {
  loaded ??= checkContent().then(usableContent);
  return loaded;
}

/**
 * What the pages look things up by, worked out once per process: each page of
 * a build of England's councils asks for one council or one download, and its
 * cost must not grow with how many there are.
 */
type Lookups = {
  assessments: Assessment[];
  councils: Map<string, Council>;
  entries: NationalEntry[];
  england: EnglandCouncil[];
  downloads: Map<string, Download>;
};
let lookups: Promise<Lookups> | undefined;

function getLookups(): Promise<Lookups> {
  lookups ??= getContent().then(({ files, councils, snapshot }) => {
    const bySlug = new Map(councils.map((c) => [c.slug, c]));
    const assessments = newestFirst(files.map((f) => f.assessment));
    const reportUrl = (slug: string) => {
      const council = bySlug.get(slug);
      return council ? reportUrlOf(council) : null;
    };
    const downloads = [
      ...assessments.flatMap((a) => downloadsFor(a, { absolute: absoluteUrl, reportUrl: reportUrl(a.slug) })),
      ...registerDownloads(councils, snapshot, absoluteUrl),
    ];
    return {
      assessments, councils: bySlug, entries: nationalEntries(councils), england: englandOf(councils),
      downloads: new Map(downloads.map((d) => [d.file, d])),
    };
  });
  return lookups;
}

/** Assessments in the order the site lists them: newest first, then by authority. */
export function newestFirst<T extends Pick<Assessment, 'published' | 'authority'>>(assessments: readonly T[]): T[] {
  return [...assessments].sort((a, b) => b.published.localeCompare(a.published) || a.authority.localeCompare(b.authority));
}

/** The assessments, newest first, then by authority. */
export async function getAssessments(): Promise<Assessment[]> {
  return (await getLookups()).assessments;
}

/** One assessment by its slug, or undefined (the page then calls notFound()). */
export async function getAssessment(slug: string): Promise<Assessment | undefined> {
  return (await getCouncil(slug))?.report?.assessment;
}

/** Every council, by name: each with its register rows (newest first) and its full report if content/ has one. */
export async function getCouncils(): Promise<Council[]> {
  return (await getContent()).councils;
}

/** One council by its slug (`/<slug>`), or undefined. */
export async function getCouncil(slug: string): Promise<Council | undefined> {
  return (await getLookups()).councils.get(slug);
}

/** The address on CQC's website of an assessment's report (its register row's), or null when the register has none. */
export async function getReportUrl(assessment: Pick<Assessment, 'slug'>): Promise<string | null> {
  const council = await getCouncil(assessment.slug);
  return council ? reportUrlOf(council) : null;
}

/** The provenance of England's councils and of the later results, as markdown, each with its file. */
export async function getProvenances(): Promise<DataProvenance[]> {
  return (await getContent()).provenances;
}

/** The register's snapshot: its date, how many rows and councils, and its provenance as markdown. */
export async function getSnapshot(): Promise<Snapshot> {
  return (await getContent()).snapshot;
}

/** Each council with a register row, by its latest row: what the national figures count (lib/national). */
export async function getNationalEntries(): Promise<NationalEntry[]> {
  return (await getLookups()).entries;
}

/** England's councils as content/councils-england.csv lists them: what the counts by kind and region count in all. */
export async function getEnglandCouncils(): Promise<EnglandCouncil[]> {
  return (await getLookups()).england;
}

/** One council among all the others, those of its kind and those of its region (undefined when it has no result), with the snapshot the counts are of. */
export async function getCouncilContext(slug: string): Promise<{ context: CouncilContext | undefined; snapshot: Snapshot }> {
  const [entries, snapshot, england] = await Promise.all([getNationalEntries(), getSnapshot(), getEnglandCouncils()]);
  return { context: councilContext(entries, slug, england), snapshot };
}

/** A theme or statement page's data: the assessment and the section at `section`, or undefined (notFound()). */
export async function getSection(authority: string, section: string): Promise<{ assessment: Assessment; section: Section } | undefined> {
  const assessment = await getAssessment(authority);
  const found = assessment && findSection(assessment, section);
  return assessment && found ? { assessment, section: found } : undefined;
}

/** Every council's page params (an overview where content/ holds the report, else a summary), for generateStaticParams. */
export async function getAuthorityParams(): Promise<{ authority: string }[]> {
  return (await getCouncils()).map((c) => ({ authority: c.slug }));
}

/** Every theme and statement page's params, for generateStaticParams. */
export async function getSectionParams(): Promise<{ authority: string; section: string }[]> {
  return (await getAssessments()).flatMap((a) => sectionSlugs(a).map((section) => ({ authority: a.slug, section })));
}

/** The file names of every download: each report's, then the register's, then each CSV's CSV on the Web metadata. */
export async function getDownloadFiles(): Promise<string[]> {
  const { downloads } = await getLookups();
  return [...downloads.keys(), ...metadataFiles(downloads.values())];
}

/** One download by its file name (a CSV's metadata is made from its CSV's), or undefined; nothing is written until its body is asked for. */
export async function getDownload(file: string): Promise<Download | undefined> {
  const { downloads } = await getLookups();
  return downloads.get(file) ?? metadataFor(downloads, file, { absolute: absoluteUrl, owner: siteOperator().owner });
}

/**
 * What the build writes into the search index (scripts/build-search-index.ts):
 * every full report's documents (newest first, the order of the "In" filter),
 * every register council and the glossary.
 */
export async function getIndexSources(): Promise<IndexSources> {
  const content = await getContent();
  const files = newestFirst(content.files.map((f) => ({ ...f, published: f.assessment.published, authority: f.assessment.authority })));
  return indexSources(files, content.councils, GLOSSARY);
}
