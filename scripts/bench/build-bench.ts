import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, overallScore, parseAssessment } from '@/lib/assessment';
import { councilSlug, fictionalAssessment, fictionalCouncils, type FictionalCouncil } from './fictional';
import { runNextBuild, type BuildFigures } from './next-build';
import { makeProjectCopy, readRegisterTexts, removeProjectCopy, setContent, setRegisterTexts, type ContentFile } from './project-copy';
import { cutRegister, registerRowCount } from './register-cut';

/**
 * One measured build: how many full reports, how many councils of the
 * ratings register and how many later results went in (each gives a council's
 * page its rating and scores), and what the build took and made (next-build.ts).
 */
export type BuildRow = { assessments: number; registerCouncils: number; laterResults: number } & BuildFigures;

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

/** One build to make: how many full reports, and whether the register is whole or cut to Harrow's own row. */
export type PlannedBuild = { assessments: number; wholeRegister: boolean };

/** The builds for these report counts, smallest first: one report twice (register cut, then whole), every other count with the whole register. */
export function buildPlan(reports: readonly number[]): PlannedBuild[] {
  return [...reports].sort((a, b) => a - b).flatMap((n) => (n === 1
    ? [{ assessments: 1, wholeRegister: false }, { assessments: 1, wholeRegister: true }]
    : [{ assessments: n, wholeRegister: true }]));
}

/** The last and largest build, left in its project copy to be served; the caller removes the copy. */
export type KeptBuild = { copy: string; row: BuildRow; slugs: string[] };

/**
 * Times a cold `npm run build` of a temporary copy of the project for each
 * planned build (buildPlan): the real Harrow report and `n - 1` made-up
 * councils, with the ratings data whole or cut to Harrow's own row
 * (register-cut.ts; every one of England's councils has a page either way). The
 * repository's own content/ and .next are never touched. The copy is kept
 * with the last build in it, for serving at scale.
 */
export async function benchBuilds(repo: string, harrowFile: string, reports: readonly number[]): Promise<{ rows: BuildRow[]; kept: KeptBuild }> {
  const harrowText = readFileSync(path.join(repo, harrowFile), 'utf8');
  const harrow = parseAssessment(harrowText, harrowFile);
  const whole = readRegisterTexts(repo);
  const own = cutRegister(whole, [harrow.authority]);
  const copy = makeProjectCopy(repo);
  try {
    const rows: BuildRow[] = [];
    let slugs: string[] = [];
    for (const planned of buildPlan(reports)) {
      const texts = planned.wholeRegister ? whole : own;
      setContent(copy, [{ name: path.basename(harrowFile), text: harrowText }, ...fictionalContent(harrowText, planned.assessments - 1)]);
      setRegisterTexts(copy, texts);
      slugs = [harrow.slug, ...fictionalCouncils(planned.assessments - 1).map(councilSlug)];
      const registerCouncils = registerRowCount(texts.register);
      const laterResults = registerRowCount(texts.later);
      process.stdout.write(`bench: npm run build with ${planned.assessments} assessment(s), ${registerCouncils} register council(s) and ${laterResults} later result(s) in ${copy} ...\n`);
      const row: BuildRow = { assessments: planned.assessments, registerCouncils, laterResults, ...(await runNextBuild(copy, null)) };
      const m = row.memory;
      process.stdout.write(`bench: ${row.seconds.toFixed(1)} s, ${row.pages ?? '?'} pages, peak RSS / PSS ${megabytes(m.buildBytes)} / ${megabytes(m.buildPssBytes)} MB building and ${megabytes(m.postBuildBytes ?? 0)} / ${megabytes(m.postBuildPssBytes ?? 0)} MB after\n`);
      rows.push(row);
    }
    const last = rows.at(-1);
    if (!last) throw new Error('--reports named no builds');
    return { rows, kept: { copy, row: last, slugs } };
  } catch (error) {
    removeProjectCopy(copy);
    throw error;
  }
}

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(0);
