import { StructureError, asContentError, type ContentError } from '@/lib/assessment/errors';
import { checkRows } from './checks';
import { buildCouncils, unclaimedNames } from './councils';
import { crossCheck } from './cross-check';
import { parseEngland } from './england';
import { parseLaterResults, type LaterRow } from './later';
import { parseRegister } from './parse';
import { parseProvenance } from './provenance';
import type { ContentWarning, Council, EnglandCouncil, Provenance, RegisterRow, ReportFile, Snapshot } from './schema';

export * from './schema';
export { parseRegister, type RegisterParse } from './parse';
export { parseProvenance } from './provenance';
export { checkRows } from './checks';
export { crossCheck, monthOf, type CrossCheck } from './cross-check';
export { buildCouncils, englandOf, reportUrlOf, type CouncilJoin, type CouncilSources } from './councils';
export { ENGLAND_COLUMNS, parseEngland } from './england';
export { LATER_COLUMNS, parseLaterResults, type LaterRow } from './later';

/** A file's name (as messages print it) and its text. */
export type TextFile = { file: string; text: string };

/** A data file and its provenance (markdown beside it), either missing (null) where it should be. */
export type DataFile = { name: string; csv: TextFile | null; provenance: TextFile | null };

export type RegisterInput = {
  /** Every register file (`*.csv` but the two below); their rows together are the register. */
  csvs: readonly TextFile[];
  /** The register's provenance, or null when its file is missing. */
  provenance: TextFile | null;
  /** Where the provenance belongs, for the message when it is missing. */
  provenanceFile: string;
  /** England's councils (content/councils-england.csv) and the results after the snapshot (content/cqc-later-results.csv). */
  england: DataFile;
  later: DataFile;
  reports: readonly ReportFile[];
};

/** A data file's provenance, as the site shows it. */
export type DataProvenance = { file: string; markdown: string };

export type Register = {
  rows: RegisterRow[];
  councils: Council[];
  snapshot: Snapshot | null;
  /** The provenance of the councils file and of the later results. */
  provenances: DataProvenance[];
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

/** Where a data file's provenance is: beside it, its final `.csv` made `.md`. */
export function provenanceFileOf(name: string): string {
  return name.replace(/\.csv$/, '.md');
}

/** A data file's text, and its provenance's, each a StructureError when missing. */
function present(data: DataFile, what: string, errors: ContentError[]): { csv: TextFile | null; provenance: DataProvenance | null } {
  const provenanceName = provenanceFileOf(data.name);
  if (!data.csv) errors.push(new StructureError(data.name, 1, `expected ${what}, found no such file`));
  if (!data.provenance) errors.push(new StructureError(provenanceName, 1, `expected the provenance of ${data.name} (where its figures come from), found no such file`));
  return { csv: data.csv, provenance: data.provenance && { file: data.provenance.file, markdown: data.provenance.text.replace(/^\uFEFF/, '') } };
}

function parsed<T>(file: TextFile | null, parse: (text: string, name: string) => { errors: ContentError[] } & T, errors: ContentError[]): T | null {
  if (!file) return null;
  const result = parse(file.text, file.file);
  errors.push(...result.errors);
  return result;
}

/**
 * The whole register from its files and the parsed reports: England's
 * councils, every register row and later result checked on its own and
 * across files, joined to the councils and cross-checked with the reports.
 * Pure; every problem is collected, none stops the others.
 */
export function readRegister(input: RegisterInput): Register {
  const errors: ContentError[] = [];
  const provenance = readProvenance(input, errors);
  if (input.csvs.length === 0) {
    errors.push(new StructureError(input.provenanceFile, 1, 'expected the ratings register (a *.csv file beside this one), found none'));
  }
  const registers = input.csvs.map((csv) => parseRegister(csv.text, csv.file));
  const rows: RegisterRow[] = registers.flatMap((r) => r.rows);
  const registerErrors = registers.flatMap((r) => r.errors);
  errors.push(...registerErrors);
  const england = present(input.england, 'every council in England with adult social care duties', errors);
  const later = present(input.later, 'the results published after the register\'s snapshot', errors);
  const councilsFile = parsed(england.csv, parseEngland, errors);
  const laterFile = parsed(later.csv, parseLaterResults, errors);
  const laterRows: LaterRow[] = laterFile?.rows ?? [];
  errors.push(...checkRows([...rows, ...laterRows.map((l) => l.row)], provenance));
  const englandCouncils: EnglandCouncil[] = councilsFile?.councils ?? [];
  const joined = buildCouncils({ rows, later: laterRows, england: englandCouncils, reports: input.reports }, { england: input.england.name });
  const checked = crossCheck(joined.councils);
  errors.push(...joined.errors, ...checked.errors, ...(registerErrors.length === 0 ? unclaimedNames(englandCouncils, rows) : []));
  const snapshot = provenance && {
    ...provenance,
    rows: rows.length,
    councils: new Set(rows.map((r) => r.authority)).size,
  };
  const provenances = [england.provenance, later.provenance].filter((p): p is DataProvenance => p !== null);
  return { rows, councils: joined.councils, snapshot, provenances, errors, warnings: [...joined.warnings, ...checked.warnings] };
}
