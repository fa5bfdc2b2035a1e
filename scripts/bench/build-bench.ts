import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, overallScore, parseAssessment } from '@/lib/assessment';
import { councilSlug, fictionalAssessment, fictionalCouncils, type FictionalCouncil } from './fictional';
import { runNextBuild, type BuildPhases } from './next-build';
import { makeProjectCopy, removeProjectCopy, setContent, type ContentFile } from './project-copy';

/** One measured build: how many assessments went in, how many pages came out, and the time it took. */
export type BuildRow = { assessments: number; pages: number | null; seconds: number; phases: BuildPhases };

/**
 * Harrow's text rewritten as `count` made-up councils, each parsed here first:
 * a generator bug then fails with the parser's `<file>:<line>:` message and
 * the council's name, not as a failed page deep inside a two-minute build.
 */
export function fictionalContent(harrowText: string, count: number): ContentFile[] {
  return fictionalCouncils(count).map((council) => {
    const name = `${councilSlug(council)}.txt`;
    const text = fictionalAssessment(harrowText, council);
    checkGenerated(text, `content/${name}`, council);
    return { name, text };
  });
}

function checkGenerated(text: string, file: string, council: FictionalCouncil): void {
  try {
    const assessment = parseAssessment(text, file);
    const scores = assessment.scores.map((s) => s.score).join(',');
    const expected = overallScore(council.scores).rating;
    if (assessment.authority !== council.name || scores !== council.scores.join(',') || assessment.rating !== expected) {
      throw new Error(`parsed as "${assessment.authority}", scores ${scores}, ${assessment.rating}; expected "${council.name}", ${council.scores.join(',')}, ${expected}`);
    }
  } catch (error) {
    const detail = error instanceof ContentError ? error.format() : error instanceof Error ? error.message : String(error);
    throw new Error(`generated council "${council.name}" is not a valid assessment: ${detail}`);
  }
}

/**
 * Times a cold `next build` of a temporary copy of the project with the real
 * Harrow report alone, then with Harrow and `extra` made-up councils. The
 * repository's own content/ and .next are never touched.
 */
export function benchBuilds(repo: string, harrowFile: string, extra = 19): BuildRow[] {
  const harrowText = readFileSync(path.join(repo, harrowFile), 'utf8');
  const harrow: ContentFile = { name: path.basename(harrowFile), text: harrowText };
  const sets = [[harrow], [harrow, ...fictionalContent(harrowText, extra)]];
  const copy = makeProjectCopy(repo);
  try {
    return sets.map((files) => {
      setContent(copy, files);
      process.stdout.write(`bench: next build with ${files.length} assessment(s) in ${copy} ...\n`);
      return { assessments: files.length, ...runNextBuild(copy, null) };
    });
  } finally {
    removeProjectCopy(copy);
  }
}
