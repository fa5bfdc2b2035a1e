import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, overallScore, parseAssessment } from '@/lib/assessment';
import { councilSlug, fictionalAssessment, fictionalCouncils, type FictionalCouncil } from './fictional';
import { runNextBuild, type BuildPhases } from './next-build';
import { REGISTER_FILE, makeProjectCopy, removeProjectCopy, setContent, setRegister, type ContentFile } from './project-copy';

/**
 * One measured build: how many full reports and how many councils of the
 * ratings register went in (each council has a page and a share card), how
 * many pages came out, and the time it took.
 */
export type BuildRow = { assessments: number; registerCouncils: number; pages: number | null; seconds: number; phases: BuildPhases };

/** The register's header and the rows of these authorities only. */
export function registerOf(text: string, authorities: readonly string[]): string {
  const [header = '', ...rows] = text.split(/\r?\n/);
  return [header, ...rows.filter((row) => authorities.some((a) => row.startsWith(`${a},`)))].join('\n') + '\n';
}

/** How many rows a register's text holds, its header left out. */
export function registerRowCount(text: string): number {
  return text.split(/\r?\n/).slice(1).filter((row) => row.trim() !== '').length;
}

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
 * Times a cold `next build` of a temporary copy of the project: the real
 * Harrow report with the ratings register cut to Harrow's own row, then with
 * the whole register (every other council a summary page and a share card),
 * then Harrow, the whole register and `extra` made-up councils. The
 * repository's own content/ and .next are never touched.
 */
export function benchBuilds(repo: string, harrowFile: string, extra = 19): BuildRow[] {
  const harrowText = readFileSync(path.join(repo, harrowFile), 'utf8');
  const harrow: ContentFile = { name: path.basename(harrowFile), text: harrowText };
  const register = readFileSync(path.join(repo, 'content', REGISTER_FILE), 'utf8');
  const own = registerOf(register, [parseAssessment(harrowText, harrowFile).authority]);
  const sets = [
    { files: [harrow], register: own },
    { files: [harrow], register },
    { files: [harrow, ...fictionalContent(harrowText, extra)], register },
  ];
  const copy = makeProjectCopy(repo);
  try {
    return sets.map(({ files, register: text }) => {
      setContent(copy, files);
      setRegister(copy, text);
      const registerCouncils = registerRowCount(text);
      process.stdout.write(`bench: next build with ${files.length} assessment(s) and ${registerCouncils} register council(s) in ${copy} ...\n`);
      return { assessments: files.length, registerCouncils, ...runNextBuild(copy, null) };
    });
  } finally {
    removeProjectCopy(copy);
  }
}
