import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseProcStat, peaksOf, phaseOf, postBuildScripts, pssBytesOf, treeOf, type MemorySample } from '@/scripts/bench/process-tree';

/** A /proc/<pid>/stat line as Linux writes it, with this command name, parent and resident set (pages). */
function statLine(pid: number, comm: string, ppid: number, rssPages: number): string {
  return `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194560 2399 0 0 0 5 1 0 0 20 0 11 0 4242 1104076800 ${rssPages} 18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 1 0 0 0 0 0`;
}

describe('reading a process tree\'s memory from /proc', () => {
  it('reads the pid, the parent and the resident set, whatever the command name holds', () => {
    expect(parseProcStat(statLine(18278, 'next-server (v16.4.6)', 1, 36658))).toEqual({ pid: 18278, ppid: 1, rssPages: 36658 });
    expect(parseProcStat(statLine(7, 'a) S 99 (b', 3, 12))).toEqual({ pid: 7, ppid: 3, rssPages: 12 });
    expect(parseProcStat(readFileSync('/proc/self/stat', 'utf8')).pid).toBeGreaterThan(0);
  });

  it('rejects a line that is not a stat line, naming what it found', () => {
    expect(() => parseProcStat('no parentheses here')).toThrow('expected "<pid> (<comm>) <state> <ppid> ...", found "no parentheses here"');
    expect(() => parseProcStat('12 (node) S 1')).toThrow('expected a whole number for rss, found ""');
  });

  it('reads the proportional set size from smaps_rollup, in bytes', () => {
    const rollup = '560506229000-7ffc3086b000 ---p 00000000 00:00 0  [rollup]\nRss:                1720 kB\nPss:                 229 kB\nPss_Dirty:           108 kB\n';
    expect(pssBytesOf(rollup)).toBe(229 * 1024);
    expect(pssBytesOf('Rss: 1720 kB\n')).toBeNull();
    expect(pssBytesOf(readFileSync('/proc/self/smaps_rollup', 'utf8'))).toBeGreaterThan(0);
  });

  it('finds the root and every descendant, and nothing else', () => {
    const all = [
      { pid: 1, ppid: 0, rssPages: 1 }, { pid: 10, ppid: 1, rssPages: 5 }, { pid: 11, ppid: 10, rssPages: 6 },
      { pid: 12, ppid: 11, rssPages: 7 }, { pid: 13, ppid: 10, rssPages: 8 }, { pid: 20, ppid: 1, rssPages: 100 },
    ];
    expect(treeOf(all, 10).map((p) => p.pid).sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
    expect(treeOf(all, 12).map((p) => p.pid)).toEqual([12]);
    expect(treeOf(all, 99)).toEqual([]);
  });

  it('takes the post-build scripts from package.json\'s postbuild, the one place that lists them', () => {
    expect(postBuildScripts('tsx scripts/strip-runtime.ts && tsx scripts/build-search-index.ts')).toEqual(['scripts/strip-runtime.ts', 'scripts/build-search-index.ts']);
    const { scripts } = z.object({ scripts: z.object({ postbuild: z.string() }) }).parse(JSON.parse(readFileSync('package.json', 'utf8')));
    expect(postBuildScripts(scripts.postbuild)).toEqual(['scripts/strip-runtime.ts', 'scripts/build-search-index.ts']);
  });

  it('counts a sample as post-build while some process of the tree runs a post-build script', () => {
    const scripts = ['scripts/strip-runtime.ts', 'scripts/build-search-index.ts'];
    const build = ['npm run --silent build', 'node /x/node_modules/.bin/next build', 'sh -c npm run --silent check-content && tsx scripts/build-enhance.ts'];
    expect(phaseOf(build, scripts)).toBe('build');
    expect(phaseOf([...build.slice(0, 1), 'node /x/node_modules/.bin/tsx scripts/build-search-index.ts'], scripts)).toBe('post-build');
    expect(phaseOf([], scripts)).toBe('build');
  });

  it('takes each phase\'s peak and when the post-build began', () => {
    const samples: MemorySample[] = [
      { seconds: 0, phase: 'build', rssBytes: 50, pssBytes: 40, processes: 1 },
      { seconds: 1, phase: 'build', rssBytes: 900, pssBytes: 600, processes: 5 },
      { seconds: 1.2, phase: 'build', rssBytes: 800, pssBytes: 700, processes: 4 },
      { seconds: 2, phase: 'post-build', rssBytes: 120, pssBytes: 110, processes: 3 },
      { seconds: 3, phase: 'post-build', rssBytes: 200, pssBytes: 90, processes: 2 },
    ];
    expect(peaksOf(samples)).toEqual({
      buildBytes: 900, postBuildBytes: 200, buildPssBytes: 700, postBuildPssBytes: 110, postBuildStartSeconds: 2, samples: 5, mostProcesses: 5,
    });
    expect(peaksOf(samples.slice(0, 2))).toEqual({
      buildBytes: 900, postBuildBytes: null, buildPssBytes: 600, postBuildPssBytes: null, postBuildStartSeconds: null, samples: 2, mostProcesses: 5,
    });
  });
});
