import type { z } from 'zod';
import { decodeText } from './blocks';
import { extractComparisons } from './comparisons';
import { ValueError } from './errors';
import { readAssessment } from './parse';
import { AssessmentSchema, type Assessment, type Theme } from './schema';
import { checkNumbersAndSlugs, checkRating, checkThemeLists, linkScores } from './validate';

export * from './errors';
export * from './schema';
export { overallScore, RATING_BANDS, type OverallScore } from './rating';

/**
 * The one entry point: text -> parse -> cross-check -> schema. Returns the
 * assessment or throws a ContentError whose message starts `<file>:<line>: `.
 * Pure: no file system, no framework.
 */
export function parseAssessment(text: string, file: string): Assessment {
  const { assessment, listed } = readAssessment(text, file);
  markRepeats(assessment.themes);
  attachComparisons(file, assessment.themes);
  checkThemeLists(file, assessment.themes, listed);
  checkNumbersAndSlugs(file, assessment.themes);
  const statements = assessment.themes.flatMap((t) => t.statements);
  const scores = linkScores(file, assessment.scores, statements);
  const linked = { ...assessment, scores };
  checkRating(file, linked);
  const result = AssessmentSchema.safeParse(linked);
  if (!result.success) throw toContentError(file, linked, result.error.issues[0]);
  return result.data;
}

/** The same from a content file's bytes: refuses empty, binary and non-UTF-8 input first. */
export function parseAssessmentBytes(bytes: Uint8Array, file: string): Assessment {
  return parseAssessment(decodeText(bytes, file), file);
}

/**
 * Marks key-finding paragraphs the report prints twice: the later copy gets
 * `repeatOf`, the line of the first, so a figure is not counted twice.
 */
function markRepeats(themes: Theme[]): void {
  const seen = new Map<string, number>();
  for (const finding of themes.flatMap((t) => t.statements.flatMap((s) => s.findings))) {
    for (const paragraph of finding.paragraphs) {
      const first = seen.get(paragraph.text);
      if (first === undefined) seen.set(paragraph.text, paragraph.line);
      else paragraph.repeatOf = first;
    }
  }
}

function attachComparisons(file: string, themes: Theme[]): void {
  for (const statement of themes.flatMap((t) => t.statements)) {
    statement.comparisons = statement.findings.flatMap((finding) =>
      finding.paragraphs.flatMap((p) =>
        extractComparisons(p.text, { file, line: p.line, finding: finding.slug, repeatOf: p.repeatOf ?? null })));
  }
}

/** The schema is the last gate: a value it refuses is reported at the nearest line the model knows. */
function toContentError(file: string, model: unknown, issue: z.core.$ZodIssue | undefined): ValueError {
  let node: unknown = model;
  let line = 1;
  for (const step of issue?.path ?? []) {
    if (node && typeof node === 'object') {
      const lineHere: unknown = Reflect.get(node, 'line');
      if (typeof lineHere === 'number') line = lineHere;
      node = Reflect.get(node, step);
    }
  }
  const where = (issue?.path ?? []).join('.');
  return new ValueError(file, line, `${where || 'assessment'}: ${issue?.message ?? 'invalid'}, found ${JSON.stringify(node)}`);
}
