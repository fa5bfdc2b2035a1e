import type { Assessment } from '@/lib/assessment';
import { key } from '@/lib/assessment/blocks';
import { ConsistencyError, quote, type ContentError } from '@/lib/assessment/errors';
import { STATEMENTS, frameworkStatement, type StatementSlug } from '@/lib/framework';
import { where } from './checks';
import type { ContentWarning, Council, RegisterRow } from './schema';

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

/**
 * Checks each council's full report against its result of the report's
 * month (lib/register/councils.ts joined them): the row must exist and agree
 * on the rating and on every statement's score (a register row's empty score
 * means the report does not assess it; a later result's, that no source gave
 * it), and on CQC's printed overall score where both give one. A council of
 * England's list with a report and no result at all is a warning: its pages
 * only lack the link to CQC's site and it is counted in no figure.
 */
export function crossCheck(councils: readonly Council[]): CrossCheck {
  const errors: ContentError[] = [];
  const warnings: ContentWarning[] = [];
  for (const { england, rows, report, authority } of councils) {
    if (!report) continue;
    const { file, assessment } = report;
    const row = rows.find((r) => r.published === monthOf(assessment));
    const newest = rows[0];
    if (!newest) {
      if (england) warnings.push({ file, message: `no result for ${authority} in the register or the later results, so its pages cannot link to the report on CQC's website and it is counted in no figure` });
    } else if (!row) {
      errors.push(new ConsistencyError(newest.file, newest.line,
        `"${newest.authority}": expected a row published ${monthOf(assessment)}, the month of its report (${file}:${assessment.lines.published}), found only ${rows.map((r) => `${r.published} (${where(r)})`).join(', ')}`));
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
  if (row.overallScore !== null && assessment.overallScore !== null && row.overallScore !== assessment.overallScore) {
    at(`column "overall_score": expected ${assessment.overallScore}, CQC's overall score in ${file}:${assessment.lines.overallScore ?? assessment.lines.rating}, found ${row.overallScore}`);
  }
  for (const { slug, name } of STATEMENTS) {
    const registered = row.scores[slug];
    const report = reported.get(slug);
    const found = registered === null ? 'it empty' : String(registered);
    if (row.origin === 'later' && registered === null) continue;
    if (report && registered !== report.score) {
      at(`column "${slug}": expected ${report.score}, the score of ${file}:${report.line}, found ${found}`);
    } else if (!report && registered !== null) {
      at(`column "${slug}": expected it empty, as ${file} does not assess ${quote(name)} (its scores at line ${assessment.lines.scores}), found ${found}`);
    }
  }
  return errors;
}
