import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The browser tests' web server (playwright.config.ts): builds the site as
 * `npm run build` does and serves it with `next start` on the port given.
 * The build takes a minute or more, so it says what it is doing: a line
 * before the build, Next's summary lines and the post-build step's line
 * after it, and one when it serves. The whole build output is shown only
 * when the build fails. Playwright prefixes each line with [WebServer].
 *
 * `tsx scripts/test-server.ts <port>`; the environment (NEXT_DIST_DIR and the
 * rest) comes from playwright.config.ts.
 */

/** Next's lines that say a phase is done ("✓ Compiled successfully in 12s", "✓ Generating static pages ... in 2s") and the post-build steps'. */
const SUMMARY = /^\u2713 (Compiled|Generating)|^strip-runtime:|^search-index:/;
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function build(distDir: string): boolean {
  say(`Building the site into ${distDir} for the browser tests (a minute or two)...`);
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) {
    say(`The build failed (exit code ${result.status ?? result.signal}):`);
    say(output);
    return false;
  }
  const lines = result.stdout.split('\n').map((line) => line.replace(ANSI, '').trim()).filter((line) => SUMMARY.test(line));
  for (const line of lines) say(`  ${line}`);
  say(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
  return true;
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
} else if (build(distDir)) {
  serve(port, distDir);
} else {
  process.exitCode = 1;
}
