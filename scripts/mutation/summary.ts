import { z } from 'zod';

/**
 * MUTATION.md from Stryker's JSON report (the mutation-testing-elements
 * schema): the score per folder of lib/ and every mutant no test killed.
 * Pure, so tests/tools/mutation-summary.test.ts feeds it a report.
 */

const MutantSchema = z.object({
  mutatorName: z.string(),
  replacement: z.string().optional(),
  statusReason: z.string().optional(),
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

export type GroupScore = { label: string; mutants: number; killed: number; survived: number; noCoverage: number; timeout: number; static: number; disabled: number; errors: number; score: number | null };

type Mutant = z.infer<typeof MutantSchema>;

/** Stryker marks both kinds of mutant it did not run "Ignored": static ones (ignoreStatic) by this reason, the rest disabled by a comment in the code. */
const STATIC_REASON = /^Static mutant/;
const isDisabled = (m: Mutant) => m.status === 'Ignored' && !STATIC_REASON.test(m.statusReason ?? '');

export function groupOf(file: string): string {
  return GROUPS.find((g) => file.startsWith(g.prefix))?.label ?? REST;
}

function scoreOf(label: string, mutants: readonly Mutant[]): GroupScore {
  const count = (...wanted: string[]) => mutants.filter((m) => wanted.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const valid = detected + count('Survived', 'NoCoverage');
  const disabled = mutants.filter(isDisabled).length;
  return {
    label, mutants: mutants.length, killed: count('Killed'), survived: count('Survived'), noCoverage: count('NoCoverage'),
    timeout: count('Timeout'), static: count('Ignored') - disabled, disabled, errors: count('CompileError', 'RuntimeError'),
    // Stryker's mutation score: killed or timed out, of the mutants that ran (static and broken ones left out).
    score: valid === 0 ? null : Math.round((detected / valid) * 1000) / 10,
  };
}

/** The score of each folder that has mutants, in GROUPS order and "the rest" last, then all of them together. */
export function scores(report: MutationReport): GroupScore[] {
  const byGroup = new Map<string, Mutant[]>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const group = byGroup.get(groupOf(file)) ?? [];
    group.push(...mutants);
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

export type Equivalent = { file: string; line: number; mutator: string; reason: string };

/** The mutants disabled by a `// Stryker disable` comment, each with the reason the comment gives (why it cannot be told apart). */
export function equivalents(report: MutationReport): Equivalent[] {
  return Object.entries(report.files).flatMap(([file, { mutants }]) => mutants.filter(isDisabled)
    .map((m) => ({ file, line: m.location.start.line, mutator: m.mutatorName, reason: m.statusReason ?? '' })))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.mutator.localeCompare(b.mutator));
}
