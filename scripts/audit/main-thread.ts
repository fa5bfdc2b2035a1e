import type { Result } from 'lighthouse';
import { escapeText } from './markdown-text';
import type { RunSummary } from './results';
import { SITE_SCRIPT } from './run-lighthouse';
import { LIST_TBT_LIMIT_MS } from './targets';

/**
 * Where a run's main-thread time went (issue 21): Total Blocking Time, style
 * and layout, the site's own script, and how many elements the page has. On
 * a list of councils the Total Blocking Time must stay under 100 ms and the
 * site's script may cause no long task: its own work within one task, from
 * the run's trace, stays under a long task's 50 ms (scripts/audit/script-work.ts
 * says why Lighthouse's naming of long tasks cannot tell).
 */

/** A long task, as Lighthouse and the browsers count one. */
const LONG_TASK_MS = 50;

export type MainThread = {
  blockingMs: number | null;
  styleLayoutMs: number | null;
  /** The site's script's evaluation time (Lighthouse's bootup-time "scripting"); null when it ran too briefly to be listed. */
  siteScriptMs: number | null;
  /** The longest the site's script worked within one task, from the trace, scaled as Lighthouse scales its timings. */
  siteScriptWorkMs: number;
  /** The durations of the long tasks Lighthouse names after the site's script: the first script each ran, whatever else it did. */
  siteLongTasks: number[];
  elements: number | null;
};

type Row = Record<string, unknown>;

function rows(lhr: Result, id: string): Row[] {
  const details: unknown = lhr.audits[id]?.details;
  if (typeof details !== 'object' || details === null || !('items' in details) || !Array.isArray(details.items)) return [];
  return details.items.filter((item: unknown): item is Row => typeof item === 'object' && item !== null);
}

const isSiteScript = (row: Row) => typeof row.url === 'string' && new URL(row.url, 'http://x').pathname === SITE_SCRIPT;
const numberOf = (value: unknown) => (typeof value === 'number' ? value : null);

export function mainThreadOf(lhr: Result, siteScriptWorkMs: number): MainThread {
  return {
    blockingMs: numberOf(lhr.audits['total-blocking-time']?.numericValue),
    styleLayoutMs: numberOf(rows(lhr, 'mainthread-work-breakdown').find((row) => row.group === 'styleLayout')?.duration),
    siteScriptMs: numberOf(rows(lhr, 'bootup-time').find(isSiteScript)?.scripting),
    siteScriptWorkMs,
    siteLongTasks: rows(lhr, 'long-tasks').filter(isSiteScript).flatMap((row) => numberOf(row.duration) ?? []),
    elements: numberOf(lhr.audits['dom-size']?.numericValue),
  };
}

/** What a list of councils misses of issue 21's main-thread targets, in words; nothing for a report's pages. */
export function mainThreadMisses(run: Pick<RunSummary, 'page' | 'mainThread'>): string[] {
  if (run.page.kind !== 'list') return [];
  const { blockingMs, siteScriptWorkMs } = run.mainThread;
  return [
    ...(blockingMs === null || blockingMs >= LIST_TBT_LIMIT_MS ? [`Total Blocking Time ${ms(blockingMs)}, not under ${LIST_TBT_LIMIT_MS} ms`] : []),
    ...(siteScriptWorkMs >= LONG_TASK_MS ? [`${SITE_SCRIPT} worked ${ms(siteScriptWorkMs)} in one task, a long task of its own`] : []),
  ];
}

function ms(value: number | null): string {
  return value === null ? 'not measured' : `${Math.round(value)} ms`;
}

/** The section of AUDIT.md: every run's main-thread figures, and for the lists whether each target is met. */
export function mainThreadSection(runs: RunSummary[]): string[] {
  const row = (run: RunSummary) => {
    const m = run.mainThread;
    const misses = mainThreadMisses(run);
    const verdict = run.page.kind === 'list' ? (misses.length === 0 ? '✓' : `✗ ${escapeText(misses.join('; '))}`) : 'not a list';
    const named = m.siteLongTasks.length === 0 ? 'none' : m.siteLongTasks.map(ms).join(', ');
    return `| ${run.page.label} \`${run.page.path}\` | ${run.formFactor} | ${ms(m.blockingMs)} | ${ms(m.styleLayoutMs)} | ${ms(m.siteScriptMs)} | ${ms(m.siteScriptWorkMs)} | ${named} | ${m.elements ?? '–'} | ${verdict} |`;
  };
  return [
    '## Main thread', '',
    `On the lists of councils: Total Blocking Time under ${LIST_TBT_LIMIT_MS} ms and no long task from the site's own script (\`${SITE_SCRIPT}\`): its own work within any one task under ${LONG_TASK_MS} ms.`,
    'Times are Lighthouse\'s (on mobile, its simulated phone: the measured time scaled for a slower CPU); "not measured" for the script\'s evaluation means it ran too briefly for Lighthouse to list it.',
    `"Its longest work in one task" is from the run's trace: the time the script's own code ran (its evaluation, and the calls into it) within one task of the page's main thread, scaled as Lighthouse scales (4 times on mobile). "Long tasks named after it" are Lighthouse's: it names a long task after the first script the task ran, and the task that runs the script (deferred, after parsing) goes on to Chromium's own first layout of the page at DOMContentLoaded, which no script asked for (the layout's trace event carries no script stack; scripts/audit/script-work.ts).`, '',
    '| page | form factor | Total Blocking Time | style and layout | site script evaluation | its longest work in one task | long tasks named after it | elements | lists\' targets |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...runs.map(row), '',
  ];
}
