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

/**
 * Tracks which glossary terms a page has already marked, so only the first
 * use of each is marked. Components call `take` in reading order; the page's
 * components are synchronous, so render order is reading order.
 */
export class FirstUse {
  private readonly seen = new Set<string>();

  constructor(private readonly entries: readonly GlossaryEntry[]) {}

  /** The entries this text uses that the page has not yet marked; they count as marked from now on. */
  take(text: string): GlossaryEntry[] {
    const found = this.entries.filter((entry) => !this.seen.has(entry.id) && findTerm(text, entry) !== undefined);
    for (const entry of found) this.seen.add(entry.id);
    return found;
  }
}
