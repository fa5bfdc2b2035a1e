import path from 'node:path';
import { freePort, startNextServer, startServer, type RunningServer } from '../shared/server-process';
import { nextEnv } from './next-build';

export type { RunningServer };

/** `next start` on the build in `distDir`, once it answers. */
export async function startNext(repo: string, distDir: string): Promise<RunningServer> {
  return startNextServer(repo, nextEnv(distDir), await freePort());
}

/** The bare static server (static-server.ts) answering with `file`'s bytes, once it answers. */
export async function startStatic(repo: string, file: string): Promise<RunningServer> {
  const port = await freePort();
  const script = path.join(repo, 'scripts', 'bench', 'static-server.ts');
  return startServer(process.execPath, ['--import', 'tsx', script, file, String(port)], repo, process.env, port);
}
