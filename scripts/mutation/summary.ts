import { z } from 'zod';

/**
 * MUTATION.md from Stryker's JSON report (the mutation-testing-elements
 * schema): the score per folder of lib/ and every mutant no test killed.
 * Pure, so tests/tools/mutation-summary.test.ts feeds it a report.
 */

const MutantSchema = z.object({
  mutatorName: z.string(),
  replacement: z.string().optional(),
  status: z.enum(['Killed', 'Survived', 'NoCoverage', 'Timeout', 'CompileError', 'RuntimeError', 'Ignored', 'Pending']),
  location: z.object({ start: z.object({ line: z.number().int() }) }),
});

export const MutationReportSchema = z.object({
  framework: z.object({ name: z.string(), version: z.string() }),
  config: z.object({ mutate: z.array(z.string()) }),
  files: z.record(z.string(), z.object({ mutants: z.array(MutantSchema) })),
});

export type MutationReport = z.infer<typeof MutationReportSchema>;

/** The folders MUTATION.md scores one by one; every other file of lib/ counts as "the rest". */
export const GROUPS: readonly { label: string; prefix: string }[] = [
  { label: 'lib/assessment', prefix: 'lib/assessment/' },
  { label: 'lib/view', prefix: 'lib/view/' },
  { label: 'lib/search', prefix: 'lib/search/' },
  { label: 'lib/markdown.ts', prefix: 'lib/markdown.ts' },
  { label: 'lib/post-build (the post-build rules)', prefix: 'lib/post-build/' },
  { label: 'lib/register', prefix: 'lib/register/' },
];
const REST = 'the rest of lib/';

export type GroupScore = { label: string; mutants: number; killed: number; survived: number; noCoverage: number; timeout: number; ignored: number; errors: number; score: number | null };

export function groupOf(file: string): string {
  return GROUPS.find((g) => file.startsWith(g.prefix))?.label ?? REST;
}

function scoreOf(label: string, statuses: readonly string[]): GroupScore {
  const count = (...wanted: string[]) => statuses.filter((s) => wanted.includes(s)).length;
  const detected = count('Killed', 'Timeout');
  const valid = detected + count('Survived', 'NoCoverage');
  return {
    label, mutants: statuses.length, killed: count('Killed'), survived: count('Survived'), noCoverage: count('NoCoverage'),
    timeout: count('Timeout'), ignored: count('Ignored'), errors: count('CompileError', 'RuntimeError'),
    // Stryker's mutation score: killed or timed out, of the mutants that ran (static and broken ones left out).
    score: valid === 0 ? null : Math.round((detected / valid) * 1000) / 10,
  };
}

/** The score of each folder that has mutants, in GROUPS order and "the rest" last, then all of them together. */
export function scores(report: MutationReport): GroupScore[] {
  const byGroup = new Map<string, string[]>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const group = byGroup.get(groupOf(file)) ?? [];
    group.push(...mutants.map((m) => m.status));
    byGroup.set(groupOf(file), group);
  }
  const order = [...GROUPS.map((g) => g.label), REST];
  const rows = order.filter((label) => byGroup.has(label)).map((label) => scoreOf(label, byGroup.get(label) ?? []));
  return [...rows, scoreOf('all of it', [...byGroup.values()].flat())];
}

export type Survivor = { file: string; line: number; mutator: string; replacement: string; status: 'survived' | 'no coverage' };

/** Every mutant that no test killed, by file and line. */
export function survivors(report: MutationReport): Survivor[] {
  return Object.entries(report.files).flatMap(([file, { mutants }]) => mutants
    .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
    .map((m) => ({
      file, line: m.location.start.line, mutator: m.mutatorName, replacement: m.replacement ?? '',
      status: m.status === 'Survived' ? 'survived' as const : 'no coverage' as const,
    })))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.mutator.localeCompare(b.mutator));
}

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

/** MUTATION.md: what ran, the score per folder, and the surviving mutants. */
export function mutationMarkdown(report: MutationReport, run: RunFacts): string {
  const rows = scores(report).map((s) => `| ${s.label} | ${s.mutants} | ${s.killed} | ${s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.ignored} | ${s.errors} | ${percent(s.score)} |`);
  const left = survivors(report);
  return [
    '# Mutation testing',
    '',
    `${report.framework.name} ${report.framework.version}, run on ${run.date} with \`${run.command}\`, took ${run.minutes} minutes.`,
    `Mutated: ${report.config.mutate.map((glob) => `\`${glob}\``).join(', ')}. Static mutants are left out (\`ignoreStatic\`);`,
    'the score is the share of the other mutants that a unit test killed (or that timed out). README, "Mutation testing", says how to run it.',
    '',
    '| folder | mutants | killed | timed out | survived | no coverage | static (left out) | errors | score |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `## Surviving mutants (${left.length})`,
    '',
    left.length === 0 ? 'None: every mutant was killed.' : 'Each is a change to the code that no test noticed: a test to write, or a change that makes no difference (an equivalent mutant).',
    ...(left.length === 0 ? [] : [
      '',
      '| where | mutator | replaced by | status |',
      '|---|---|---|---|',
      ...left.map((s) => `| ${s.file}:${s.line} | ${s.mutator} | ${codeCell(s.replacement)} | ${s.status} |`),
    ]),
    '',
  ].join('\n');
}
