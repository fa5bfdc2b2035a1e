/**
 * The national datasets the reports' figures come from: the one table of
 * their codes, names and the spellings reports use. The comparison parser
 * reads dataset names with it, the view shows their names from it and the
 * glossary marks their first use with it (docs/parser-quirks.md).
 */

import { escapeRegExp } from './blocks';

/** The codes, in the order the glossary lists them; `SCWE` is Skills for Care's workforce estimates. */
export const DATASETS = ['ASCS', 'SACE', 'SALT', 'ASCOF', 'SCWE', 'SAC'] as const;

export type DatasetEntry = {
  /** The name the site shows. */
  name: string;
  /** The glossary entry's id (its address is `/glossary#<id>`). */
  glossaryId: string;
  /** Initials as reports print them; they match only as spelt, in capitals. */
  initials: readonly string[];
  /** Full names as reports print them; the parser matches them in any case, the glossary as spelt. */
  names: readonly string[];
};

/** Each dataset's entry, by code. */
export const DATASET_TABLE: { readonly [Code in (typeof DATASETS)[number]]: DatasetEntry } = {
  ASCS: {
    name: 'Adult Social Care Survey',
    glossaryId: 'ascs',
    initials: ['ASCS'],
    names: ['Personal Social Services Adult Social Care Survey', 'Adult Social Care Survey'],
  },
  SACE: {
    name: 'Survey of Adult Carers in England',
    glossaryId: 'sace',
    initials: ['SACE'],
    names: ['Personal Social Services Survey of Adult Carers in England', 'Survey of Adult Carers in England', 'Survey of Adult Carers'],
  },
  SALT: {
    name: 'Short and Long Term support collection',
    glossaryId: 'salt',
    initials: ['SALT'],
    names: ['Short and Long-Term Support', 'Short and Long Term Support'],
  },
  ASCOF: {
    name: 'Adult Social Care Outcomes Framework',
    glossaryId: 'ascof',
    initials: ['ASCOF'],
    names: ['Adult Social Care Outcomes Framework'],
  },
  SCWE: {
    name: 'Skills for Care workforce estimates',
    glossaryId: 'scwe',
    initials: ['SCWE', 'ASC-WDS'],
    names: ['Skills for Care Workforce Estimates', 'Skills for Care Workforce Estimate', 'Adult Social Care Workforce Data Set', 'Adult Social Care Workforce Dataset'],
  },
  SAC: {
    name: 'Safeguarding Adults Collection',
    glossaryId: 'sac',
    initials: ['SAC'],
    names: ['Safeguarding Adults Collection'],
  },
};

/** One alternation of spellings, longest first so "Survey of Adult Carers in England" wins over "Survey of Adult Carers"; any run of spaces between words. */
function alternation(spellings: readonly string[]): string {
  return [...spellings].sort((a, b) => b.length - a.length).map((s) => escapeRegExp(s).replace(/ /g, String.raw`\s+`)).join('|');
}

/** How one dataset is named: a pattern for its full names (any case) and one for its initials (as spelt). */
export function datasetPatterns(entry: DatasetEntry): { names: RegExp; initials: RegExp } {
  return {
    names: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(entry.names)})(?![\p{L}\p{N}])`, 'giu'),
    initials: new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${alternation(entry.initials)})(?![\p{L}\p{N}-])`, 'gu'),
  };
}

/** Every name and initials of every dataset, as one pattern: for taking citations out of a description. */
export function anyDatasetPattern(): string {
  const all = DATASETS.flatMap((code) => [...DATASET_TABLE[code].names, ...DATASET_TABLE[code].initials]);
  return alternation(all);
}
