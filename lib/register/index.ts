import { StructureError, asContentError, type ContentError } from '@/lib/assessment/errors';
import { checkRows } from './checks';
import { buildCouncils } from './councils';
import { crossCheck } from './cross-check';
import { parseRegister } from './parse';
import { parseProvenance } from './provenance';
import type { ContentWarning, Council, Provenance, RegisterRow, ReportFile, Snapshot } from './schema';

export * from './schema';
export { parseRegister, type RegisterParse } from './parse';
export { parseProvenance } from './provenance';
export { checkRows } from './checks';
export { crossCheck, monthOf, rowsOf, type CrossCheck } from './cross-check';
export { buildCouncils, reportUrlOf } from './councils';

/** A file's name (as messages print it) and its text. */
export type TextFile = { file: string; text: string };

export type RegisterInput = {
  /** Every register file (`*.csv`); their rows together are the register. */
  csvs: readonly TextFile[];
  /** The provenance, or null when its file is missing. */
  provenance: TextFile | null;
  /** Where the provenance belongs, for the message when it is missing. */
  provenanceFile: string;
  reports: readonly ReportFile[];
};

export type Register = {
  rows: RegisterRow[];
  councils: Council[];
  snapshot: Snapshot | null;
  errors: ContentError[];
  warnings: ContentWarning[];
};

function readProvenance(input: RegisterInput, errors: ContentError[]): Provenance | null {
  if (!input.provenance) {
    errors.push(new StructureError(input.provenanceFile, 1, 'expected the ratings register\'s provenance with its "Snapshot: <date>" line, found no such file'));
    return null;
  }
  try {
    return parseProvenance(input.provenance.text, input.provenance.file);
  } catch (error) {
    errors.push(asContentError(error));
    return null;
  }
}

/**
 * The whole register from its files and the parsed reports: every row checked
 * on its own and across files, cross-checked with the reports, grouped into
 * councils. Pure; every problem is collected, none stops the others.
 */
export function readRegister(input: RegisterInput): Register {
  const errors: ContentError[] = [];
  const provenance = readProvenance(input, errors);
  if (input.csvs.length === 0) {
    errors.push(new StructureError(input.provenanceFile, 1, 'expected the ratings register (a *.csv file beside this one), found none'));
  }
  const rows: RegisterRow[] = [];
  for (const csv of input.csvs) {
    const parsed = parseRegister(csv.text, csv.file);
    rows.push(...parsed.rows);
    errors.push(...parsed.errors);
  }
  errors.push(...checkRows(rows, provenance));
  const { errors: disagreements, warnings } = crossCheck(rows, input.reports);
  const { councils, errors: clashes } = buildCouncils(rows, input.reports);
  errors.push(...disagreements, ...clashes);
  const snapshot = provenance && {
    ...provenance,
    rows: rows.length,
    councils: councils.filter((c) => c.rows.length > 0).length,
  };
  return { rows, councils, snapshot, errors, warnings };
}
