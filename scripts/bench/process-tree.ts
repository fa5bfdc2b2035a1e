/**
 * The pure parts of measuring a process tree's memory from /proc: reading a
 * `/proc/<pid>/stat` line, finding a process's descendants from the parent
 * ids, telling a build's samples from its post-build's, and the peaks of a
 * run's samples. Reading /proc itself is tree-memory.ts.
 */

/** What one `/proc/<pid>/stat` line says that the benchmark uses: the process, its parent and its resident set in pages. */
export type ProcStat = { pid: number; ppid: number; rssPages: number };

/**
 * Reads a `/proc/<pid>/stat` line (proc(5)). The second field, the command
 * name in parentheses, may itself hold spaces and parentheses, so the fields
 * after it are counted from the last ")": state is field 3, ppid field 4,
 * rss (in pages) field 24.
 */
export function parseProcStat(line: string): ProcStat {
  const open = line.indexOf(' (');
  const close = line.lastIndexOf(')');
  if (open === -1 || close < open) throw new Error(`expected "<pid> (<comm>) <state> <ppid> ...", found "${line.slice(0, 80)}"`);
  const rest = line.slice(close + 1).trim().split(/\s+/);
  return { pid: wholeNumber(line.slice(0, open), 'pid', line), ppid: wholeNumber(rest[1], 'ppid', line), rssPages: wholeNumber(rest[21], 'rss', line) };
}

function wholeNumber(text: string | undefined, name: string, line: string): number {
  const n = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || !Number.isSafeInteger(n)) throw new Error(`expected a whole number for ${name}, found "${text ?? ''}" in "${line.slice(0, 80)}"`);
  return n;
}

/**
 * The proportional set size in `/proc/<pid>/smaps_rollup` ("Pss:  229 kB"),
 * in bytes: each page shared with other processes counts as its share, so
 * the sum over processes is their part of the machine's memory. Null when
 * the text holds no such line.
 */
export function pssBytesOf(smapsRollup: string): number | null {
  const match = /^Pss:\s+(\d+) kB$/m.exec(smapsRollup);
  return match ? Number(match[1]) * 1024 : null;
}

/** The root and every process below it, from each process's parent id. */
export function treeOf(processes: readonly ProcStat[], root: number): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const p of processes) {
    const siblings = children.get(p.ppid) ?? [];
    siblings.push(p);
    children.set(p.ppid, siblings);
  }
  const tree = processes.filter((p) => p.pid === root);
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]?.pid ?? -1) ?? []));
  return tree;
}

/** The script files npm's `postbuild` runs ("tsx scripts/strip-runtime.ts && tsx ..."), so the list lives in package.json alone. */
export function postBuildScripts(postbuild: string): string[] {
  return [...postbuild.matchAll(/\S+\.[cm]?[jt]s\b/g)].map((m) => m[0]);
}

export type Phase = 'build' | 'post-build';

/** A sample is post-build when some process of the tree runs one of the post-build scripts (its command line names it). */
export function phaseOf(commandLines: readonly string[], scripts: readonly string[]): Phase {
  return commandLines.some((line) => scripts.some((script) => line.includes(script))) ? 'post-build' : 'build';
}

/** One reading of the tree: when (seconds from spawn), which phase, and the sums of its processes' resident and proportional sets. */
export type MemorySample = { seconds: number; phase: Phase; rssBytes: number; pssBytes: number; processes: number };

/**
 * The peaks of a run, each phase apart (RSS sums, and PSS sums beside them),
 * and when the post-build phase began; the post-build's are null if no
 * sample saw it.
 */
export type MemoryPeaks = {
  buildBytes: number;
  postBuildBytes: number | null;
  buildPssBytes: number;
  postBuildPssBytes: number | null;
  postBuildStartSeconds: number | null;
  samples: number;
  mostProcesses: number;
};

export function peaksOf(samples: readonly MemorySample[]): MemoryPeaks {
  const peak = (phase: Phase, of: (s: MemorySample) => number) =>
    samples.filter((s) => s.phase === phase).reduce<number | null>((max, s) => Math.max(max ?? 0, of(s)), null);
  return {
    buildBytes: peak('build', (s) => s.rssBytes) ?? 0,
    postBuildBytes: peak('post-build', (s) => s.rssBytes),
    buildPssBytes: peak('build', (s) => s.pssBytes) ?? 0,
    postBuildPssBytes: peak('post-build', (s) => s.pssBytes),
    postBuildStartSeconds: samples.find((s) => s.phase === 'post-build')?.seconds ?? null,
    samples: samples.length,
    mostProcesses: samples.reduce((max, s) => Math.max(max, s.processes), 0),
  };
}
