import { readFile } from 'node:fs/promises';
import { ContentError, parseAssessmentBytes } from '@/lib/assessment';
import { assessmentJson } from '@/lib/view/downloads';

/**
 * `npm run --silent parse -- <file>`: prints the assessment as JSON on stdout
 * and nothing else. A content problem goes to stderr as `<file>:<line>: ...`
 * with exit code 1; a usage or reading problem exits 2.
 */
async function main(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0 || file === '--help' || file === '-h') {
    process.stderr.write('usage: npm run --silent parse -- <assessment.txt>\n');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'no such file' : String(error);
    process.stderr.write(`${file}: cannot read the file: ${reason}\n`);
    return 2;
  }
  try {
    process.stdout.write(assessmentJson(parseAssessmentBytes(bytes, file)));
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`${error.format()}\n`);
    return 1;
  }
}

// A reader that stops reading (`| head`) closes the pipe: a normal end, not an error, so exit quietly.
process.stdout.on('error', (error: Error) => {
  if ('code' in error && error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
