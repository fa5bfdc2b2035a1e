import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';

/**
 * Servers that the audit and the benchmark start for themselves: on a free
 * loopback port, waited for until they answer, and always stopped by PID
 * (SIGTERM, then SIGKILL), also when the script dies first.
 */

export type RunningServer = {
  origin: string;
  pid: number;
  /** process.hrtime.bigint() just before the spawn, for timing a start-up. */
  spawnedAt: bigint;
  /** Everything the server printed, for error messages. */
  output: () => string;
  /** Why the server is gone ("exit code 1", "SIGKILL"), or null while it runs. */
  exitState: () => string | null;
  stop: () => Promise<void>;
};

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;

/** A port that was free a moment ago: the OS picks one for a throwaway listener. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, HOST, resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address for the port probe');
  return address.port;
}

/**
 * When a started server counts as up: once it answers `/` (with a status
 * below 500), or as soon as its port accepts a TCP connection, nothing
 * requested, for timing what the first request itself waits for.
 */
export type Readiness = 'answers' | 'listens';

/** `next start` (run directly, not through npm, so the PID is the server's own) on the build NEXT_DIST_DIR in `env` names. */
export function startNextServer(cwd: string, env: NodeJS.ProcessEnv, port: number, readiness: Readiness = 'answers'): Promise<RunningServer> {
  return startServer(path.join(cwd, 'node_modules', '.bin', 'next'), ['start', '-H', HOST, '-p', String(port)], cwd, env, port, readiness);
}

/** Spawns a server process and resolves once it is up on `port` (Readiness). */
export async function startServer(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, port: number, readiness: Readiness = 'answers'): Promise<RunningServer> {
  const spawnedAt = process.hrtime.bigint();
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const { pid } = child;
  if (pid === undefined) throw new Error(`could not start ${command}`);
  let output = '';
  const collect = (chunk: Buffer) => { output += chunk.toString(); };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const killOnExit = () => { if (isRunning(child)) process.kill(pid, 'SIGKILL'); };
  process.on('exit', killOnExit);
  const server: RunningServer = {
    origin: `http://${HOST}:${port}`,
    pid,
    spawnedAt,
    output: () => output,
    exitState: () => (isRunning(child) ? null : String(child.signalCode ?? `exit code ${child.exitCode}`)),
    stop: async () => {
      process.off('exit', killOnExit);
      await stopChild(child, pid);
    },
  };
  try {
    await waitUntilServing(server, readiness === 'answers' ? answers : listens(port));
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** A check that the server is up, and how long to wait before checking again. */
type Probe = { up: (origin: string) => Promise<boolean>; pauseMs: number };

const answers: Probe = { up: async (origin) => (await fetch(`${origin}/`)).status < 500, pauseMs: 200 };

/** Polled often: connection refused costs nothing, and a start-up is timed to it. */
function listens(port: number): Probe {
  const up = () => new Promise<boolean>((resolve, reject) => {
    const socket = connect(port, HOST, () => { socket.destroy(); resolve(true); });
    socket.once('error', reject);
  });
  return { up, pauseMs: 5 };
}

async function waitUntilServing(server: RunningServer, probe: Probe): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const gone = server.exitState();
    if (gone) throw new Error(`the server for ${server.origin} stopped (${gone}):\n${server.output()}`);
    try {
      if (await probe.up(server.origin)) return;
    } catch {
      // Not listening yet: connection refused is the expected answer while it starts.
    }
    await new Promise((resolve) => setTimeout(resolve, probe.pauseMs));
  }
  throw new Error(`${server.origin} was not up within ${START_TIMEOUT_MS / 1000} s:\n${server.output()}`);
}

async function stopChild(child: ChildProcess, pid: number): Promise<void> {
  if (!isRunning(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(pid, 'SIGTERM');
  const timer = setTimeout(() => { if (isRunning(child)) process.kill(pid, 'SIGKILL'); }, STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}
