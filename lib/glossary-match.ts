import type { GlossaryEntry } from './glossary';

/**
 * Where a glossary term is used in a text. Acronym entries match as spelt
 * (so "SAC" is not "sac"), phrases in any case; always as whole words.
 */

/**
 * The pattern of an entry's spellings: longest first, so a spelling that is
 * a whole-word prefix of another ("Care Act" of "Care Act 2014") never cuts
 * the longer one short; each spelling matched literally.
 */
export function termPattern(entry: Pick<GlossaryEntry, 'match' | 'abbreviation'>): RegExp {
  const alternatives = [...entry.match].sort((a, b) => b.length - a.length).map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, entry.abbreviation ? 'u' : 'iu');
}

/** Each entry's pattern, made once: a page asks about every entry for every text. */
const patterns = new Map<string, RegExp>();

/** The first use of the entry in the text, as offsets, or undefined. */
export function findTerm(text: string, entry: GlossaryEntry): { start: number; end: number } | undefined {
  const pattern = patterns.get(entry.id) ?? termPattern(entry);
  patterns.set(entry.id, pattern);
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
