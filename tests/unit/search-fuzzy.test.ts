import { describe, expect, it } from 'vitest';
import { FUZZY_LENGTH, TWO_SLIPS_LENGTH, deletionKeys, editDistance, fileDepth, nearWords, slipsAllowed } from '@/lib/search/fuzzy';

describe('slipsAllowed()', () => {
  it('allows none below six letters, one from six, two from twelve', () => {
    expect([FUZZY_LENGTH, TWO_SLIPS_LENGTH]).toEqual([6, 12]);
    expect(['', 'care', 'harow'].map(slipsAllowed)).toEqual([0, 0, 0]);
    expect(['harrov', 'safeguard', 'improvemnt'].map(slipsAllowed)).toEqual([1, 1, 1]);
    expect(['safegaurding', 'reablementss'].map(slipsAllowed)).toEqual([2, 2]);
  });
});

describe('editDistance()', () => {
  it('counts a letter added, dropped or changed as one slip, and two neighbours swapped as one', () => {
    expect(editDistance('harrow', 'harrow', 2)).toBe(0);
    expect(editDistance('harrow', 'harow', 2)).toBe(1);
    expect(editDistance('harow', 'harrow', 2)).toBe(1);
    expect(editDistance('harrov', 'harrow', 2)).toBe(1);
    expect(editDistance('safegaurding', 'safeguarding', 2)).toBe(1);
    expect(editDistance('ab', 'ba', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('', 'abc', 3)).toBe(3);
    expect(editDistance('abc', '', 3)).toBe(3);
  });

  it('stops at the limit, answering one more than it', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcd', 2)).toBe(3);
    // The smallest value of a row can exceed the limit before the end: the answer is still limit + 1.
    expect(editDistance('abcdefgh', 'abxyzfgh', 1)).toBe(2);
  });

  it('stops reading as soon as the answer must be more than the limit, so a long vocabulary is cheap to scan', () => {
    /** A word that records the furthest of its letters read (-1 for none). */
    function watched(word: string) {
      const furthest = { index: -1 };
      const letters = new Proxy(new String(word), {
        get(target, key) {
          if (typeof key === 'string' && /^\d+$/.test(key)) furthest.index = Math.max(furthest.index, Number(key));
          return Reflect.get(target, key);
        },
      });
      // A String object reads as the string does: its length and its letters by index are all editDistance uses.
      return { word: letters as unknown as string, furthest };
    }
    // Lengths too far apart: no letter is read.
    const long = watched('abcdefgh');
    expect(editDistance('a', long.word, 1)).toBe(2);
    expect(long.furthest.index).toBe(-1);
    // Every way through the second row is two slips already: the rows after it are never worked out.
    const unlike = watched('aaaaaaaa');
    expect(editDistance(unlike.word, 'bbbbbbbb', 1)).toBe(2);
    expect(unlike.furthest.index).toBe(1);
    // Within the limit, the whole word is read.
    const near = watched('safegaurding');
    expect(editDistance(near.word, 'safeguarding', 2)).toBe(1);
    expect(near.furthest.index).toBe(11);
  });

  it('is symmetric and agrees with a plain dynamic programme on short words', () => {
    const plain = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const row = d[i] ?? [];
          const up = d[i - 1] ?? [];
          let best = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (d[i - 2]?.[j - 2] ?? 0) + 1);
          row[j] = best;
        }
      }
      return d[a.length]?.[b.length] ?? -1;
    };
    const words = ['care', 'carer', 'acre', 'race', 'scare', 'cared', 'crae', 'caer', 'ca', ''];
    for (const a of words) {
      for (const b of words) {
        expect(editDistance(a, b, 2), `${a} ${b}`).toBe(Math.min(plain(a, b), 3));
        expect(editDistance(a, b, 5), `${a} ${b}`).toBe(plain(a, b));
        expect(editDistance(b, a, 5)).toBe(editDistance(a, b, 5));
      }
    }
  });
});

describe('nearWords()', () => {
  const vocab = ['harrow', 'harrows', 'barrow', 'arrow', 'harrower', 'safeguarding', 'safeguardings'];

  it('finds the words one slip from a six-letter word, nearest first, never the word itself', () => {
    expect(nearWords('harrov', vocab)).toEqual([{ word: 'harrow', distance: 1 }]);
    expect(nearWords('harrow', vocab).map((n) => n.word).sort()).toEqual(['arrow', 'barrow', 'harrows']);
  });

  it('finds words two slips from a twelve-letter word, and none for a short word', () => {
    expect(nearWords('safegaurdign', vocab)).toEqual([{ word: 'safeguarding', distance: 2 }]);
    expect(nearWords('safegaurding', vocab)).toEqual([{ word: 'safeguarding', distance: 1 }, { word: 'safeguardings', distance: 2 }]);
    expect(nearWords('harow', vocab)).toEqual([]);
  });

  it('puts the nearest first whatever order the words come in, and keeps the order given among equally near ones', () => {
    const given = ['safeguardings', 'safeguarding', 'safegaurdings', 'safegaurdin'];
    expect(nearWords('safegaurding', given)).toEqual([
      { word: 'safeguarding', distance: 1 }, { word: 'safegaurdings', distance: 1 }, { word: 'safegaurdin', distance: 1 }, { word: 'safeguardings', distance: 2 },
    ]);
    expect(nearWords('safegaurding', [...given].reverse()).map((n) => n.word)).toEqual(['safegaurdin', 'safegaurdings', 'safeguarding', 'safeguardings']);
  });
});

describe('deletion keys', () => {
  it('are the word and every string made by deleting up to the depth\'s letters, each once', () => {
    expect([...deletionKeys('abc', 1)].sort()).toEqual(['ab', 'abc', 'ac', 'bc']);
    expect([...deletionKeys('abc', 2)].sort()).toEqual(['a', 'ab', 'abc', 'ac', 'b', 'bc', 'c']);
    expect([...deletionKeys('aab', 1)].sort()).toEqual(['aa', 'aab', 'ab']);
    expect([...deletionKeys('word', 0)]).toEqual(['word']);
  });

  it('file a word as deep as the query words it may be a near spelling of', () => {
    expect(['care', 'carer', 'safeguard', 'reablement', 'safeguarding'].map(fileDepth)).toEqual([0, 1, 1, 2, 2]);
  });

  it('share a key between any two words within the slips allowed, so the lookup misses no near spelling', () => {
    const words = ['safeguarding', 'safegaurding', 'safeguardin', 'safeguardings', 'safeguarxing', 'sfaeguarding', 'harrow', 'harrov', 'harow', 'arrow', 'carers', 'career', 'caress'];
    for (const query of words) {
      const keys = deletionKeys(query, slipsAllowed(query));
      for (const word of words) {
        const within = word !== query && editDistance(query, word, slipsAllowed(query)) <= slipsAllowed(query);
        if (within && word.length >= FUZZY_LENGTH - 1) {
          const shared = [...deletionKeys(word, fileDepth(word))].some((k) => keys.has(k));
          expect(shared, `${query} ${word}`).toBe(true);
        }
      }
    }
  });
});
