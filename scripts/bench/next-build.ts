import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { measureHomePage, type HomePage } from './home-page';
import { postBuildScripts, type MemoryPeaks } from './process-tree';
import { sampleTreeMemory } from './tree-memory';

/** Seconds of the build's phases as Next reports them, each null if Next printed no time for it. */
export type BuildPhases = { compile: number | null; typescript: number | null; staticPages: number | null };

/**
 * What one `npm run build` took and made: wall-clock seconds (and of them the
 * post-build's, from the first sample that saw it), Next's page count and
 * phases, the process tree's peak memory in each phase, and the home page.
 */
export type BuildFigures = {
  seconds: number; postBuildSeconds: number | null; pages: number | null; phases: BuildPhases; memory: MemoryPeaks; home: HomePage;
};

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

/** The scripts npm's `postbuild` runs in `cwd`, read from its package.json, which alone lists them. */
function postBuildScriptsOf(cwd: string): string[] {
  const pkg = PackageSchema.parse(JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')));
  return postBuildScripts(pkg.scripts.postbuild);
}

const PackageSchema = z.object({ scripts: z.object({ postbuild: z.string() }) });

/**
 * Runs the project's build in `cwd`, `npm run build`: the content check and
 * enhancement script before `next build`, and the post-build steps after it
 * (the runtime stripped from every page, the search index written), as every
 * build does. Timed by the wall clock, from spawn to exit, the time a person
 * waits; the memory of the whole process tree is sampled meanwhile
 * (tree-memory.ts). Then the home page it made is weighed. A failed build
 * throws with the end of its output.
 */
export async function runNextBuild(cwd: string, distDir: string | null): Promise<BuildFigures> {
  const start = process.hrtime.bigint();
  const run = await runSampled(cwd, nextEnv(distDir), postBuildScriptsOf(cwd));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.failure !== null) {
    throw new Error(`npm run build in ${cwd} failed (${run.failure}):\n${run.output.trim().split('\n').slice(-30).join('\n')}`);
  }
  const postBuildSeconds = run.memory.postBuildStartSeconds === null ? null : seconds - run.memory.postBuildStartSeconds;
  return {
    seconds, postBuildSeconds, pages: pagesBuilt(run.output), phases: buildPhases(run.output), memory: run.memory,
    home: measureHomePage(cwd, distDir ?? '.next'),
  };
}

const BUILD_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * `npm run build` in its own process group, so a timeout or the benchmark's
 * own exit stops the whole tree (npm, next build, its workers) by the group's
 * id; its memory sampled until it exits.
 */
async function runSampled(cwd: string, env: NodeJS.ProcessEnv, scripts: string[]): Promise<{ failure: string | null; output: string; memory: MemoryPeaks }> {
  const child = spawn('npm', ['run', '--silent', 'build'], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const { pid } = child;
  if (pid === undefined) throw new Error(`could not start npm run build in ${cwd}`);
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const killGroup = () => { try { process.kill(-pid, 'SIGKILL'); } catch { /* the group has already gone */ } };
  process.on('exit', killGroup);
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; killGroup(); }, BUILD_TIMEOUT_MS);
  const sampler = sampleTreeMemory(pid, scripts);
  const failure = await new Promise<string | null>((resolve) => {
    child.on('error', (error) => resolve(error.message));
    child.on('close', (code, signal) => resolve(code === 0 ? null : timedOut ? `no end after ${BUILD_TIMEOUT_MS / 60_000} min` : `exit code ${code ?? signal ?? '?'}`));
  });
  const memory = sampler.stop();
  clearTimeout(timer);
  process.off('exit', killGroup);
  return { failure, output: Buffer.concat(chunks).toString('utf8'), memory };
}
