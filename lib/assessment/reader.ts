import { key, type Block, type Source } from './blocks';
import { StructureError, quote } from './errors';

const SCORE_LINE = /^score\b\s*:?\s*(.*)$/i;
/** A score and its label on one line, "Score: 3 - Evidence shows a good standard"; the label is checked when read. */
const SCORE_WITH_LABEL = /^score\b\s*:?\s*\d+\s*[-\u2013\u2014:]\s*\S/i;
const THEME_LINE = /^theme\s+(\d+)\s*:\s*(.+)$/i;

/** A cursor over the blocks of one file, with the tests the parser's state machine asks of the next block. */
export class Reader {
  private position = 0;
  /** Each block's heading key, worked out once: the state machine asks about the same block many times. */
  private readonly keys = new Map<Block, string>();

  constructor(private readonly source: Source, readonly file: string) {}

  peek(offset = 0): Block | undefined {
    return this.source.blocks[this.position + offset];
  }

  next(): Block | undefined {
    const block = this.peek();
    // Past the end every peek is undefined, so the position may run on.
    this.position++;
    return block;
  }

  atEnd(): boolean {
    return this.peek() === undefined;
  }

  /** The line a message should point at: the block's, or the file's last line at its end. */
  lineOf(block: Block | undefined): number {
    return block?.line ?? this.source.lineCount;
  }

  /** True when the block at `offset` is a line whose key is one of `keys`. */
  isHeading(keys: readonly string[], offset = 0): boolean {
    const block = this.peek(offset);
    return block?.kind === 'line' && keys.includes(this.keyOf(block));
  }

  private keyOf(block: Block & { kind: 'line' }): string {
    const found = this.keys.get(block) ?? key(block.text);
    this.keys.set(block, found);
    return found;
  }

  /** "Score: 2", "Score 2", or a score with its label, "Score: 3 - Evidence shows a good standard". */
  isScoreLine(offset = 0): boolean {
    const block = this.peek(offset);
    if (block?.kind !== 'line') return false;
    return (block.text.length <= 24 && SCORE_LINE.test(block.text)) || (block.text.length <= 60 && isScoreWithLabel(block.text));
  }

  isThemeLine(offset = 0): boolean {
    const block = this.peek(offset);
    return block?.kind === 'line' && THEME_LINE.test(block.text);
  }

  /** A quality statement starts with its name on a line followed by its score line. */
  isStatementStart(offset = 0): boolean {
    return this.peek(offset)?.kind === 'line' && this.isScoreLine(offset + 1);
  }

  /** Takes a line block whose key is `expected`, or fails saying what was found instead. */
  expectHeading(expected: string): Block & { kind: 'line' } {
    const block = this.peek();
    if (block?.kind !== 'line' || key(block.text) !== key(expected)) {
      throw this.unexpected(block, quote(expected));
    }
    this.position++;
    return block;
  }

  /** Takes a "Theme N: title" line, or fails naming what came instead. */
  expectTheme(): { block: Block & { kind: 'line' }; number: number; title: string } {
    const block = this.peek();
    if (block?.kind === 'line') {
      const theme = matchThemeLine(block.text);
      if (theme) {
        this.position++;
        return { block, ...theme };
      }
    }
    throw this.unexpected(block, 'a theme such as "Theme 2: Providing support"');
  }

  /** Takes any single line block, or fails naming what it should have been. */
  expectLine(expected: string): Block & { kind: 'line' } {
    const block = this.peek();
    if (block?.kind !== 'line') throw this.unexpected(block, expected);
    this.position++;
    return block;
  }

  unexpected(block: Block | undefined, expected: string): StructureError {
    return new StructureError(this.file, this.lineOf(block), `expected ${expected}, found ${quote(describe(block))}`, describe(block));
  }
}

/** The text a message quotes for a block: a line's text, or a list's first item. */
export function describe(block: Block | undefined): string | undefined {
  if (!block) return undefined;
  return block.kind === 'line' ? block.text : `- ${block.items[0].text}`;
}

/** What follows "Score" on a score line ("2" in "Score: 2"), or undefined for another line. */
export function matchScoreLine(text: string): string | undefined {
  return SCORE_LINE.exec(text)?.[1];
}

/** True for a score with its label on one line, "Score: 3 - Evidence shows a good standard" (the label is checked when read). */
export function isScoreWithLabel(text: string): boolean {
  return SCORE_WITH_LABEL.test(text);
}

/** The number and title of a "Theme N: title" line, or undefined for another line. */
export function matchThemeLine(text: string): { number: number; title: string } | undefined {
  const match = THEME_LINE.exec(text);
  // Stryker disable next-line StringLiteral: the pattern's groups always take part in a match; the fallback is for the type checker
  return match ? { number: Number(match[1]), title: match[2] ?? '' } : undefined;
}
