import { key } from './blocks';
import { extractComparisons } from './comparisons';
import type { ParsedParagraph } from './findings';
import type { Comparison, Paragraph, Statement, Theme } from './schema';
import type { Source } from './sources';
import type { ParsedStatement, ParsedTheme } from './themes';

/**
 * The pure step from the themes as read to the model's themes: paragraphs the
 * report prints a second time are marked with the line of the first, and each
 * statement's comparisons are read from its findings, in order, so "from the
 * same source" can point back to the figure before.
 */
export function completeThemes(file: string, themes: readonly ParsedTheme[]): Theme[] {
  const firstLines = new Map<string, number>();
  return themes.map((theme) => ({
    ...theme,
    statements: theme.statements.map((statement) => completeStatement(file, statement, firstLines)),
  }));
}

function completeStatement(file: string, statement: ParsedStatement, firstLines: Map<string, number>): Statement {
  const findings = statement.findings.map((finding) => ({
    ...finding,
    paragraphs: finding.paragraphs.map((paragraph) => markRepeat(paragraph, firstLines)),
  }));
  const comparisons: Comparison[] = [];
  let previous: Source | null = null;
  for (const finding of findings) {
    for (const paragraph of finding.paragraphs) {
      const found = extractComparisons(paragraph.text, { file, line: paragraph.line, finding: finding.slug, repeatOf: paragraph.repeatOf ?? null, previous });
      comparisons.push(...found);
      const last = found.at(-1);
      if (last) previous = { dataset: last.dataset, period: last.datasetPeriod };
    }
  }
  return { ...statement, findings, comparisons };
}

/** A paragraph with `repeatOf` where the same one came before (so a figure is not counted twice), however either's quotes and spaces are typed. */
function markRepeat(paragraph: ParsedParagraph, firstLines: Map<string, number>): Paragraph {
  const words = key(paragraph.text);
  const first = firstLines.get(words);
  if (first === undefined) {
    firstLines.set(words, paragraph.line);
    return paragraph;
  }
  return { ...paragraph, repeatOf: first };
}
