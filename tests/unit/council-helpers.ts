import { LATER_FILE, REGISTER_PROVENANCE } from '@/lib/content-check';
import { parseLaterResults, parseProvenance, parseRegister, type Council, type Snapshot } from '@/lib/register';
import { HARROW_FILE, parseHarrow, readText } from './helpers';
import { councilsOf } from './register-helpers';

/**
 * The real content joined as the site joins it: the ratings register, the
 * later results and Harrow's report, through the councils file. Call it
 * inside the test that uses it (mutation testing sees only what a test runs).
 */

export const REGISTER_FILE = 'content/cqc-local-authority-ratings.csv';

export function realCouncils(): Council[] {
  const rows = parseRegister(readText(REGISTER_FILE), REGISTER_FILE).rows;
  const later = parseLaterResults(readText(LATER_FILE), LATER_FILE).rows;
  const joined = councilsOf(rows, [{ file: HARROW_FILE, assessment: parseHarrow() }], later);
  if (joined.errors.length > 0) throw new Error(joined.errors.map((e) => e.message).join('\n'));
  return joined.councils;
}

/** The real register's snapshot, its counts made from the register's rows. */
export function realSnapshot(): Snapshot {
  const rows = parseRegister(readText(REGISTER_FILE), REGISTER_FILE).rows;
  return { ...parseProvenance(readText(REGISTER_PROVENANCE), REGISTER_PROVENANCE), rows: rows.length, councils: new Set(rows.map((r) => r.authority)).size };
}

/** One council by its page's address. */
export function councilAt(councils: readonly Council[], slug: string): Council {
  const council = councils.find((c) => c.slug === slug);
  if (!council) throw new Error(`no council at /${slug}`);
  return council;
}
