import { describe, expect, it } from 'vitest';
import { toBlocks } from '@/lib/assessment/blocks';
import { StructureError } from '@/lib/assessment';
import { Reader, matchScoreWithLabel } from '@/lib/assessment/reader';

/** A reader over `lines`, one block each (a "- " line is a list), in a file named "test.txt". */
function readerOf(lines: string[]): Reader {
  return new Reader(toBlocks(lines.join('\n\n'), 'test.txt'), 'test.txt');
}

describe('the reader at the end of the file', () => {
  it('answers no to every question about the next block instead of failing', () => {
    const r = readerOf(['Theme 1: Working with people']);
    r.next();
    expect([r.atEnd(), r.isThemeLine(), r.isStatementStart(), r.isHeading(['theme 1: working with people'])]).toEqual([true, false, false, false]);
  });

  it('stays at the end when asked for the next block there', () => {
    const r = readerOf(['Assessing needs']);
    expect([r.next()?.line, r.next(), r.next(), r.atEnd(), r.peek()]).toEqual([1, undefined, undefined, true, undefined]);
  });

  it('refuses a theme there with a structure error at the last line, naming what was expected', () => {
    const r = readerOf(['Assessing needs']);
    r.next();
    expect(() => r.expectTheme()).toThrow(StructureError);
    expect(() => r.expectTheme()).toThrow('test.txt:1: expected a theme such as "Theme 2: Providing support", found end of file');
  });

  it('refuses a line there with a structure error naming the line it wanted', () => {
    const r = readerOf(['Assessing needs']);
    r.next();
    expect(() => r.expectLine('the overall rating')).toThrow(StructureError);
    expect(() => r.expectLine('the overall rating')).toThrow('test.txt:1: expected the overall rating, found end of file');
  });
});

describe('taking a theme line', () => {
  it('takes "Theme 2: Providing support" with its number and title, and moves past it', () => {
    const r = readerOf(['Theme 2: Providing support', 'Market shaping']);
    expect(r.expectTheme()).toEqual({ block: { kind: 'line', text: 'Theme 2: Providing support', line: 1 }, number: 2, title: 'Providing support' });
    expect(r.peek()).toEqual({ kind: 'line', text: 'Market shaping', line: 3 });
  });

  it('refuses a line that is not a theme line, and stays on it', () => {
    const r = readerOf(['Providing support']);
    expect(() => r.expectTheme()).toThrow('test.txt:1: expected a theme such as "Theme 2: Providing support", found "Providing support"');
    expect(r.peek()?.line).toBe(1);
  });

  it('refuses a list whose item reads like a theme line, quoting the item', () => {
    const r = readerOf(['- Theme 2: Providing support']);
    expect(() => r.expectTheme()).toThrow('test.txt:1: expected a theme such as "Theme 2: Providing support", found "- Theme 2: Providing support"');
  });
});

describe('the score of a score with its label on one line', () => {
  it('is the number for such a line, and nothing for a score line without a label or another line', () => {
    expect([matchScoreWithLabel('Score: 2 - Evidence shows some shortfalls'), matchScoreWithLabel('score 3\u2013Evidence shows a good standard'), matchScoreWithLabel('Score: 2'), matchScoreWithLabel('Theme 1: Working with people')])
      .toEqual(['2', '3', undefined, undefined]);
  });
});
