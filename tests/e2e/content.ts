import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseAssessment, type Assessment } from '@/lib/assessment';

function read(file: string): Assessment {
  return parseAssessment(readFileSync(path.join(process.cwd(), file), 'utf8'), file);
}

/** The real Harrow assessment, parsed as the site parses it, for tests that walk every page. */
export function harrow(): Assessment {
  return read('content/london-borough-of-harrow.txt');
}

/** The fictional Holmbury report of the test build (INCLUDE_TEST_FIXTURES=1): a printed overall score, CQC's wordings, dataset periods. */
export function holmbury(): Assessment {
  return read('tests/fixtures/site/holmbury-borough-council.txt');
}

/** Every row of the ratings register, straight from its CSV file. */
export function registerRows(): Record<string, string>[] {
  return parse(readFileSync(path.join(process.cwd(), 'content', 'cqc-local-authority-ratings.csv'), 'utf8'), { columns: true, bom: true });
}

/**
 * The full reports of the test build whose register row gives their address
 * on CQC's website, each with that address read straight from the register's
 * CSV. (Holmbury, a made-up council, has none: its pages point to CQC's list
 * of reports instead.)
 */
export function reportsWithSources(): { assessment: Assessment; reportUrl: string }[] {
  const rows = registerRows();
  const reports = [harrow(), holmbury()].flatMap((assessment) => {
    const row = rows.find((r) => r.authority === assessment.authority && r.published === assessment.published.slice(0, 7));
    return row?.report_url ? [{ assessment, reportUrl: row.report_url }] : [];
  });
  if (reports.length === 0) throw new Error('no full report of the test build has a register row');
  return reports;
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
