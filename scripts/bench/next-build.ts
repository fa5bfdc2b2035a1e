import { spawnSync } from 'node:child_process';

/** Seconds of the build's phases as Next reports them, each null if Next printed no time for it. */
export type BuildPhases = { compile: number | null; typescript: number | null; staticPages: number | null };

/** What one `next build` took and made. */
export type BuildFigures = { seconds: number; pages: number | null; phases: BuildPhases };

/**
 * The environment for a Next.js process: telemetry off, and NEXT_DIST_DIR as
 * given, or removed so the build uses the default .next.
 */
export function nextEnv(distDir: string | null): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  delete env.NEXT_DIST_DIR;
  if (distDir !== null) env.NEXT_DIST_DIR = distDir;
  return env;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const PAGES = /Generating static pages[^(\n]*\((\d+)\/(\d+)\)/g;

/** The page count from Next's last "Generating static pages ... (N/N)" line, or null if it printed none. */
export function pagesBuilt(output: string): number | null {
  const matches = [...output.replace(ANSI, '').matchAll(PAGES)];
  const total = matches.at(-1)?.[2];
  return total === undefined ? null : Number(total);
}

const PHASES = {
  compile: /Compiled successfully in ([\d.]+)(ms|s|min)\b/,
  typescript: /Finished TypeScript in ([\d.]+)(ms|s|min)\b/,
  staticPages: /Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+)(ms|s|min)\b/,
};
const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, min: 60 };

/** The phase times Next prints ("Compiled successfully in 3.5s"), so the report can say where the time went. */
export function buildPhases(output: string): BuildPhases {
  const plain = output.replace(ANSI, '');
  const seconds = (pattern: RegExp) => {
    const match = pattern.exec(plain);
    const unit = UNIT_SECONDS[match?.[2] ?? ''];
    return match && unit !== undefined ? Number(match[1]) * unit : null;
  };
  return { compile: seconds(PHASES.compile), typescript: seconds(PHASES.typescript), staticPages: seconds(PHASES.staticPages) };
}

/**
 * Runs the project's build in `cwd`, `npm run build`: the content check and
 * enhancement script before `next build`, and turning pages into static HTML
 * after it, as every build does. Timed by the wall clock, from spawn to exit,
 * the time a person waits. A failed build throws with the end of its output.
 */
export function runNextBuild(cwd: string, distDir: string | null): BuildFigures {
  const start = process.hrtime.bigint();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd,
    env: nextEnv(distDir),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 10 * 60 * 1000,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status ?? result.signal ?? '?'}`;
    throw new Error(`npm run build in ${cwd} failed (${why}):\n${output.trim().split('\n').slice(-30).join('\n')}`);
  }
  return { seconds, pages: pagesBuilt(output), phases: buildPhases(output) };
}
