import { checkContent } from '@/lib/content';

/**
 * Runs before `next build`: parses every content file and prints each problem
 * as `<file>:<line>: ...`, so a bad file stops the build with a message, not
 * a stack trace.
 */
checkContent().then(
  ({ files, errors }) => {
    for (const error of errors) process.stderr.write(`${error.format()}\n`);
    if (errors.length > 0) {
      process.stderr.write(`content: ${errors.length} file(s) with errors; the build stops here.\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`content: ${files.length} assessment(s) checked: ${files.map((f) => f.file).join(', ')}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`content: cannot read content/: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
