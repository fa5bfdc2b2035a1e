/**
 * How long the site's own script worked without a break, from a run's trace:
 * the longest time its code ran within one task of a page's main thread,
 * scaled by the CPU slowdown Lighthouse simulates (4 on its mobile phone).
 *
 * Lighthouse names a long task after the first script it finds in it, so the
 * task that runs `/enhance.js` (2 ms of evaluation) and then Chromium's own
 * first layout of the page, at DOMContentLoaded, for the header's search field
 * (not forced by script: the layout's trace event carries no script stack), is
 * "a long task from /enhance.js". Issue 21 asks that the site's script cause
 * no long task; this measures what the script itself does.
 */

/** The trace events this reads: Chrome's trace format, as Lighthouse's artifacts hold it. */
export type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: unknown; data?: { url?: unknown } } };

/** Chromium's trace events in which a script's own code runs, each naming its script. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule']);
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function isScript(event: TraceEvent, scriptPath: string): boolean {
  const url = event.args?.data?.url;
  return SCRIPT_EVENTS.has(event.name) && typeof url === 'string' && URL.canParse(url) && new URL(url).pathname === scriptPath;
}

/** The longest time, in ms, the script at `scriptPath` ran within one task of a renderer's main thread, times `slowdown`. */
export function longestScriptWork(events: readonly TraceEvent[], scriptPath: string, slowdown: number): number {
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e: TraceEvent) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`);
  const scripts = events.filter((e) => onMain(e) && isScript(e, scriptPath)).sort((a, b) => a.ts - b.ts);
  let longest = 0;
  for (const task of events.filter((e) => onMain(e) && TASK_EVENTS.has(e.name))) {
    const end = task.ts + (task.dur ?? 0);
    let worked = 0;
    let coveredTo = -Infinity;
    for (const script of scripts) {
      if (script.pid !== task.pid || script.tid !== task.tid || script.ts < task.ts || script.ts >= end) continue;
      // A compile or a call inside an evaluation already counted is not counted again.
      const scriptEnd = script.ts + (script.dur ?? 0);
      if (scriptEnd <= coveredTo) continue;
      worked += scriptEnd - Math.max(script.ts, coveredTo);
      coveredTo = scriptEnd;
    }
    longest = Math.max(longest, worked);
  }
  return (longest / 1000) * slowdown;
}
