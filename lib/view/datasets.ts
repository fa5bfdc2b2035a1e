import type { Dataset } from '@/lib/assessment';

/** The full names of the datasets the comparisons cite, for the tables' footnotes and hover text. */
export const DATASET_NAMES: Record<Dataset, string> = {
  ASCS: 'Adult Social Care Survey',
  SACE: 'Survey of Adult Carers in England',
  SALT: 'Short and Long Term support collection',
  ASCOF: 'Adult Social Care Outcomes Framework',
  SCWE: 'Skills for Care workforce estimates',
  SAC: 'Safeguarding Adults Collection',
};
