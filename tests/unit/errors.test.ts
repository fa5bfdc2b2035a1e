import { describe, expect, it } from 'vitest';
import { ConsistencyError, ContentError, InputError, StructureError, ValueError, asContentError, quote } from '@/lib/assessment';

describe('the content error family', () => {
  it('gives each class its own name, a message starting "<file>:<line>: " and the detail without it', () => {
    const errors = [InputError, StructureError, ValueError, ConsistencyError].map((Kind) => new Kind('council.txt', 12, 'expected this, found that'));
    expect(errors.map((e) => [e.name, e instanceof ContentError, e.message, e.file, e.line, e.detail])).toEqual([
      ['InputError', true, 'council.txt:12: expected this, found that', 'council.txt', 12, 'expected this, found that'],
      ['StructureError', true, 'council.txt:12: expected this, found that', 'council.txt', 12, 'expected this, found that'],
      ['ValueError', true, 'council.txt:12: expected this, found that', 'council.txt', 12, 'expected this, found that'],
      ['ConsistencyError', true, 'council.txt:12: expected this, found that', 'council.txt', 12, 'expected this, found that'],
    ]);
    expect(new ContentError('c.txt', 1, 'x').name).toBe('ContentError');
  });
});

describe('ContentError.format()', () => {
  it('is the message alone when there is no line to quote', () => {
    expect(new ValueError('c.txt', 7, 'expected a score').format()).toBe('c.txt:7: expected a score');
  });

  it('quotes a long line cut to 97 characters and "...", with a caret under each of the 100 shown, the gutter as wide as the line number', () => {
    const line = `${'a'.repeat(97)}bcdefgh`;
    expect(new ValueError('c.txt', 1234, 'bad', line).format().split('\n')).toEqual([
      'c.txt:1234: bad',
      `  1234 | ${'a'.repeat(97)}...`,
      `       | ${'^'.repeat(100)}`,
    ]);
  });

  it('quotes a line of exactly 100 characters whole', () => {
    const line = 'b'.repeat(100);
    expect(new ValueError('c.txt', 5, 'bad', line).format().split('\n').slice(1)).toEqual([`  5 | ${line}`, `    | ${'^'.repeat(100)}`]);
  });

  it('still shows one caret under an empty line', () => {
    expect(new StructureError('c.txt', 3, 'bad', '').format().split('\n').at(-1)).toBe('    | ^');
  });
});

describe('quote()', () => {
  it('quotes text of up to 80 characters whole, and cuts longer text to 77 and "..."', () => {
    expect(quote('Score: seven')).toBe('"Score: seven"');
    expect(quote('c'.repeat(80))).toBe(`"${'c'.repeat(80)}"`);
    expect(quote(`${'c'.repeat(77)}def`.padEnd(81, 'g'))).toBe(`"${'c'.repeat(77)}..."`);
  });

  it('names the end of the file where there is no text', () => {
    expect(quote(undefined)).toBe('end of file');
  });
});

describe('asContentError()', () => {
  it('gives back a content error to report, and throws anything else on, as the bug it is', () => {
    const problem = new ValueError('c.txt', 2, 'expected a score');
    expect(asContentError(problem)).toBe(problem);
    const bug = new TypeError('Cannot read properties of undefined');
    expect(() => asContentError(bug)).toThrow(bug);
  });
});
