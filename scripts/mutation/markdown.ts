import { equivalents, scores, survivors, type MutationReport } from './summary';

/** MUTATION.md, written from the summary of Stryker's report (./summary.ts). */

/** Code for a Markdown table cell: on one line, cut at 80 characters, fenced so no backtick or pipe breaks the table. */
export function codeCell(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  const cut = flat.length > 80 ? `${flat.slice(0, 79)}\u2026` : flat;
  const longestRun = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padded = cut.startsWith('`') || cut.endsWith('`') ? ` ${cut} ` : cut;
  return `${fence}${padded.replace(/\|/g, '\\|')}${fence}`;
}

export type RunFacts = { date: string; minutes: number; command: string };

const percent = (score: number | null) => (score === null ? 'n/a' : `${score.toFixed(1)}%`);

function scoreTable(report: MutationReport): string[] {
  return [
    '| folder | mutants | killed | timed out | survived | no coverage | static (left out) | equivalent (disabled) | errors | score |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...scores(report).map((s) => `| ${s.label} | ${s.mutants} | ${s.killed} | ${s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.static} | ${s.disabled} | ${s.errors} | ${percent(s.score)} |`),
  ];
}

function survivorSection(report: MutationReport): string[] {
  const left = survivors(report);
  if (left.length === 0) return [`## Surviving mutants (0)`, '', 'None: every mutant that ran was killed.'];
  return [
    `## Surviving mutants (${left.length})`,
    '',
    'Each is a change to the code that no test noticed: a test to write, or, once a person has checked that the change makes no difference, an equivalent mutant to disable in the code with its reason.',
    '',
    '| where | mutator | replaced by | status |',
    '|---|---|---|---|',
    ...left.map((s) => `| ${s.file}:${s.line} | ${s.mutator} | ${codeCell(s.replacement)} | ${s.status} |`),
  ];
}

/** Each distinct line once, with how many times it came. */
function counted(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return counts;
}

function equivalentSection(report: MutationReport): string[] {
  const listed = equivalents(report);
  if (listed.length === 0) return [];
  return [
    '',
    `## Equivalent mutants, disabled in the code (${listed.length})`,
    '',
    'Changes that make no difference anyone could test, each disabled by a `// Stryker disable` comment that says why.',
    '',
    '| where | mutator | mutants | why |',
    '|---|---|---:|---|',
    ...[...counted(listed.map((e) => `| ${e.file}:${e.line} | ${e.mutator} | COUNT | ${e.reason.replace(/\|/g, '\\|')} |`))]
      .map(([row, count]) => row.replace('COUNT', String(count))),
  ];
}

/** MUTATION.md: what ran, the score per folder, the surviving mutants and the ones disabled as equivalent. */
export function mutationMarkdown(report: MutationReport, run: RunFacts): string {
  return [
    '# Mutation testing',
    '',
    `${report.framework.name} ${report.framework.version}, run on ${run.date} with \`${run.command}\`, took ${run.minutes} minutes.`,
    `Mutated: ${report.config.mutate.map((glob) => `\`${glob}\``).join(', ')}. Static mutants are left out (\`ignoreStatic\`), and so are`,
    'mutants disabled in the code as equivalent; the score is the share of the others that a unit test killed (or that timed out).',
    'README, "Mutation testing", says how to run it.',
    '',
    ...scoreTable(report),
    '',
    ...survivorSection(report),
    ...equivalentSection(report),
    '',
  ].join('\n');
}
