import { readFile } from 'node:fs/promises';
import { parseAssessment } from '@/lib/assessment';
import { COUNCIL_TYPES, REGIONS } from '@/lib/register/schema';
import { RATING_FILTERS, ratingPath } from '@/lib/view/councils';
import { regionPath, typePath } from '@/lib/view/england';
import type { PageKind } from './targets';

/**
 * A page the audit runs Lighthouse on: a label for the table, its path on the
 * site, and its kind, which sets its targets (scripts/audit/targets.ts).
 */
export type AuditedPage = { label: string; path: string; kind: PageKind };

const CONTENT_FILE = 'content/london-borough-of-harrow.txt';
const THEME_SLUG = 'providing-support';


/**
 * The pages the targets are set for: a report's overview, one theme page and
 * its statement page with the most HTML, since a long page is where a
 * performance or DOM-size problem shows first; then the lists of councils:
 * `/` (every council) and the largest list by rating, by region and by kind.
 */
export async function choosePages(origin: string): Promise<AuditedPage[]> {
  const assessment = parseAssessment(await readFile(CONTENT_FILE, 'utf8'), CONTENT_FILE);
  const authority = `/${assessment.slug}`;
  if (!assessment.themes.some((theme) => theme.slug === THEME_SLUG)) {
    throw new Error(`${CONTENT_FILE} has no theme "${THEME_SLUG}" to audit`);
  }
  const statementPaths = assessment.themes.flatMap((t) => t.statements.map((s) => `${authority}/${s.slug}`));
  const largest = await largestPage(origin, statementPaths);
  const list = async (kind: string, paths: string[]) => {
    const page = await largestPage(origin, paths);
    return { label: `largest ${kind} list (${kib(page.bytes)})`, path: page.path, kind: 'list' as const };
  };
  const home = await largestPage(origin, ['/']);
  return [
    { label: 'overview', path: authority, kind: 'report' },
    { label: 'theme', path: `${authority}/${THEME_SLUG}`, kind: 'report' },
    { label: `largest statement (${kib(largest.bytes)})`, path: largest.path, kind: 'report' },
    { label: `every council (${kib(home.bytes)})`, path: '/', kind: 'list' },
    await list('rating', RATING_FILTERS.map(ratingPath)),
    await list('region', REGIONS.map(regionPath)),
    await list('kind', COUNCIL_TYPES.map(typePath)),
  ];
}

function kib(bytes: number): string {
  return `${Math.round(bytes / 1024)} KiB of HTML`;
}

/** Fetches each page as served and returns the one with the most bytes of HTML. */
async function largestPage(origin: string, paths: string[]): Promise<{ path: string; bytes: number }> {
  let largest: { path: string; bytes: number } | undefined;
  for (const path of paths) {
    const response = await fetch(`${origin}${path}`);
    if (!response.ok) throw new Error(`${path} answered ${response.status}, expected 200`);
    const bytes = (await response.arrayBuffer()).byteLength;
    if (!largest || bytes > largest.bytes) largest = { path, bytes };
  }
  if (!largest) throw new Error(`no page to audit among ${paths.join(', ')}`);
  return largest;
}
