import { LOOPBACK_NOTES } from './findings';
import { code, escapeText } from './markdown-text';
import type { RunSummary } from './results';

/**
 * The parts of AUDIT.md that say what the scores cannot show: audits that did
 * not run, what plain HTTP on loopback leaves unchecked, and Lighthouse's own warnings.
 */

/** Each audit that errored, once, with the runs it errored in: usually the same few on every run. */
export function erroredSection(runs: RunSummary[]): string[] {
  const byId = new Map<string, { title: string; message: string; runs: string[] }>();
  for (const run of runs) {
    for (const audit of run.errored) {
      const entry = byId.get(audit.id) ?? { title: audit.title, message: audit.message, runs: [] };
      entry.runs.push(`${run.page.label}, ${run.formFactor}`);
      byId.set(audit.id, entry);
    }
  }
  if (byId.size === 0) return [];
  return [
    '## Audits Lighthouse could not run', '',
    'An audit that errors is left out of its category\'s score, so a problem it would find is not in the table above.', '',
    ...[...byId].flatMap(([id, e]) => [
      `- \`${id}\` ${escapeText(e.title)} (${e.runs.length === runs.length ? 'every run' : e.runs.join('; ')})`,
      `  - ${code(e.message)}`,
    ]), '',
  ];
}

/** The transport-dependent audits, what loopback leaves unchecked, and how each run came out. */
export function loopbackSection(runs: RunSummary[]): string[] {
  const ids = Object.keys(LOOPBACK_NOTES);
  const rows = runs.map((run) => `| ${run.page.label}, ${run.formFactor} | ${run.loopback.map((l) => l.status).join(' | ')} |`);
  return [
    '## Plain HTTP on loopback', '',
    'The audit serves plain HTTP on 127.0.0.1. Lighthouse treats that as a secure context, so these audits',
    'pass or are skipped here whatever the deployment does; check them against the HTTPS site.', '',
    ...ids.map((id) => `- \`${id}\`: ${LOOPBACK_NOTES[id] ?? ''}`), '',
    `| run | ${ids.map((id) => `\`${id}\``).join(' | ')} |`, `|---|${ids.map(() => '---').join('|')}|`, ...rows, '',
  ];
}

/** Lighthouse's run warnings (a slow CPU, stored data), which qualify the performance scores. */
export function warningsSection(runs: RunSummary[]): string[] {
  const warned = runs.filter((run) => run.warnings.length > 0);
  if (warned.length === 0) return [];
  return ['## Lighthouse\'s warnings', '', ...warned.flatMap((run) =>
    run.warnings.map((w) => `- ${run.page.label}, ${run.formFactor}: ${escapeText(w)}`)), ''];
}
