import { erroredSection, loopbackSection, warningsSection } from './caveats';
import type { FailingAudit } from './findings';
import { mainThreadSection } from './main-thread';
import { code, escapeText } from './markdown-text';
import { allMisses, type Cell, type RunSummary } from './results';
import { tableRows, targetsSentence } from './table';
import { CATEGORY_TITLES, describeTarget } from './targets';

/** Facts about the run that the report states at the top. */
export type AuditContext = { date: Date; lighthouseVersion: string; chromiumVersion: string; chromiumPath: string; origin: string };

/** AUDIT.md: what was run, the scores against the targets, and what to fix for each score below 100. */
export function auditMarkdown(context: AuditContext, runs: RunSummary[]): string {
  return [
    '# Lighthouse audit', '',
    'Written by `npm run audit` (`scripts/audit.ts`); run it again rather than editing this file.', '',
    ...aboutRun(context), benchmarkLine(runs), '',
    '## Scores', '',
    targetsSentence(), '',
    resultSentence(runs), '',
    ...markdownTable(runs), '',
    '✓ meets its target, ✗ misses it.', '',
    ...mainThreadSection(runs),
    ...belowHundred(runs),
    ...erroredSection(runs),
    ...loopbackSection(runs),
    ...warningsSection(runs),
  ].join('\n');
}

function aboutRun(c: AuditContext): string[] {
  return [
    `- Date: ${c.date.toISOString()}`,
    `- Lighthouse ${c.lighthouseVersion}; ${c.chromiumVersion} (\`${c.chromiumPath}\`, headless)`,
    `- Site: built with \`SITE_URL=${c.origin}\` into \`.next-audit/\` and served by \`next start\` at that address`,
    '- Desktop: Lighthouse\'s desktop config, one run. Mobile: its default config (a simulated mid-range phone on slow 4G), run three times a page (`AUDIT_RUNS` to change) and reported by Lighthouse\'s median run (`computeMedianRun`), since throttled timings vary from run to run on a shared machine.',
  ];
}

/** A busy or slow machine lowers performance scores; the index says how busy this one was. */
function benchmarkLine(runs: RunSummary[]): string {
  const indexes = runs.map((run) => Math.round(run.benchmarkIndex));
  return `- CPU benchmark index (Lighthouse's, per run): ${indexes.join(', ')}; below 1000 it warns that performance may be misjudged.`;
}

function resultSentence(runs: RunSummary[]): string {
  const missed = allMisses(runs);
  return missed.length === 0 ? '**Result: every target is met.**' : `**Result: ${missed.length} target(s) missed:** ${missed.map(escapeText).join('; ')}.`;
}

function markdownTable(runs: RunSummary[]): string[] {
  const [header, ...body] = tableRows(runs, (run) => `${run.page.label} \`${run.page.path}\``);
  if (!header) return [];
  const row = (cells: string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [row(header), row(header.map(() => '---')), ...body.map(row)];
}

function belowHundred(runs: RunSummary[]): string[] {
  const sections = runs.flatMap((run) => run.cells.filter((cell) => cell.score !== 100).map((cell) => cellSection(run, cell)));
  if (sections.length === 0) return [];
  return ['## Scores below 100', '', 'Failing audits, those that count against the score first (heaviest first), then unscored advice.', '', ...sections.flat()];
}

function cellSection(run: RunSummary, cell: Cell): string[] {
  const verdict = cell.met ? 'met' : '**missed**';
  const weighted = cell.failing.filter((a) => a.weight > 0);
  const advice = cell.failing.filter((a) => a.weight === 0);
  return [
    `### ${run.page.label} \`${run.page.path}\`, ${run.formFactor}: ${CATEGORY_TITLES[cell.category]} ${cell.score ?? 'not scored'}`, '',
    `Target ${describeTarget(cell.target)}: ${verdict}.`, '',
    ...(weighted.length > 0 ? weighted.flatMap(auditLines) : ['No scored audit failed outright; the score is the sum of partial scores.']),
    ...(advice.length > 0 ? ['', 'Unscored advice:', '', ...advice.flatMap(auditLines)] : []),
    '',
  ];
}

function auditLines(audit: FailingAudit): string[] {
  const value = audit.displayValue ? `: ${audit.displayValue}` : '';
  const head = `- \`${audit.id}\` ${escapeText(audit.title)}${escapeText(value)} (score ${audit.score.toFixed(2)}, weight ${formatWeight(audit.weight)})`;
  const lines = [head];
  if (audit.loopbackNote) lines.push(`  - Plain HTTP on loopback: ${audit.loopbackNote}`);
  if (audit.explanation) lines.push(`  - ${code(audit.explanation)}`);
  lines.push(...audit.items.map((item) => `  - ${code(item)}`));
  if (audit.totalItems > audit.items.length) lines.push(`  - and ${audit.totalItems - audit.items.length} more`);
  if (audit.evidence && audit.evidence.items.length > 0) {
    lines.push(`  - where, from \`${audit.evidence.id}\`:`, ...audit.evidence.items.map((item) => `    - ${code(item)}`));
  }
  return lines;
}

/** Weights such as SEO's 93/23 print as 4.04 rather than 4.043478260869565. */
function formatWeight(weight: number): string {
  return Number.isInteger(weight) ? String(weight) : weight.toFixed(2);
}
