import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConsistencyError, ContentError, parseAssessmentBytes, type Assessment } from '@/lib/assessment';
import { decodeText } from '@/lib/assessment/blocks';
import { GLOSSARY } from '@/lib/glossary';
import { councilContext, nationalEntries, type CouncilContext, type NationalEntry } from '@/lib/national';
import { readRegister, reportUrlOf, type Council, type ContentWarning, type RegisterRow, type ReportFile, type Snapshot, type TextFile } from '@/lib/register';
import { buildSearchIndex, searchDocuments, type SearchIndex } from '@/lib/search';
import { findSection, sectionSlugs, type Section } from '@/lib/view/navigation';

/**
 * The only module that reads content files: every `content/*.txt` is an
 * assessment, every `content/*.csv` part of the ratings register, whose
 * provenance is REGISTER_PROVENANCE. With INCLUDE_TEST_FIXTURES=1 (test builds
 * only) `tests/fixtures/site/` is read the same way. Everything is parsed once
 * per process and exposed through `get...` functions for pages and
 * `generateStaticParams`.
 */

export type ContentFile = ReportFile;
export type ContentCheck = {
  files: ContentFile[];
  rows: RegisterRow[];
  councils: Council[];
  snapshot: Snapshot | null;
  errors: ContentError[];
  warnings: ContentWarning[];
};

export const REGISTER_PROVENANCE = 'content/cqc-local-authority-ratings.md';

type Folder = { name: string; directory: string; pathOf: (name: string) => string };

/**
 * The folders read, as messages name them. Each path is a literal
 * `path.join(process.cwd(), ...)` so Next's file tracing stays inside the folder.
 */
function folders(): Folder[] {
  const content: Folder = {
    name: 'content',
    directory: path.join(process.cwd(), 'content'),
    pathOf: (name) => path.join(process.cwd(), 'content', name),
  };
  const fixtures: Folder = {
    name: 'tests/fixtures/site',
    directory: path.join(process.cwd(), 'tests', 'fixtures', 'site'),
    pathOf: (name) => path.join(process.cwd(), 'tests', 'fixtures', 'site', name),
  };
  return process.env.INCLUDE_TEST_FIXTURES === '1' ? [content, fixtures] : [content];
}

type Found = { file: string; absolute: string };

async function list(extension: string): Promise<Found[]> {
  const found: Found[] = [];
  for (const folder of folders()) {
    const names = (await readdir(folder.directory)).filter((n) => n.endsWith(extension)).sort();
    found.push(...names.map((name) => ({ file: path.posix.join(folder.name, name), absolute: folder.pathOf(name) })));
  }
  return found;
}

/** Runs `read`, keeping a content error in `errors` instead of stopping; other errors are bugs and propagate. */
async function collect<T>(errors: ContentError[], read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    errors.push(error);
    return undefined;
  }
}

async function readReports(errors: ContentError[]): Promise<ContentFile[]> {
  const found = await list('.txt');
  const files: ContentFile[] = [];
  for (const { file, absolute } of found) {
    const assessment = await collect(errors, async () => parseAssessmentBytes(await readFile(absolute), file));
    const twin = assessment && files.find((f) => f.assessment.slug === assessment.slug);
    if (twin && assessment) {
      errors.push(new ConsistencyError(file, assessment.lines.title,
        `expected each content file to hold a different authority, found "${assessment.authority}" again (also in ${twin.file})`));
    } else if (assessment) files.push({ file, assessment });
  }
  if (found.length === 0) errors.push(new ContentError('content', 1, 'expected at least one assessment (content/*.txt), found none'));
  return files;
}

async function readText(errors: ContentError[], { file, absolute }: Found): Promise<TextFile | undefined> {
  return collect(errors, async () => ({ file, text: decodeText(await readFile(absolute), file) }));
}

async function readProvenance(errors: ContentError[]): Promise<TextFile | null> {
  const found = (await list('.md')).find((f) => f.file === REGISTER_PROVENANCE);
  return found ? (await readText(errors, found)) ?? null : null;
}

/** Reads and checks every content file, collecting every report and register problem instead of stopping at the first. */
export async function checkContent(): Promise<ContentCheck> {
  const errors: ContentError[] = [];
  const files = await readReports(errors);
  const csvs: TextFile[] = [];
  for (const found of await list('.csv')) {
    const csv = await readText(errors, found);
    if (csv) csvs.push(csv);
  }
  const provenance = await readProvenance(errors);
  const register = readRegister({ csvs, provenance, provenanceFile: REGISTER_PROVENANCE, reports: files });
  errors.push(...register.errors);
  return { files, rows: register.rows, councils: register.councils, snapshot: register.snapshot, errors, warnings: register.warnings };
}

type Content = Omit<ContentCheck, 'errors' | 'snapshot'> & { snapshot: Snapshot };
let loaded: Promise<Content> | undefined;

/** Everything, read once; a content error fails with every problem listed. */
function getContent(): Promise<Content> {
  loaded ??= checkContent().then(({ errors, snapshot, ...content }) => {
    if (errors.length > 0 || !snapshot) throw new Error(errors.map((e) => e.format()).join('\n'));
    return { ...content, snapshot };
  });
  return loaded;
}

/** All assessments (full reports) with their files, parsed once. */
export async function getContentFiles(): Promise<ContentFile[]> {
  return (await getContent()).files;
}

/** The assessments, newest first, then by authority. */
export async function getAssessments(): Promise<Assessment[]> {
  const files = await getContentFiles();
  return files
    .map((f) => f.assessment)
    .sort((a, b) => b.published.localeCompare(a.published) || a.authority.localeCompare(b.authority));
}

/** One assessment by its slug, or undefined (the page then calls notFound()). */
export async function getAssessment(slug: string): Promise<Assessment | undefined> {
  return (await getAssessments()).find((a) => a.slug === slug);
}

/** Every council, by name: each with its register rows (newest first) and its full report if content/ has one. */
export async function getCouncils(): Promise<Council[]> {
  return (await getContent()).councils;
}

/** One council by its slug (`/<slug>`), or undefined. */
export async function getCouncil(slug: string): Promise<Council | undefined> {
  return (await getCouncils()).find((c) => c.slug === slug);
}

/** The address on CQC's website of an assessment's report (its register row's), or null when the register has none. */
export async function getReportUrl(assessment: Pick<Assessment, 'slug'>): Promise<string | null> {
  const council = await getCouncil(assessment.slug);
  return council ? reportUrlOf(council) : null;
}

/** The register's snapshot: its date, how many rows and councils, and its provenance as markdown. */
export async function getSnapshot(): Promise<Snapshot> {
  return (await getContent()).snapshot;
}

/** Each council with a register row, by its latest row: what the national figures count (lib/national). */
export async function getNationalEntries(): Promise<NationalEntry[]> {
  return nationalEntries(await getCouncils());
}

/** One council among all the others (undefined when it has no register row), with the snapshot the counts are of. */
export async function getCouncilContext(slug: string): Promise<{ context: CouncilContext | undefined; snapshot: Snapshot }> {
  const [entries, snapshot] = await Promise.all([getNationalEntries(), getSnapshot()]);
  return { context: councilContext(entries, slug), snapshot };
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

let searchIndex: Promise<SearchIndex> | undefined;

/** The search index over every assessment, every register council and the glossary, built once per process from the parsed model. */
export function getSearchIndex(): Promise<SearchIndex> {
  searchIndex ??= Promise.all([getAssessments(), getCouncils()])
    .then(([assessments, councils]) => buildSearchIndex(searchDocuments({ assessments, councils, glossary: GLOSSARY })));
  return searchIndex;
}
