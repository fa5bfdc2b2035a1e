import type { GlossaryEntry } from './glossary';

/**
 * Where a glossary term is used in a text. Acronym entries match as spelt
 * (so "SAC" is not "sac"), phrases in any case; always as whole words.
 */
const patterns = new Map<string, RegExp>();

function patternOf(entry: GlossaryEntry): RegExp {
  let pattern = patterns.get(entry.id);
  if (!pattern) {
    const alternatives = [...entry.match].sort((a, b) => b.length - a.length).map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, entry.abbreviation ? 'u' : 'iu');
    patterns.set(entry.id, pattern);
  }
  return pattern;
}

/** The first use of the entry in the text, as offsets, or undefined. */
export function findTerm(text: string, entry: GlossaryEntry): { start: number; end: number } | undefined {
  const match = patternOf(entry).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
