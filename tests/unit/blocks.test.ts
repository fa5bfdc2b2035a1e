import { describe, expect, it } from 'vitest';
import { InputError } from '@/lib/assessment';
import { decodeText, escapeRegExp, groupOf, key, slugify, toBlocks } from '@/lib/assessment/blocks';
import { uniqueSlug } from '@/lib/assessment/findings';
import { nameSimilarity } from '@/lib/assessment/validate';

describe('toBlocks()', () => {
  it('makes a block of each line and a list of consecutive "- " lines, keeping line numbers', () => {
    const { blocks, lineCount } = toBlocks('\n\nTitle\n\n- one\n- two\n\nA paragraph.\n', 'f.txt');
    expect(lineCount).toBe(9);
    expect(blocks).toEqual([
      { kind: 'line', text: 'Title', line: 3 },
      { kind: 'list', items: [{ text: 'one', line: 5 }, { text: 'two', line: 6 }], line: 5 },
      { kind: 'line', text: 'A paragraph.', line: 8 },
    ]);
  });

  it('drops a byte order mark, CRLF endings and spaces at the ends of lines, and keeps the words', () => {
    const { blocks } = toBlocks('\uFEFFTitle  \r\n\r\n  People’s views. \r\n', 'f.txt');
    expect(blocks).toEqual([
      { kind: 'line', text: 'Title', line: 1 },
      { kind: 'line', text: 'People’s views.', line: 3 },
    ]);
  });

  it('starts a list at a file\'s first line, and marks items with "- ", "•" or "*"', () => {
    expect(toBlocks('- one\n• two\n* three\nAfter.', 'f.txt').blocks).toEqual([
      { kind: 'list', items: [{ text: 'one', line: 1 }, { text: 'two', line: 2 }, { text: 'three', line: 3 }], line: 1 },
      { kind: 'line', text: 'After.', line: 4 },
    ]);
  });

  it('drops only a byte order mark that starts the file, and keeps one inside a line as printed', () => {
    expect(toBlocks('Title\n\nA zero\uFEFFwidth space.', 'f.txt').blocks).toEqual([
      { kind: 'line', text: 'Title', line: 1 },
      { kind: 'line', text: 'A zero\uFEFFwidth space.', line: 3 },
    ]);
  });

  it('counts a lone CR as a line ending', () => {
    expect(toBlocks('One\rTwo', 'f.txt')).toEqual({ blocks: [{ kind: 'line', text: 'One', line: 1 }, { kind: 'line', text: 'Two', line: 2 }], lineCount: 2 });
  });

  it('refuses a file with nothing in it', () => {
    expect(() => toBlocks(' \n\t\n', 'f.txt')).toThrow(InputError);
  });
});

describe('decodeText()', () => {
  it('decodes UTF-8 with its pound signs and curly quotes', () => {
    expect(decodeText(new TextEncoder().encode('£5 ’ok’'), 'f.txt')).toBe('£5 ’ok’');
  });

  it('names the line of the first NUL byte of a binary file', () => {
    expect(() => decodeText(new Uint8Array([0x61, 0x0a, 0x0a, 0x00]), 'f.txt')).toThrow(/^f\.txt:3: expected UTF-8 text, found binary data/);
    expect(() => decodeText(new Uint8Array([0x00, 0x0a, 0x00]), 'f.txt')).toThrow(/^f\.txt:1: /);
  });

  it('names the line of the first byte that is not UTF-8', () => {
    expect(() => decodeText(new Uint8Array([0xff, 0x0a]), 'f.txt')).toThrow(/^f\.txt:1: expected UTF-8 text, found bytes that are not valid UTF-8$/);
    expect(() => decodeText(new TextEncoder().encode('a\nb\nc £\n'.repeat(1)).map((b, i, all) => (i === all.length - 2 ? 0xc2 : b)), 'f.txt')).toThrow(/^f\.txt:3: /);
  });
});

describe('key()', () => {
  it('folds compatibility characters and curly quotes, and leaves plain ASCII keys as before', () => {
    expect(key('Summary of people\u2019s experiences')).toBe("summary of people's experiences");
    expect(key('\uFB01nancial facts')).toBe('financial facts');
    expect(key('Local authority rating and score')).toBe('local authority rating and score');
  });

  it('ignores case, curly apostrophes, runs of spaces and a trailing colon', () => {
    expect(key('Summary of People’s  Experiences:')).toBe(key("Summary of people's experiences"));
    expect(key('This theme includes these quality statements:')).toBe('this theme includes these quality statements');
  });

  it('drops spaces around a trailing colon or full stop, and keeps a full stop or colon inside the text', () => {
    expect(key('  Overall summary :  ')).toBe('overall summary');
    expect(key('Overall summary: ')).toBe('overall summary');
    expect(key('St. Helens Council.')).toBe('st. helens council');
    expect(key('Theme 1: Leadership')).toBe('theme 1: leadership');
  });

  it('makes curly double quotes straight and dashes hyphens', () => {
    expect(key('\u201CCare\u201D \u2013 and \u2014 support')).toBe('"care" - and - support');
    expect(key('people\u2018s people\u201Bs people`s people\u00B4s')).toBe("people's people's people's people's");
  });
});

describe('groupOf()', () => {
  it('is the text of a group of a match, and nothing for an optional group that took no part in it', () => {
    const match = /^(\d+)(%)?(.*)$/.exec('56 people');
    expect(match && [groupOf(match, 1), groupOf(match, 2), groupOf(match, 3)]).toEqual(['56', '', ' people']);
  });
});

describe('escapeRegExp()', () => {
  it('makes a pattern that matches the text literally, brackets, stops and all', () => {
    const text = 'St. Helens (Merseyside) [a+b]? ^$|\\ *{1}';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('St. Helens')).test('Stx Helens')).toBe(false);
  });
});

describe('slugify()', () => {
  it.each([
    ['Care provision, integration and continuity', 'care-provision-integration-and-continuity'],
    ["Assessment and care planning for unpaid carers, child's carers and child carers", 'assessment-and-care-planning-for-unpaid-carers-childs-carers-and-child-carers'],
    ['Responding to concerns and undertaking Section 42 enquiries', 'responding-to-concerns-and-undertaking-section-42-enquiries'],
    ['Café & “Conversation”', 'cafe-and-conversation'],
    ['“Key findings”: what we found.', 'key-findings-what-we-found'],
    ['-- Leadership --', 'leadership'],
  ])('turns "%s" into "%s"', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('uniqueSlug()', () => {
  it('numbers a heading that repeats within a statement', () => {
    const taken = new Set<string>();
    expect(['direct-payments', 'direct-payments', 'direct-payments'].map((s) => uniqueSlug(s, taken))).toEqual([
      'direct-payments', 'direct-payments-2', 'direct-payments-3',
    ]);
  });
});

describe('nameSimilarity()', () => {
  it('finds "lead healthier lives" close to "live healthier lives", and two other statements far apart', () => {
    expect(nameSimilarity('Supporting people to lead healthier lives', 'Supporting people to live healthier lives')).toBeGreaterThan(0.8);
    expect(nameSimilarity('Safe pathways, systems and transitions', 'Safeguarding')).toBe(0);
    expect(nameSimilarity('Care provision, integration and continuity', 'Partnerships and communities')).toBeLessThan(0.3);
  });
});
