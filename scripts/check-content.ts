import { checkContent } from '@/lib/content';

/**
 * Runs before `next build`: parses every content file and the ratings
 * register, cross-checks them, and prints each problem as `<file>:<line>: ...`,
 * so a bad file stops the build with a message, not a stack trace. Warnings
 * (a report without a register row) are printed and do not stop it.
 */
/** How many content files the summary names; the rest are counted. */
const SHOWN = 5;

checkContent().then(
  ({ files, rows, councils, snapshot, errors, warnings }) => {
    for (const warning of warnings) process.stderr.write(`warning: ${warning.file}: ${warning.message}\n`);
    for (const error of errors) process.stderr.write(`${error.format()}\n`);
    if (errors.length > 0) {
      process.stderr.write(`content: ${errors.length} error(s); the build stops here.\n`);
      process.exitCode = 1;
      return;
    }
    const shown = files.slice(0, SHOWN).map((f) => f.file).join(', ');
    process.stdout.write(`content: ${files.length} assessment(s) checked: ${shown}${files.length > SHOWN ? ` and ${files.length - SHOWN} more` : ''}\n`);
    const sources = [...new Set(rows.map((r) => r.file))].join(', ');
    const england = councils.filter((c) => c.england !== null);
    const later = england.reduce((sum, c) => sum + c.rows.filter((r) => r.origin === 'later').length, 0);
    process.stdout.write(`register: ${rows.length} row(s) of ${snapshot?.councils ?? 0} council(s), snapshot ${snapshot?.date ?? 'none'}, from ${sources}; `
      + `${later} later result(s); ${england.length} councils in England, ${england.filter((c) => c.rows.length > 0).length} with a result; ${warnings.length} warning(s)\n`);
  },
  (error: unknown) => {
    process.stderr.write(`content: cannot read content/: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
