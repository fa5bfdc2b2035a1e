import { foldedWords } from './fold';

/**
 * How a council's names are matched: by the words that tell it apart, so
 * the forms people type find it as surely as its official name. "Stoke on
 * Trent", "stoke-on-trent city council" and the register's "Stoke" all name
 * Stoke-on-Trent City Council; "Kingston on Thames", "brighton & hove" and
 * "harrow council" name theirs. The words left out say what kind of council
 * it is, or join its parts ("upon", "and"); "&" is no word at all.
 */

const KIND_WORDS = new Set(['council', 'city', 'borough', 'county', 'metropolitan', 'district', 'royal', 'london', 'corporation', 'of', 'the', 'and', 'upon', 'on']);

/** Keys in the index's table of names that belong to a council's names, apart from the names themselves. */
export const CORE_PREFIX = 'core:';

/** The words of a name that tell the council apart, as a names-table key ("core:stoke trent"), or null when none are left ("City of London"). */
export function coreKey(words: readonly string[]): string | null {
  const core = words.filter((w) => !KIND_WORDS.has(w));
  return core.length === 0 ? null : `${CORE_PREFIX}${core.join(' ')}`;
}

/** The core keys of a council's names, each once. */
export function councilNameKeys(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((name) => coreKey(foldedWords(name)) ?? []))];
}
