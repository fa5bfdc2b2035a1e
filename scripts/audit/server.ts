import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/**
 * Builds and serves the site for the audit, in its own dist dir and on its own
 * port, so it never disturbs a site served from .next or the tests' .next-test.
 */

export const AUDIT_DIST_DIR = '.next-audit';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;

export type Server = { process: ChildProcess; origin: string; stderr: () => string };

/** A port nothing listens on now: the kernel picks it, we release it for `next start`. */
export async function findFreePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (address === null || typeof address === 'string') throw new Error('could not read the port the kernel chose');
  return address.port;
}

/** The environment for both the build and the server: same dist dir, same public address. */
export function auditEnv(origin: string): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_DIST_DIR: AUDIT_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: origin };
}

/** `npm run --silent build`; its output is shown only if it fails, so the table is not buried. */
export async function buildSite(env: NodeJS.ProcessEnv): Promise<void> {
  const build = spawn('npm', ['run', '--silent', 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: Buffer[] = [];
  build.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  build.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  const [code] = await once(build, 'close');
  if (code !== 0) {
    process.stderr.write(Buffer.concat(output));
    throw new Error(`the build failed (exit code ${String(code)}); its output is above`);
  }
}

/** Starts `next start` directly (not through npm) so the PID we hold is the server's own. */
export function startServer(env: NodeJS.ProcessEnv, port: number): Server {
  const child = spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', String(port)], {
    env, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  return { process: child, origin: `http://127.0.0.1:${port}`, stderr: () => stderr };
}

/** Polls the home page until it answers 200; fails early, with the server's stderr, if it exits. */
export async function waitUntilAnswering(server: Server): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) {
      throw new Error(`next start exited with code ${server.process.exitCode}:\n${server.stderr()}`);
    }
    try {
      const response = await fetch(`${server.origin}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet: connection refused is the expected answer while it starts.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer on ${server.origin} within ${START_TIMEOUT_MS / 1000} s:\n${server.stderr()}`);
}

/**
 * An error from the audit, with the reason the server went away if it did:
 * Lighthouse only sees Chromium's error page (CHROME_INTERSTITIAL_ERROR) then.
 */
export function withServerState(server: Server, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const { exitCode, signalCode } = server.process;
  if (exitCode === null && signalCode === null) return new Error(message);
  return new Error(`${message}\n(the server had stopped: ${signalCode ?? `exit code ${exitCode}`})\n${server.stderr()}`);
}

/** Stops the server by its PID: SIGTERM, then SIGKILL if it has not gone within a few seconds. */
export async function stopServer(server: Server): Promise<void> {
  const child = server.process;
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  process.kill(child.pid, 'SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS); });
  const outcome = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    process.kill(child.pid, 'SIGKILL');
    await exited;
  }
}
