import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * The browser tests' web server (playwright.config.ts): builds the site as
 * `npm run build` does and serves it with `next start` on the port given.
 * The build takes a minute or more, so it says what it is doing: a line
 * before the build, Next's progress lines as they come, the post-build
 * steps' lines, and one when it serves. The whole build output is shown only
 * when the build fails. Playwright prefixes each line with [WebServer].
 *
 * `tsx scripts/test-server.ts <port>`; the environment (NEXT_DIST_DIR and the
 * rest) comes from playwright.config.ts.
 */

/** Next's lines that say where the build is ("Creating an optimized production build", "Generating static pages (90/363)", "✓ Compiled successfully in 12s") and the post-build steps'. */
const PROGRESS = /^(\u2713 )?(Creating|Compiled|Running TypeScript|Finished TypeScript|Collecting|Generating)|^strip-runtime:|^search-index:/;
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * Runs `npm run build`, printing each of Next's progress and summary lines
 * as it comes ("Generating static pages using 2 workers (1228/4913)"), so a
 * log piped in CI is never silent for long; the whole output is printed only
 * when the build fails.
 */
function build(distDir: string): Promise<boolean> {
  say(`Building the site into ${distDir} for the browser tests (a minute or two)...`);
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Playwright stops this process by signal if the tests end early: the build stops with it.
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, stop);
  let output = '';
  let pending = '';
  const lines = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    pending += text;
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    for (const line of complete.map((l) => l.replace(ANSI, '').trim())) if (PROGRESS.test(line)) say(`  ${line}`);
  };
  child.stdout.on('data', lines);
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      for (const name of ['SIGTERM', 'SIGINT'] as const) process.off(name, stop);
      if (code !== 0) {
        say(`The build failed (exit code ${code ?? signal}):`);
        say(output);
        resolve(false);
        return;
      }
      say(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
      resolve(true);
    });
  });
}

function serve(port: string, distDir: string): void {
  const next = spawn(path.join('node_modules', '.bin', 'next'), ['start', '-H', '127.0.0.1', '-p', port], { stdio: ['ignore', 'ignore', 'inherit'] });
  say(`Serving ${distDir} on http://127.0.0.1:${port} until the browser tests end.`);
  // Playwright stops the server by signal: pass it on, so next start never outlives the tests.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => next.kill(signal));
  next.on('exit', (code, signal) => { process.exitCode = code ?? (signal ? 1 : 0); });
}

const port = process.argv[2];
const distDir = process.env.NEXT_DIST_DIR || '.next';
if (!port) {
  process.stderr.write('usage: tsx scripts/test-server.ts <port>\n');
  process.exitCode = 2;
} else {
  void build(distDir).then((built) => {
    if (built) serve(port, distDir);
    else process.exitCode = 1;
  });
}
