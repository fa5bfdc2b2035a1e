import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAssessment, type Assessment } from '@/lib/assessment';

/** The real Harrow assessment, parsed as the site parses it, for tests that walk every page. */
export function harrow(): Assessment {
  const file = 'content/london-borough-of-harrow.txt';
  return parseAssessment(readFileSync(path.join(process.cwd(), file), 'utf8'), file);
}

let reports: Assessment[] | undefined;

/**
 * Every full report the test build holds (content/*.txt and, as the test
 * build sets INCLUDE_TEST_FIXTURES=1, tests/fixtures/site/*.txt), parsed once.
 */
export function reportsInBuild(): Assessment[] {
  reports ??= ['content', 'tests/fixtures/site'].flatMap((folder) => readdirSync(path.join(process.cwd(), folder))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => parseAssessment(readFileSync(path.join(process.cwd(), folder, name), 'utf8'), `${folder}/${name}`)));
  return reports;
}
