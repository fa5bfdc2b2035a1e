import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConsistencyError, ContentError, parseAssessmentBytes } from '@/lib/assessment';
import { decodeText } from '@/lib/assessment/blocks';
import { provenanceFileOf, readRegister, type Council, type ContentWarning, type DataFile, type DataProvenance, type RegisterRow, type ReportFile, type Snapshot, type TextFile } from '@/lib/register';

/**
 * The only module that reads content files: every `content/*.txt` is an
 * assessment, every `content/*.csv` part of the ratings register, whose
 * provenance is REGISTER_PROVENANCE. With INCLUDE_TEST_FIXTURES=1 (test builds
 * only) `tests/fixtures/site/` is read the same way. lib/content.ts caches
 * the result for the pages.
 */

export type ContentFile = ReportFile;
export type ContentCheck = {
  files: ContentFile[];
  rows: RegisterRow[];
  councils: Council[];
  snapshot: Snapshot | null;
  /** The provenance of England's councils and of the later results, as the site shows it. */
  provenances: DataProvenance[];
  errors: ContentError[];
  warnings: ContentWarning[];
};

export const REGISTER_PROVENANCE = 'content/cqc-local-authority-ratings.md';
/** England's councils, with their codes, regions and types, and the results published after the register's snapshot; each with its provenance beside it (`.md`). */
export const ENGLAND_FILE = 'content/councils-england.csv';
export const LATER_FILE = 'content/cqc-later-results.csv';

/** A folder of content: its name as messages give it, where it is, and the path of a file in it. */
export type ContentFolder = { name: string; directory: string; pathOf: (name: string) => string };

/**
 * The folders read, as messages name them. Each path is a literal
 * `path.join(process.cwd(), ...)` so Next's file tracing stays inside the folder.
 */
function folders(): ContentFolder[] {
  const content: ContentFolder = {
    name: 'content',
    directory: path.join(process.cwd(), 'content'),
    pathOf: (name) => path.join(process.cwd(), 'content', name),
  };
  const fixtures: ContentFolder = {
    name: 'tests/fixtures/site',
    directory: path.join(process.cwd(), 'tests', 'fixtures', 'site'),
    pathOf: (name) => path.join(process.cwd(), 'tests', 'fixtures', 'site', name),
  };
  return process.env.INCLUDE_TEST_FIXTURES === '1' ? [content, fixtures] : [content];
}

export type Found = { file: string; absolute: string };

/** A folder's files in name order, whatever order the file system lists them in, so messages and pages do not depend on it. */
export function filesIn(folder: ContentFolder, names: readonly string[]): Found[] {
  return [...names].sort().map((name) => ({ file: path.posix.join(folder.name, name), absolute: folder.pathOf(name) }));
}

async function list(from: readonly ContentFolder[]): Promise<Found[]> {
  const found: Found[] = [];
  for (const folder of from) found.push(...filesIn(folder, await readdir(folder.directory)));
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

async function readReports(errors: ContentError[], found: readonly Found[]): Promise<ContentFile[]> {
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

/**
 * Reads and checks every content file, collecting every report and register
 * problem instead of stopping at the first. `from` is for tests: the build
 * reads content/ (and the site fixtures in test builds).
 */
export async function checkContent(from: readonly ContentFolder[] = folders()): Promise<ContentCheck> {
  const errors: ContentError[] = [];
  const found = await list(from);
  const files = await readReports(errors, found.filter((f) => f.file.endsWith('.txt')));
  const texts = async (wanted: readonly Found[]) => {
    const read: TextFile[] = [];
    for (const found of wanted) {
      const text = await readText(errors, found);
      if (text) read.push(text);
    }
    return read;
  };
  const named = async (file: string) => (await texts(found.filter((f) => f.file === file)))[0] ?? null;
  const data = async (name: string): Promise<DataFile> => ({ name, csv: await named(name), provenance: await named(provenanceFileOf(name)) });
  const csvs = await texts(found.filter((f) => f.file.endsWith('.csv') && f.file !== ENGLAND_FILE && f.file !== LATER_FILE));
  const register = readRegister({
    csvs, provenance: await named(REGISTER_PROVENANCE), provenanceFile: REGISTER_PROVENANCE,
    england: await data(ENGLAND_FILE), later: await data(LATER_FILE), reports: files,
  });
  errors.push(...register.errors);
  return {
    files, rows: register.rows, councils: register.councils, snapshot: register.snapshot, provenances: register.provenances,
    errors, warnings: register.warnings,
  };
}
