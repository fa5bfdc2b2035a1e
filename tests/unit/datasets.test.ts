import { describe, expect, it } from 'vitest';
import { DATASETS, DATASET_TABLE } from '@/lib/assessment';
import { DATASET_ENTRIES, GLOSSARY, glossaryHref } from '@/lib/glossary';
import { datasetGlossaryEntry, datasetName } from '@/lib/view/datasets';

describe('the one table of datasets', () => {
  it('lists the six codes the reports cite, each with its name as the site shows it', () => {
    expect(DATASETS.map((code) => [code, datasetName(code)])).toEqual([
      ['ASCS', 'Adult Social Care Survey'],
      ['SACE', 'Survey of Adult Carers in England'],
      ['SALT', 'Short and Long Term support collection'],
      ['ASCOF', 'Adult Social Care Outcomes Framework'],
      ['SCWE', 'Skills for Care workforce estimates'],
      ['SAC', 'Safeguarding Adults Collection'],
    ]);
  });

  it('gives the glossary its entries\' names, addresses and match lists, in the table\'s order', () => {
    expect(DATASET_ENTRIES.map((e) => [e.dataset.code, e.id, e.term, e.abbreviation, e.match])).toEqual(
      DATASETS.map((code) => [code, DATASET_TABLE[code].glossaryId, DATASET_TABLE[code].name, code, [...DATASET_TABLE[code].initials, ...DATASET_TABLE[code].names]]));
  });

  it('links each dataset to a glossary entry that exists', () => {
    for (const code of DATASETS) {
      const href = glossaryHref(datasetGlossaryEntry(code));
      expect(GLOSSARY.filter((e) => glossaryHref(e) === href).map((e) => e.dataset?.code)).toEqual([code]);
    }
  });

  it('gives no spelling to two datasets', () => {
    const spellings = DATASETS.flatMap((code) => [...DATASET_TABLE[code].initials, ...DATASET_TABLE[code].names].map((s) => s.toLowerCase()));
    expect(new Set(spellings).size).toBe(spellings.length);
  });
});
