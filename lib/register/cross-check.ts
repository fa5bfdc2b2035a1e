import type { Assessment } from '@/lib/assessment';
import { key } from '@/lib/assessment/blocks';
import { ConsistencyError, quote, type ContentError } from '@/lib/assessment/errors';
import { STATEMENTS, frameworkStatement, type StatementSlug } from '@/lib/framework';
import { where } from './checks';
import type { ContentWarning, RegisterRow, ReportFile } from './schema';

/**
 * The register against the full reports in content/. A report's text is CQC's,
 * byte for byte, so a disagreement is reported at the register's line (the
 * place to fix) and names the report's file and line.
 */

export type CrossCheck = { errors: ContentError[]; warnings: ContentWarning[] };

/** The month a report was published, as the register records it ("2024-08"). */
export function monthOf(assessment: Pick<Assessment, 'published'>): string {
  return assessment.published.slice(0, 7);
}

/** The register rows of a report's authority, compared by name as the parser compares names. */
export function rowsOf(rows: readonly RegisterRow[], authority: string): RegisterRow[] {
  return rows.filter((row) => key(row.authority) === key(authority));
}

/**
 * Checks each report against the register row of its authority and month:
 * the row must exist and agree on the rating and on every statement's score
 * (empty for a statement the report does not assess). A report whose authority
 * has no row at all is a warning: its pages only lack the link to CQC's site.
 */
export function crossCheck(rows: readonly RegisterRow[], reports: readonly ReportFile[]): CrossCheck {
  const errors: ContentError[] = [];
  const warnings: ContentWarning[] = [];
  for (const { file, assessment } of reports) {
    const own = rowsOf(rows, assessment.authority);
    const row = own.find((r) => r.published === monthOf(assessment));
    const newest = [...own].sort((a, b) => b.published.localeCompare(a.published))[0];
    if (!newest) {
      warnings.push({ file, message: `no register row for ${assessment.authority}, so its pages cannot link to the report on CQC's website` });
    } else if (!row) {
      errors.push(new ConsistencyError(newest.file, newest.line,
        `"${newest.authority}": expected a row published ${monthOf(assessment)}, the month of its report (${file}:${assessment.lines.published}), found only ${own.map((r) => `${r.published} (line ${r.line})`).join(', ')}`));
    } else {
      errors.push(...disagreements(row, file, assessment));
    }
  }
  return { errors, warnings };
}

function disagreements(row: RegisterRow, file: string, assessment: Assessment): ContentError[] {
  const errors: ContentError[] = [];
  const at = (detail: string) => errors.push(new ConsistencyError(row.file, row.line, detail));
  if (row.rating !== assessment.rating) {
    at(`column "rating": expected ${quote(assessment.rating)}, the rating of ${file}:${assessment.lines.rating}, found ${row.rating === null ? 'it empty' : quote(row.rating)}`);
  }
  const reported = new Map<StatementSlug, { score: number; line: number }>();
  for (const statement of assessment.themes.flatMap((t) => t.statements)) {
    const framework = frameworkStatement(statement.name);
    if (!framework) {
      errors.push(new ConsistencyError(file, statement.line, `quality statement ${quote(statement.name)}: expected one of CQC's nine quality statements, found none of that name`));
    } else {
      reported.set(framework.slug, { score: statement.score, line: statement.lines.score });
    }
  }
  for (const { slug, name } of STATEMENTS) {
    const registered = row.scores[slug];
    const report = reported.get(slug);
    const found = registered === null ? 'it empty' : String(registered);
    if (report && registered !== report.score) {
      at(`column "${slug}": expected ${report.score}, the score of ${file}:${report.line}, found ${found}`);
    } else if (!report && registered !== null) {
      at(`column "${slug}": expected it empty, as ${file} does not assess ${quote(name)} (its scores at line ${assessment.lines.scores}), found ${found}`);
    }
  }
  return errors;
}
