import { DATASET_TABLE, type Dataset } from '@/lib/assessment';

/** A dataset's full name, for the tables' footnotes and hover text, from the one table (lib/assessment/datasets.ts). */
export function datasetName(code: Dataset): string {
  return DATASET_TABLE[code].name;
}

/** The glossary entry of a dataset, as the `id` `glossaryHref` takes. */
export function datasetGlossaryEntry(code: Dataset): { id: string } {
  return { id: DATASET_TABLE[code].glossaryId };
}
