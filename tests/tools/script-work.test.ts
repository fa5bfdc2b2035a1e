import { describe, expect, it } from 'vitest';
import { longestScriptWork, type TraceEvent } from '../../scripts/audit/script-work';

/** A made-up trace: one page's main thread (1:1), its compositor (1:2), another page's main thread (2:1). */
const SITE = 'http://127.0.0.1:4000/enhance.js';
const threads: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', pid: 1, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', pid: 1, tid: 2, ts: 0, args: { name: 'Compositor' } },
  { name: 'thread_name', ph: 'M', pid: 2, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
];
const event = (name: string, ts: number, ms: number, url?: string, thread: [number, number] = [1, 1]): TraceEvent => ({
  name, ph: 'X', pid: thread[0], tid: thread[1], ts, dur: ms * 1000, ...(url === undefined ? {} : { args: { data: { url } } }),
});

describe('the longest time the site\'s script ran within one task', () => {
  it('adds up the script\'s own events in a task, a compile inside its evaluation once, and nothing of layout or other scripts', () => {
    const events = [
      ...threads,
      // The deferred script's task: 3 ms of evaluation (1 ms of it compiling), then DOMContentLoaded's layout.
      event('RunTask', 0, 40),
      event('EvaluateScript', 1_000, 3, SITE), event('v8.compile', 1_500, 1, SITE),
      event('FunctionCall', 5_000, 10, 'http://127.0.0.1:4000/other.js'), event('Layout', 16_000, 20),
      // A later task: two calls into it, 5 and 4 ms, one overlapping a call already counted by 1 ms.
      event('RunTask', 100_000, 20),
      event('FunctionCall', 101_000, 5, `${SITE}?v=2`), event('FunctionCall', 105_000, 4, SITE),
    ];
    expect(longestScriptWork(events, '/enhance.js', 1)).toBe(8);
    expect(longestScriptWork(events, '/enhance.js', 4)).toBe(32);
    expect(longestScriptWork(events, '/other.js', 1)).toBe(10);
  });

  it('counts only a page\'s main thread, only within its tasks, and is 0 where the script never ran', () => {
    const events = [
      ...threads,
      event('RunTask', 0, 100, undefined, [1, 2]), event('FunctionCall', 1_000, 60, SITE, [1, 2]),
      event('EvaluateScript', 200_000, 70, SITE),
      event('RunTask', 300_000, 10, undefined, [2, 1]), event('EvaluateScript', 300_000, 6, SITE, [2, 1]),
      event('RunTask', 400_000, 10), event('EvaluateScript', 401_000, 2, 'not a url'),
    ];
    expect(longestScriptWork(events, '/enhance.js', 4)).toBe(24);
    expect(longestScriptWork(threads, '/enhance.js', 4)).toBe(0);
  });
});
