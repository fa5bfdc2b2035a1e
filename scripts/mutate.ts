import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mutationMarkdown } from './mutation/markdown';
import { MutationReportSchema, scores } from './mutation/summary';

/**
 * `npm run mutate [-- <stryker options>]`: runs StrykerJS (stryker.config.mjs)
 * and writes its summary. A full run writes MUTATION.md, the figures to
 * commit; a narrowed one (`-- --mutate 'lib/view/**'`) writes
 * reports/mutation/MUTATION.md instead, so it never replaces them.
 */
const REPORT = path.join('reports', 'mutation', 'mutation.json');

function main(args: string[]): number {
  const started = Date.now();
  const run = spawnSync(path.join('node_modules', '.bin', 'stryker'), ['run', ...args], { stdio: 'inherit' });
  if (run.status !== 0) {
    process.stderr.write(`mutate: stryker exited with ${run.status ?? run.signal}; no summary written\n`);
    return run.status ?? 1;
  }
  const report = MutationReportSchema.parse(JSON.parse(readFileSync(REPORT, 'utf8')));
  const narrowed = args.some((arg) => arg === '--mutate' || arg === '-m' || arg.startsWith('--mutate='));
  const target = narrowed ? path.join('reports', 'mutation', 'MUTATION.md') : 'MUTATION.md';
  const command = ['npm run mutate', ...(args.length > 0 ? ['--', ...args.map((a) => (/[\s*]/.test(a) ? `'${a}'` : a))] : [])].join(' ');
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  writeFileSync(target, mutationMarkdown(report, { date: new Date().toISOString().slice(0, 10), minutes: Math.round((Date.now() - started) / 60_000), command }));
  for (const s of scores(report)) process.stdout.write(`${s.label}: ${s.score === null ? 'n/a' : `${s.score}%`} of ${s.mutants - s.static - s.disabled - s.errors} mutants\n`);
  process.stdout.write(`mutate: wrote ${target}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
