import { key, slugify } from '@/lib/assessment/blocks';
import { ConsistencyError, type ContentError } from '@/lib/assessment/errors';
import { where } from './checks';
import { monthOf } from './cross-check';
import type { Council, RegisterRow, ReportFile } from './schema';

/**
 * Every council the site knows: one entry per authority (names compared as
 * the parser compares them), with its register rows newest first and its full
 * report if content/ holds one. A council with a report keeps the report's
 * address; the others get the slug of their newest row's name.
 */
export function buildCouncils(rows: readonly RegisterRow[], reports: readonly ReportFile[]): { councils: Council[]; errors: ContentError[] } {
  const groups = new Map<string, { rows: RegisterRow[]; report: ReportFile | null }>();
  for (const row of rows) {
    const group = groups.get(key(row.authority)) ?? { rows: [], report: null };
    group.rows.push(row);
    groups.set(key(row.authority), group);
  }
  for (const report of reports) {
    const group = groups.get(key(report.assessment.authority)) ?? { rows: [], report: null };
    groups.set(key(report.assessment.authority), { ...group, report });
  }
  const councils: Council[] = [];
  const errors: ContentError[] = [];
  const bySlug = new Map<string, Council>();
  for (const group of groups.values()) {
    const newestFirst = [...group.rows].sort((a, b) => b.published.localeCompare(a.published));
    const reported = group.report?.assessment.authority;
    // Stryker disable next-line OptionalChaining,StringLiteral: a council has a report or at least one row, so one of the two names is there; the fallbacks are for the type checker
    const authority = reported ?? newestFirst[0]?.authority ?? '';
    const council = { slug: group.report?.assessment.slug ?? slugify(authority), authority, rows: newestFirst, report: group.report };
    const twin = bySlug.get(council.slug);
    if (twin) {
      errors.push(slugClash(council, twin));
      continue;
    }
    bySlug.set(council.slug, council);
    councils.push(council);
  }
  return { councils: councils.sort((a, b) => a.authority.localeCompare(b.authority, 'en')), errors };
}

/** `<file>:<line>` where a council first shows: its newest row, else its report's title. */
function placeOf(council: Council): { file: string; line: number } {
  const row = council.rows[0];
  if (row) return row;
  // Stryker disable next-line OptionalChaining,StringLiteral: a council with no row has a report; the fallbacks are for the type checker
  return { file: council.report?.file ?? 'content', line: council.report?.assessment.lines.title ?? 1 };
}

function slugClash(council: Council, twin: Council): ContentError {
  const here = placeOf(council);
  return new ConsistencyError(here.file, here.line,
    `expected each council to have its own address, found /${council.slug} for both "${council.authority}" and "${twin.authority}" (${where(placeOf(twin))})`);
}

/** The address on CQC's website of a council's full report: its register row of the report's month, or null. */
export function reportUrlOf(council: Council): string | null {
  const report = council.report;
  if (!report) return null;
  return council.rows.find((row) => row.published === monthOf(report.assessment))?.reportUrl ?? null;
}
