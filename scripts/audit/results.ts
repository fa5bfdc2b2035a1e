import type { Result } from 'lighthouse';
import { LOOPBACK_NOTES, failingAudits, type FailingAudit } from './findings';
import { mainThreadMisses, mainThreadOf, type MainThread } from './main-thread';
import type { AuditedPage } from './pages';
import { CATEGORIES, meetsTarget, targetFor, toPercent, type CategoryId, type FormFactor } from './targets';

/** One Lighthouse run as it came back: which page, which form factor, the full result, and what its trace says of the site's script. */
export type PageRun = { page: AuditedPage; formFactor: FormFactor; lhr: Result; siteScriptWorkMs: number };

/** One category of one run: its score, its target and, when below 100, what pulled it down. */
export type Cell = { category: CategoryId; score: number | null; target: number; met: boolean; failing: FailingAudit[] };

/** What the report needs from one Lighthouse run. */
export type RunSummary = {
  page: AuditedPage;
  formFactor: FormFactor;
  cells: Cell[];
  warnings: string[];
  /** Lighthouse's measure of the CPU during the run; below 1000 it warns that mobile timings may be off. */
  benchmarkIndex: number;
  loopback: { id: string; status: string }[];
  /** Audits Lighthouse could not run: they drop out of the score, so a failure there would go unseen. */
  errored: { id: string; title: string; message: string }[];
  mainThread: MainThread;
};

/** Scores each category against its target and keeps the failing audits of any score below 100. */
export function summariseRun({ page, formFactor, lhr, siteScriptWorkMs }: PageRun): RunSummary {
  const cells = CATEGORIES.map((category): Cell => {
    const score = toPercent(lhr.categories[category]?.score ?? null);
    const target = targetFor(formFactor, category, page.kind);
    const failing = score === 100 ? [] : failingAudits(lhr, category);
    return { category, score, target, met: meetsTarget(score, target), failing };
  });
  const loopback = Object.keys(LOOPBACK_NOTES).map((id) => ({ id, status: auditStatus(lhr, id) }));
  return {
    page, formFactor, cells, warnings: lhr.runWarnings, benchmarkIndex: lhr.environment.benchmarkIndex, loopback,
    errored: erroredAudits(lhr), mainThread: mainThreadOf(lhr, siteScriptWorkMs),
  };
}

function erroredAudits(lhr: Result): RunSummary['errored'] {
  const ids = new Set(CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.map((ref) => ref.id) ?? []));
  return [...ids].flatMap((id) => {
    const audit = lhr.audits[id];
    if (audit?.scoreDisplayMode !== 'error') return [];
    return [{ id, title: audit.title, message: (audit.errorMessage ?? 'no message').split('\n')[0] ?? '' }];
  });
}

/** Every cell that misses its target, across all runs. */
export function missedTargets(runs: RunSummary[]): { run: RunSummary; cell: Cell }[] {
  return runs.flatMap((run) => run.cells.filter((cell) => !cell.met).map((cell) => ({ run, cell })));
}

/** Every target missed, scores and the lists' main-thread targets alike, in words. */
export function allMisses(runs: RunSummary[]): string[] {
  return [
    ...missedTargets(runs).map(({ run, cell }) => `${run.page.path} ${run.formFactor}: ${cell.category} ${cell.score ?? 'not scored'}, target ${cell.target}`),
    ...runs.flatMap((run) => mainThreadMisses(run).map((miss) => `${run.page.path} ${run.formFactor}: ${miss}`)),
  ];
}

function auditStatus(lhr: Result, id: string): string {
  const audit = lhr.audits[id];
  if (!audit) return 'not run';
  if (audit.scoreDisplayMode === 'notApplicable') return 'not applicable';
  if (audit.score === null) return audit.scoreDisplayMode;
  return audit.score >= 1 ? 'passed' : `failed (score ${audit.score})`;
}
