import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { RunningServer } from '../shared/server-process';

/**
 * Builds and serves the site for the audit, in its own dist dir and on its own
 * port, so it never disturbs a site served from .next or the tests' .next-test.
 */

export const AUDIT_DIST_DIR = '.next-audit';

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

/**
 * An error from the audit, with the reason the server went away if it did:
 * Lighthouse only sees Chromium's error page (CHROME_INTERSTITIAL_ERROR) then.
 */
export function withServerState(server: RunningServer, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const gone = server.exitState();
  return gone ? new Error(`${message}\n(the server had stopped: ${gone})\n${server.output()}`) : new Error(message);
}
