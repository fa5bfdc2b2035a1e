import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import path from 'node:path';
import { nextEnv } from './next-build';

/** A server the benchmark started: where it listens and how to stop it. */
export type RunningServer = { origin: string; pid: number; stop: () => Promise<void> };

const HOST = '127.0.0.1';

/** A port that was free a moment ago: the OS picks one for a throwaway listener. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, HOST, resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address for the port probe');
  return address.port;
}

/** `next start` on the build in `distDir`, once it answers. */
export async function startNext(repo: string, distDir: string): Promise<RunningServer> {
  const port = await freePort();
  const next = path.join(repo, 'node_modules', '.bin', 'next');
  return startServer(next, ['start', '-H', HOST, '-p', String(port)], repo, nextEnv(distDir), port);
}

/** The bare static server (static-server.ts) answering with `file`'s bytes, once it answers. */
export async function startStatic(repo: string, file: string): Promise<RunningServer> {
  const port = await freePort();
  const script = path.join(repo, 'scripts', 'bench', 'static-server.ts');
  return startServer(process.execPath, ['--import', 'tsx', script, file, String(port)], repo, process.env, port);
}

/**
 * Spawns a server process and waits until it answers. It is stopped by its
 * PID; an exit hook also stops it if the benchmark dies before the caller's
 * finally block runs.
 */
async function startServer(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, port: number): Promise<RunningServer> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const { pid } = child;
  if (pid === undefined) throw new Error(`could not start ${command}`);
  let output = '';
  const collect = (chunk: Buffer) => { output += chunk.toString(); };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const killOnExit = () => { if (isRunning(child)) process.kill(pid, 'SIGKILL'); };
  process.on('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    await stopChild(child, pid);
  };
  const origin = `http://${HOST}:${port}`;
  try {
    await waitUntilServing(origin, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, pid, stop };
}

async function waitUntilServing(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (!isRunning(child)) throw new Error(`server for ${origin} exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    try {
      if ((await fetch(`${origin}/`)).status < 500) return;
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer from ${origin}/ within 60 s:\n${output()}`);
}

/** SIGTERM by PID, then SIGKILL if it has not exited within 5 s. */
async function stopChild(child: ChildProcess, pid: number): Promise<void> {
  if (!isRunning(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(pid, 'SIGTERM');
  const timer = setTimeout(() => { if (isRunning(child)) process.kill(pid, 'SIGKILL'); }, 5000);
  await exited;
  clearTimeout(timer);
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}
