import { key, slugify } from '@/lib/assessment/blocks';
import { ConsistencyError, type ContentError } from '@/lib/assessment/errors';
import { present } from '@/lib/present';
import { where } from './checks';
import { monthOf } from './cross-check';
import type { LaterRow } from './later';
import type { ContentWarning, Council, EnglandCouncil, RegisterRow, ReportFile } from './schema';

/**
 * Every council the site knows, joined by the councils file
 * (content/councils-england.csv), never by a fuzzy reading of names: a
 * register row by its `register_authority` (as the parser compares names); a later
 * result by its ONS code; a full report by its title, which must be one of
 * the council's names exactly (as the parser compares names). A report of a
 * council outside England's list still gets its pages, with a warning.
 *
 * A council's address is its full report's (a report's pages live under
 * it), else the slug of its official name. Every other name it goes by (the
 * register's spelling, its official name) that gives another slug is an
 * alias, which redirects there (next.config.ts).
 */

export type CouncilSources = {
  rows: readonly RegisterRow[];
  later: readonly LaterRow[];
  england: readonly EnglandCouncil[];
  reports: readonly ReportFile[];
};

export type CouncilJoin = { councils: Council[]; errors: ContentError[]; warnings: ContentWarning[] };

type Draft = { england: EnglandCouncil | null; rows: RegisterRow[]; report: ReportFile | null };

/**
 * Register rows to their councils by `register_authority`, compared as the
 * parser compares names (case, spacing and the kind of apostrophe aside, so
 * the same name typed twice is one council); a row no council claims is an
 * error at its line.
 */
function joinRegister(rows: readonly RegisterRow[], drafts: ReadonlyMap<EnglandCouncil, Draft>, file: string): ContentError[] {
  const byName = new Map([...drafts.keys()].flatMap((c) => (c.registerAuthority === null ? [] : [[key(c.registerAuthority), c] as const])));
  const errors: ContentError[] = [];
  for (const row of rows) {
    const council = byName.get(key(row.authority));
    const draft = council && drafts.get(council);
    if (draft) draft.rows.push(row);
    else errors.push(new ConsistencyError(row.file, row.line, `"${row.authority}": expected a council of ${file} whose register_authority is this name, found none`));
  }
  return errors;
}

/**
 * Councils whose `register_authority` names no row of the register: each an
 * error at its line. (Run only on a register read without errors: a row that
 * failed to parse would be reported twice.)
 */
export function unclaimedNames(england: readonly EnglandCouncil[], rows: readonly RegisterRow[]): ContentError[] {
  const named = new Set(rows.map((r) => key(r.authority)));
  return england.flatMap((council) => (council.registerAuthority !== null && !named.has(key(council.registerAuthority))
    ? [new ConsistencyError(council.file, council.line, `column "register_authority": expected a council the ratings register names "${council.registerAuthority}", found no such row`)]
    : []));
}

/** Later results to their councils by ONS code; the name must be the council's own. */
function joinLater(later: readonly LaterRow[], drafts: ReadonlyMap<EnglandCouncil, Draft>, file: string): ContentError[] {
  const byCode = new Map([...drafts].map(([council, draft]) => [council.gssCode, { council, draft }]));
  const errors: ContentError[] = [];
  for (const { gssCode, row } of later) {
    const found = byCode.get(gssCode);
    if (!found) {
      errors.push(new ConsistencyError(row.file, row.line, `column "gss_code": expected the code of a council in ${file}, found "${gssCode}"`));
    } else if (row.authority !== found.council.name && row.authority !== found.council.registerAuthority) {
      errors.push(new ConsistencyError(row.file, row.line, `column "authority": expected "${found.council.name}", the name of ${gssCode} (${where(found.council)}), found "${row.authority}"`));
    } else {
      found.draft.rows.push(row);
    }
  }
  return errors;
}

/** The names a report's title may be to be a council's: official, short and the register's, as the parser compares names. */
function namesOf(council: EnglandCouncil): string[] {
  return [council.name, council.shortName, council.registerAuthority].filter((name) => name !== null).map(key);
}

/** Full reports to their councils by title; a report of no council on the list makes a council of its own (in `outside`), with a warning. */
function joinReports(reports: readonly ReportFile[], drafts: ReadonlyMap<EnglandCouncil, Draft>, outside: Draft[], file: string): { errors: ContentError[]; warnings: ContentWarning[] } {
  const byName = new Map([...drafts.keys()].flatMap((council) => namesOf(council).map((name) => [name, council] as const)));
  const errors: ContentError[] = [];
  const warnings: ContentWarning[] = [];
  for (const report of reports) {
    const council = byName.get(key(report.assessment.authority));
    const draft = council && drafts.get(council);
    if (!draft) {
      outside.push({ england: null, rows: [], report });
      warnings.push({ file: report.file, message: `"${report.assessment.authority}" is none of England's councils in ${file}: its pages are built, but it is counted in no figure for England` });
    } else if (draft.report) {
      errors.push(new ConsistencyError(report.file, report.assessment.lines.title,
        `expected one full report for each council, found "${report.assessment.authority}" again (also ${draft.report.file})`));
    } else {
      draft.report = report;
    }
  }
  return { errors, warnings };
}

/** `<file>:<line>` where a council first shows: its row in the councils file, else its report's title. */
function placeOf(draft: Draft): { file: string; line: number } {
  if (draft.england) return draft.england;
  // A council outside the list comes from a report.
  const report = present(draft.report);
  return { file: report.file, line: report.assessment.lines.title };
}

function toCouncil(draft: Draft): Council {
  const rows = [...draft.rows].sort((a, b) => b.published.localeCompare(a.published));
  const reported = draft.report?.assessment;
  // A council is on the list or has a report.
  const authority = draft.england?.name ?? present(reported).authority;
  const slug = reported?.slug ?? slugify(authority);
  const names = [draft.england?.name, draft.england?.registerAuthority, reported?.authority, ...rows.map((r) => r.authority)];
  const aliases = [...new Set(names.flatMap((name) => (name ? [slugify(name)] : [])))].filter((alias) => alias !== slug);
  return { slug, authority, england: draft.england, aliases, rows, report: draft.report };
}

/** Two results of one council in the same month: one is a mistake. */
function sameMonth(council: Council): ContentError[] {
  return council.rows.flatMap((row, i) => {
    const earlier = council.rows.slice(0, i).find((r) => r.published === row.published);
    return earlier ? [new ConsistencyError(row.file, row.line, `expected one result for "${council.authority}" a month, found ${row.published} again (first at ${where(earlier)})`)] : [];
  });
}

type Placed = { council: Council; at: { file: string; line: number } };

/** Every address once: a council's slug or alias may not be another's. */
function addressClashes(placed: readonly Placed[]): ContentError[] {
  const owners = new Map<string, Placed>();
  const errors: ContentError[] = [];
  for (const here of placed) {
    for (const address of [here.council.slug, ...here.council.aliases]) {
      const twin = owners.get(address);
      // A council's own addresses are distinct (toCouncil): a twin is always another council.
      if (twin) {
        errors.push(new ConsistencyError(here.at.file, here.at.line,
          `expected each council to have its own address, found /${address} for both "${here.council.authority}" and "${twin.council.authority}" (${where(twin.at)})`));
      } else {
        owners.set(address, here);
      }
    }
  }
  return errors;
}

/** Joins the councils file, the register, the later results and the full reports into councils, in name order. */
export function buildCouncils({ rows, later, england, reports }: CouncilSources, files: { england: string }): CouncilJoin {
  const drafts = new Map<EnglandCouncil, Draft>(england.map((c) => [c, { england: c, rows: [], report: null }]));
  const outside: Draft[] = [];
  const errors = [...joinRegister(rows, drafts, files.england), ...joinLater(later, drafts, files.england)];
  const joined = joinReports(reports, drafts, outside, files.england);
  errors.push(...joined.errors);
  const placed = [...drafts.values(), ...outside].map((draft) => ({ council: toCouncil(draft), at: placeOf(draft) }));
  const councils = placed.map((p) => p.council);
  errors.push(...councils.flatMap(sameMonth), ...addressClashes(placed));
  return { councils: councils.sort((a, b) => a.authority.localeCompare(b.authority, 'en')), errors, warnings: joined.warnings };
}

/** England's councils among these, as the councils file lists them (a council only a report names is none of them). */
export function englandOf(councils: readonly Council[]): EnglandCouncil[] {
  return councils.flatMap((c) => (c.england ? [c.england] : []));
}

/** The address on CQC's website of a council's full report: its result row of the report's month, or null. */
export function reportUrlOf(council: Council): string | null {
  const report = council.report;
  if (!report) return null;
  return council.rows.find((row) => row.published === monthOf(report.assessment))?.reportUrl ?? null;
}
