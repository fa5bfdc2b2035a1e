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

/** Every row of the ratings register the test build reads, straight from its CSV files. */
export function registerRows(): Record<string, string>[] {
  return ['content', 'tests/fixtures/site'].flatMap((dir) => readdirSync(path.join(process.cwd(), dir))
    .filter((name) => name.endsWith('.csv'))
    .flatMap((name): Record<string, string>[] => parse(readFileSync(path.join(process.cwd(), dir, name), 'utf8'), { columns: true })));
}

/** The full reports the test build shows, each with its address on CQC's website read straight from the register's CSV files. */
export function reportsWithSources(): { assessment: Assessment; reportUrl: string }[] {
  const rows = registerRows();
  return [harrow(), holmbury()].map((assessment) => {
    const row = rows.find((r) => r.authority === assessment.authority && r.published === assessment.published.slice(0, 7));
    if (!row?.report_url) throw new Error(`no register row for ${assessment.authority}`);
    return { assessment, reportUrl: row.report_url };
  });
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
