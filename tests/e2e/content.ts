import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAssessment, type Assessment } from '@/lib/assessment';

/** The real Harrow assessment, parsed as the site parses it, for tests that walk every page. */
export function harrow(): Assessment {
  const file = 'content/london-borough-of-harrow.txt';
  return parseAssessment(readFileSync(path.join(process.cwd(), file), 'utf8'), file);
}
