import { readFile } from 'node:fs/promises';
import { parseAssessment } from '@/lib/assessment';

/** A page the audit runs Lighthouse on: a label for the table and its path on the site. */
export type AuditedPage = { label: string; path: string };

const CONTENT_FILE = 'content/london-borough-of-harrow.txt';
const THEME_SLUG = 'providing-support';

/**
 * The three pages the targets are set for: the overview, one theme page, and
 * the statement page with the most HTML, since a long page is where a
 * performance or DOM-size problem shows first.
 */
export async function choosePages(origin: string): Promise<AuditedPage[]> {
  const assessment = parseAssessment(await readFile(CONTENT_FILE, 'utf8'), CONTENT_FILE);
  const authority = `/${assessment.slug}`;
  if (!assessment.themes.some((theme) => theme.slug === THEME_SLUG)) {
    throw new Error(`${CONTENT_FILE} has no theme "${THEME_SLUG}" to audit`);
  }
  const statementPaths = assessment.themes.flatMap((t) => t.statements.map((s) => `${authority}/${s.slug}`));
  const largest = await largestPage(origin, statementPaths);
  return [
    { label: 'overview', path: authority },
    { label: 'theme', path: `${authority}/${THEME_SLUG}` },
    { label: `largest statement (${Math.round(largest.bytes / 1024)} KiB of HTML)`, path: largest.path },
  ];
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
  if (!largest) throw new Error(`${CONTENT_FILE} has no quality statements to audit`);
  return largest;
}
