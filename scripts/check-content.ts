import { checkContent } from '@/lib/content';

/**
 * Runs before `next build`: parses every content file and the ratings
 * register, cross-checks them, and prints each problem as `<file>:<line>: ...`,
 * so a bad file stops the build with a message, not a stack trace. Warnings
 * (a report without a register row) are printed and do not stop it.
 */
checkContent().then(
  ({ files, rows, councils, snapshot, errors, warnings }) => {
    for (const warning of warnings) process.stderr.write(`warning: ${warning.file}: ${warning.message}\n`);
    for (const error of errors) process.stderr.write(`${error.format()}\n`);
    if (errors.length > 0) {
      process.stderr.write(`content: ${errors.length} error(s); the build stops here.\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`content: ${files.length} assessment(s) checked: ${files.map((f) => f.file).join(', ')}\n`);
    const registered = councils.filter((c) => c.rows.length > 0).length;
    const sources = [...new Set(rows.map((r) => r.file))].join(', ');
    process.stdout.write(`register: ${rows.length} row(s), ${registered} council(s), snapshot ${snapshot?.date ?? 'none'}, from ${sources}; ${warnings.length} warning(s)\n`);
  },
  (error: unknown) => {
    process.stderr.write(`content: cannot read content/: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
