import path from 'node:path';
import { freePort, startNextServer, startServer, type Readiness, type RunningServer } from '../shared/server-process';
import { nextEnv } from './next-build';

export type { RunningServer };

/** The search page cache a server runs with: its default size, or none (SEARCH_CACHE_MB=0), so every search reaches the engine. */
export type SearchCache = 'default' | 'off';

/**
 * `next start` in `cwd` on the build in `distDir` (null: .next, as in a
 * project copy), with the search cache as given: SEARCH_CACHE_MB is removed
 * for the default, whatever the benchmark's own environment says, or set to 0.
 */
export async function startNext(cwd: string, distDir: string | null, cache: SearchCache = 'default', readiness: Readiness = 'answers'): Promise<RunningServer> {
  const env = nextEnv(distDir);
  delete env.SEARCH_CACHE_MB;
  if (cache === 'off') env.SEARCH_CACHE_MB = '0';
  return startNextServer(cwd, env, await freePort(), readiness);
}

/** The bare static server (static-server.ts) answering with `file`'s bytes, once it answers. */
export async function startStatic(repo: string, file: string): Promise<RunningServer> {
  const port = await freePort();
  const script = path.join(repo, 'scripts', 'bench', 'static-server.ts');
  return startServer(process.execPath, ['--import', 'tsx', script, file, String(port)], repo, process.env, port);
}
