import type { z } from 'zod';
import { decodeText } from './blocks';
import { completeThemes } from './complete';
import { ValueError } from './errors';
import { readAssessment } from './parse';
import { AssessmentSchema, firstIssue, type Assessment } from './schema';
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
  const { assessment: read, themes: listed } = readAssessment(text, file);
  const themes = completeThemes(file, read.themes);
  checkThemeLists(file, listed);
  checkNumbersAndSlugs(file, themes);
  const scores = linkScores(file, read.scores, themes.flatMap((t) => t.statements));
  const linked = { ...read, scores, themes };
  checkOverallScore(file, linked);
  checkRating(file, linked);
  const result = AssessmentSchema.safeParse(linked);
  if (!result.success) throw toContentError(file, linked, result.error);
  return result.data;
}

/** The same from a content file's bytes: refuses empty, binary and non-UTF-8 input first. */
export function parseAssessmentBytes(bytes: Uint8Array, file: string): Assessment {
  return parseAssessment(decodeText(bytes, file), file);
}

/** The schema is the last gate: a value it refuses is reported at the nearest line the model knows (the title's, for the model's own keys). */
function toContentError(file: string, model: { lines: { title: number } }, error: z.ZodError): ValueError {
  const { path, message } = firstIssue(error);
  let node: unknown = model;
  let line = model.lines.title;
  for (const step of path) {
    const lineHere: unknown = Reflect.get(Object(node), 'line');
    if (typeof lineHere === 'number') line = lineHere;
    node = Reflect.get(Object(node), step);
  }
  return new ValueError(file, line, `${path.join('.')}: ${message}, found ${JSON.stringify(node)}`);
}
