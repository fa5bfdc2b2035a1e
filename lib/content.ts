import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConsistencyError, ContentError, parseAssessmentBytes, type Assessment } from '@/lib/assessment';
import { buildSearchIndex, searchDocuments, type SearchIndex } from '@/lib/search';

/**
 * The only module that reads files: every `content/*.txt` is an assessment.
 * It parses them once per process (a build's pages share the result) and
 * exposes `get...` functions for pages and `generateStaticParams`.
 */

export type ContentFile = { file: string; assessment: Assessment };
export type ContentCheck = { files: ContentFile[]; errors: ContentError[] };

/** Reads and parses every content file, collecting each file's error instead of stopping at the first. */
export async function checkContent(): Promise<ContentCheck> {
  const directory = path.join(process.cwd(), 'content');
  const names = (await readdir(directory)).filter((name) => name.endsWith('.txt')).sort();
  const files: ContentFile[] = [];
  const errors: ContentError[] = [];
  for (const name of names) {
    const file = path.posix.join('content', name);
    try {
      const assessment = parseAssessmentBytes(await readFile(path.join(process.cwd(), 'content', name)), file);
      const twin = files.find((f) => f.assessment.slug === assessment.slug);
      if (twin) {
        throw new ConsistencyError(file, assessment.lines.title,
          `expected each content file to hold a different authority, found "${assessment.authority}" again (also in ${twin.file})`);
      }
      files.push({ file, assessment });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
    }
  }
  if (names.length === 0) errors.push(new ContentError('content', 1, 'expected at least one assessment (content/*.txt), found none'));
  return { files, errors };
}

let loaded: Promise<ContentFile[]> | undefined;

/** All assessments, parsed once; a content error fails with every problem listed. */
export function getContentFiles(): Promise<ContentFile[]> {
  loaded ??= checkContent().then(({ files, errors }) => {
    if (errors.length > 0) throw new Error(errors.map((e) => e.format()).join('\n'));
    return files;
  });
  return loaded;
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

let searchIndex: Promise<SearchIndex> | undefined;

/** The search index over every assessment, built once per process from the parsed model. */
export function getSearchIndex(): Promise<SearchIndex> {
  searchIndex ??= getAssessments().then((assessments) => buildSearchIndex(searchDocuments(assessments)));
  return searchIndex;
}
