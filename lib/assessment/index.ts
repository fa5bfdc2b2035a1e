import type { z } from 'zod';
import { decodeText } from './blocks';
import { completeThemes } from './complete';
import { ValueError } from './errors';
import { readAssessment } from './parse';
import { AssessmentSchema, type Assessment } from './schema';
import { checkNumbersAndSlugs, checkOverallScore, checkRating, checkThemeLists, linkScores } from './validate';

export * from './errors';
export * from './schema';
export { DATASET_TABLE, type DatasetEntry } from './datasets';
export { overallScore, wholePercent, RATING_BANDS, type OverallScore } from './rating';

/**
 * The one entry point: text -> parse -> cross-check -> schema. Returns the
 * assessment or throws a ContentError whose message starts `<file>:<line>: `.
 * Pure: no file system, no framework.
 */
export function parseAssessment(text: string, file: string): Assessment {
  const { assessment: read, listed } = readAssessment(text, file);
  const themes = completeThemes(file, read.themes);
  checkThemeLists(file, themes, listed);
  checkNumbersAndSlugs(file, themes);
  const scores = linkScores(file, read.scores, themes.flatMap((t) => t.statements));
  const linked = { ...read, scores, themes };
  checkOverallScore(file, linked);
  checkRating(file, linked);
  const result = AssessmentSchema.safeParse(linked);
  if (!result.success) throw toContentError(file, linked, result.error.issues[0]);
  return result.data;
}

/** The same from a content file's bytes: refuses empty, binary and non-UTF-8 input first. */
export function parseAssessmentBytes(bytes: Uint8Array, file: string): Assessment {
  return parseAssessment(decodeText(bytes, file), file);
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
