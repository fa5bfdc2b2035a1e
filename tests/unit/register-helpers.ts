import { ENGLAND_FILE } from '@/lib/content-check';
import { buildCouncils, crossCheck, parseEngland, type CouncilJoin, type EnglandCouncil, type LaterRow, type RegisterRow, type ReportFile } from '@/lib/register';
import { readText } from './helpers';

/** England's councils as content/councils-england.csv lists them, parsed afresh (inside the test that uses them). */
export function englandCouncils(): EnglandCouncil[] {
  const { councils, errors } = parseEngland(readText(ENGLAND_FILE), ENGLAND_FILE);
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
  return councils;
}

/** The councils of these register rows, reports and later results, joined through the real councils file. */
export function councilsOf(rows: readonly RegisterRow[], reports: readonly ReportFile[], later: readonly LaterRow[] = []): CouncilJoin {
  return buildCouncils({ rows, later, england: englandCouncils(), reports }, { england: ENGLAND_FILE });
}

/** The reports checked against these rows, as the loader checks them once the councils are joined. */
export function checkAgainst(rows: readonly RegisterRow[], reports: readonly ReportFile[]) {
  return crossCheck(councilsOf(rows, reports).councils);
}
