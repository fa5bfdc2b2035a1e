import { groupOf, key, type Block, type Source } from './blocks';
import { StructureError, quote } from './errors';

/** A line meant as a score line, well formed or not ("Score: seven" is read, and refused). */
const SCORE_LINE = /^score\b/i;
/** A score and its label on one line, "Score: 3 - Evidence shows a good standard"; the label is checked when read. */
const SCORE_WITH_LABEL = /^score\b\s*:?\s*(\d+)\s*[-\u2013\u2014:]\s*\S/i;
const THEME_LINE = /^theme\s+(\d+)\s*:\s*(.+)$/i;

type LineBlock = Block & { kind: 'line' };
/** The start of a quality statement: its name, and its score line right after it. */
export type StatementStart = { name: LineBlock; score: LineBlock };

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

  /** The block at `offset` if it is a line whose key is one of `keys`. */
  headingAt(keys: readonly string[], offset = 0): LineBlock | undefined {
    const block = this.peek(offset);
    return block?.kind === 'line' && keys.includes(this.keyOf(block)) ? block : undefined;
  }

  /** True when the block at `offset` is a line whose key is one of `keys`. */
  isHeading(keys: readonly string[], offset = 0): boolean {
    return this.headingAt(keys, offset) !== undefined;
  }

  private keyOf(block: LineBlock): string {
    const found = this.keys.get(block) ?? key(block.text);
    this.keys.set(block, found);
    return found;
  }

  /** The block at `offset` if it is a score line: "Score: 2", "Score 2", or a score with its label, "Score: 3 - Evidence shows a good standard". */
  private scoreLineAt(offset: number): LineBlock | undefined {
    const block = this.peek(offset);
    if (block?.kind !== 'line') return undefined;
    return (block.text.length <= 24 && SCORE_LINE.test(block.text)) || (block.text.length <= 60 && isScoreWithLabel(block.text)) ? block : undefined;
  }

  isThemeLine(offset = 0): boolean {
    const block = this.peek(offset);
    return block?.kind === 'line' && THEME_LINE.test(block.text);
  }

  /** A quality statement starts with its name on a line followed by its score line. */
  private statementStartAt(offset: number): StatementStart | undefined {
    const name = this.peek(offset);
    const score = this.scoreLineAt(offset + 1);
    return name?.kind === 'line' && score ? { name, score } : undefined;
  }

  isStatementStart(offset = 0): boolean {
    return this.statementStartAt(offset) !== undefined;
  }

  /** Takes a quality statement's name and score line if the next blocks start one. */
  takeStatementStart(): StatementStart | undefined {
    const start = this.statementStartAt(0);
    if (start) this.position += 2;
    return start;
  }

  /** Takes a line block whose key is `expected`, or fails saying what was found instead. */
  expectHeading(expected: string): LineBlock {
    const block = this.peek();
    if (block?.kind !== 'line' || key(block.text) !== key(expected)) {
      throw this.unexpected(block, quote(expected));
    }
    this.position++;
    return block;
  }

  /** Takes a "Theme N: title" line, or fails naming what came instead. */
  expectTheme(): { block: LineBlock; number: number; title: string } {
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
  expectLine(expected: string): LineBlock {
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

/** The score of a score with its label on one line ("3" in "Score: 3 - Evidence shows a good standard"), or undefined for another line. */
export function matchScoreWithLabel(text: string): string | undefined {
  return SCORE_WITH_LABEL.exec(text)?.[1];
}

/** True for a score with its label on one line, "Score: 3 - Evidence shows a good standard" (the label is checked when read). */
export function isScoreWithLabel(text: string): boolean {
  return matchScoreWithLabel(text) !== undefined;
}

/** The number and title of a "Theme N: title" line, or undefined for another line. */
export function matchThemeLine(text: string): { number: number; title: string } | undefined {
  const match = THEME_LINE.exec(text);
  return match ? { number: Number(match[1]), title: groupOf(match, 2) } : undefined;
}
