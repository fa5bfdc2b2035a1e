import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { parseProcStat, peaksOf, phaseOf, pssBytesOf, treeOf, type MemoryPeaks, type MemorySample, type ProcStat } from './process-tree';

/**
 * Memory of a process tree (a build: npm, next build and its workers, the
 * post-build's tsx processes; or a server), read from Linux's /proc: the sum
 * of the resident set sizes of the root and all its descendants. Shared pages
 * (node's own code, mapped libraries) count once per process, as in `ps`; for
 * a build, the sum of proportional set sizes, which shares them out, is
 * taken beside it.
 */

/** The kernel's page size, in which /proc/<pid>/stat gives the resident set. */
const PAGE_BYTES = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim());
if (!Number.isInteger(PAGE_BYTES) || PAGE_BYTES <= 0) throw new Error(`getconf PAGESIZE: expected a number of bytes, found ${PAGE_BYTES}`);

/** Reads a /proc file, or null when its process has exited since /proc was listed. */
function readProc(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Every process on the machine, as /proc lists it at this moment. */
function processes(): ProcStat[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => readProc(`/proc/${pid}/stat`))
    .filter((line): line is string => line !== null)
    .map(parseProcStat);
}

/** A process's command line with its arguments between spaces ("" once it has exited). */
function commandLine(pid: number): string {
  return (readProc(`/proc/${pid}/cmdline`) ?? '').split('\0').join(' ').trim();
}

/** A process's proportional set size in bytes (0 once it has exited). */
function pssBytes(pid: number): number {
  return pssBytesOf(readProc(`/proc/${pid}/smaps_rollup`) ?? '') ?? 0;
}

/** The resident set of `root` and all its descendants now, in bytes. */
export function treeRssBytes(root: number): number {
  return treeOf(processes(), root).reduce((sum, p) => sum + p.rssPages * PAGE_BYTES, 0);
}

/**
 * Samples the tree under `root` every `intervalMs` until stopped. A sample is
 * post-build when a process of the tree runs one of `postBuildScripts`;
 * `stop()` returns each phase's peak.
 */
export function sampleTreeMemory(root: number, postBuildScripts: readonly string[], intervalMs = 200): { stop: () => MemoryPeaks } {
  const started = process.hrtime.bigint();
  const samples: MemorySample[] = [];
  const take = () => {
    const tree = treeOf(processes(), root);
    if (tree.length === 0) return;
    samples.push({
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
      phase: phaseOf(tree.map((p) => commandLine(p.pid)), postBuildScripts),
      rssBytes: tree.reduce((sum, p) => sum + p.rssPages * PAGE_BYTES, 0),
      pssBytes: tree.reduce((sum, p) => sum + pssBytes(p.pid), 0),
      processes: tree.length,
    });
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peaksOf(samples);
    },
  };
}
