import { describe, expect, it } from 'vitest';
import { fold, words } from '@/lib/search/fold';
import { phraseRanges, snippet, type Segment } from '@/lib/search/snippet';
import { readText } from './helpers';

const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('snippet()', () => {
  it('marks the phrase "direct payments" in the Harrow paragraph that also holds "directory", and not "directory"', () => {
    const text = readText('content/london-borough-of-harrow.txt').split('\n').find((line) => line.startsWith('The local authority used an online platform which was a directory'));
    if (!text) throw new Error('no paragraph');
    const segments = snippet(text, ['direct', 'payments'], new Set(['directory', 'direct', 'payments']));
    expect(marked(segments)).toEqual(['direct payments']);
    expect(joined(segments)).toContain('explore creative ways direct payments could be used');
  });

  it('marks each matched word where the text does not hold the phrase', () => {
    const segments = snippet('Payments were direct and timely.', ['direct', 'payments'], new Set(['direct', 'payments']));
    expect(marked(segments)).toEqual(['Payments', 'direct']);
    expect(joined(segments)).toBe('Payments were direct and timely.');
  });

  it('marks every place the phrase stands, with the text between kept as it was', () => {
    const segments = snippet('Café, then CAFE again: cafe.', ['cafe'], new Set(['cafe']));
    expect(segments).toEqual([
      { text: 'Café', match: true }, { text: ', then ', match: false }, { text: 'CAFE', match: true },
      { text: ' again: ', match: false }, { text: 'cafe', match: true }, { text: '.', match: false },
    ]);
  });

  it('cuts a long paragraph around the first match, twelve words before, with ellipses', () => {
    const before = Array.from({ length: 30 }, (_, i) => `b${i}`).join(' ');
    const after = Array.from({ length: 40 }, (_, i) => `a${i}`).join(' ');
    const segments = snippet(`${before} the Conversation Café helped ${after} end`, ['conversation', 'cafe'], new Set(['cafe']));
    expect(marked(segments)).toEqual(['Conversation Café']);
    expect(segments[0]).toEqual({ text: '\u2026 ', match: false });
    expect(segments.at(-1)).toEqual({ text: ' \u2026', match: false });
    // Twelve words before the phrase: b19 to b29 and "the".
    expect(segments[1]?.text.startsWith('b19 b20')).toBe(true);
    // The window runs to the 28th word after the phrase's first word: "Café", "helped" and a0 to a25.
    expect(joined(segments).endsWith(' a25 \u2026')).toBe(true);
  });

  it('starts at the beginning when the first match is near it, and ends at the end when the text does', () => {
    const text = `Reablement helped. ${Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ')}`;
    const segments = snippet(text, ['reablement'], new Set(['reablement']));
    expect(segments[0]).toEqual({ text: 'Reablement', match: true });
    expect(joined(snippet(`${Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ')} reablement.`, ['reablement'], new Set()))).toMatch(/^\u2026 w48 .* reablement\.$/);
  });

  it('shows a text of forty words or fewer whole, wherever the match is', () => {
    const text = `${Array.from({ length: 39 }, (_, i) => `w${i}`).join(' ')} score.`;
    expect(joined(snippet(text, ['score'], new Set(['score'])))).toBe(text);
    const longer = `${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')} score.`;
    expect(joined(snippet(longer, ['score'], new Set(['score'])))).toMatch(/^\u2026 /);
  });

  it('marks the phrase where it ends the window and not where it stands past it', () => {
    const filler = (from: number, count: number) => Array.from({ length: count }, (_, i) => `w${from + i}`).join(' ');
    // "cafe" is word 0, word 28 (the window's last) and word 50.
    const text = `cafe ${filler(1, 27)} cafe ${filler(29, 21)} cafe ${filler(51, 9)}`;
    const segments = snippet(text, ['cafe'], new Set(['cafe']));
    expect(marked(segments)).toEqual(['cafe', 'cafe']);
    expect(joined(segments)).toBe(`cafe ${filler(1, 27)} cafe \u2026`);
  });

  it('keeps what comes before the first word when the window starts there, and after the last when it ends there', () => {
    const words = (count: number) => Array.from({ length: count }, (_, i) => `w${i}`).join(' ');
    // The match is word 12, so the window starts at word 0, after an opening bracket.
    const opening = `(${words(12)} cafe ${words(40)}`;
    expect(joined(snippet(opening, ['cafe'], new Set(['cafe']))).startsWith('(w0 w1')).toBe(true);
    // The window ends at the last word, before the closing full stop.
    const closing = `${words(30)} cafe ${words(28)}.`;
    expect(joined(snippet(closing, ['cafe'], new Set(['cafe']))).endsWith('w27.')).toBe(true);
  });

  it('ends with the mark, and no empty segment, when the text ends with it', () => {
    expect(snippet('go to the cafe', ['cafe'], new Set(['cafe']))).toEqual([{ text: 'go to the ', match: false }, { text: 'cafe', match: true }]);
  });

  it('gives the opening of the text, unmarked, when nothing in it matched (a match in the title)', () => {
    const text = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    const segments = snippet(text, ['nothing'], new Set(['nothing']));
    expect(marked(segments)).toEqual([]);
    expect(segments[0]?.text.startsWith('w0 w1')).toBe(true);
    expect(segments.at(-1)?.text).toBe(' \u2026');
  });
});

describe('fold()', () => {
  it('takes off case and accents, quickly for plain ASCII and fully for the rest', () => {
    expect(fold('SAFEGUARDING')).toBe('safeguarding');
    expect(fold('Café')).toBe('cafe');
    expect(fold('É')).toBe('e');
    expect(fold('ﬁnance')).toBe('finance');
    expect(fold('')).toBe('');
  });
});

describe('phraseRanges()', () => {
  const ranges = (text: string, phrase: string) => phraseRanges(words(text), words(phrase).map((w) => fold(w.folded)));

  it('finds each place the words stand in order, whole words only, never overlapping', () => {
    expect(ranges('direct payments and direct payment, direct payments', 'direct payments')).toEqual([[0, 1], [5, 6]]);
    expect(ranges('a a a', 'a a')).toEqual([[0, 1]]);
    expect(ranges('directory payments', 'direct payments')).toEqual([]);
    expect(ranges('anything', '')).toEqual([]);
  });
});
