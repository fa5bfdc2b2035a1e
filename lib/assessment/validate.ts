import { key, type Line } from './blocks';
import { ConsistencyError, StructureError, quote } from './errors';
import { overallScore, type OverallScore } from './rating';
import type { Assessment, ScoreEntry, Statement, Theme } from './schema';

/**
 * Cross-checks between parts of the report, and against CQC's method. Each
 * failure is a ConsistencyError at the line where the disagreement shows.
 */

type UnlinkedEntry = Omit<ScoreEntry, 'statement'>;

/** A theme as read, with the statements its list names. */
type ListedTheme = { theme: Pick<Theme, 'number'> & { statements: readonly Pick<Statement, 'name' | 'line'>[] }; listed: readonly Line[] };

/** Each theme's list of statements and the statements printed under it name the same statements. */
export function checkThemeLists(file: string, themes: readonly ListedTheme[]): void {
  for (const { theme, listed: items } of themes) {
    const names = items.map((item) => key(item.text));
    const present = theme.statements.map((s) => key(s.name));
    const shown = theme.statements.map((s) => quote(s.name)).join(', ');
    for (const item of items) {
      if (!present.includes(key(item.text))) {
        throw new ConsistencyError(file, item.line, `theme ${theme.number} lists ${quote(item.text)}: expected a quality statement of that name in the theme, found ${shown}`, item.text);
      }
    }
    for (const statement of theme.statements) {
      if (!names.includes(key(statement.name))) {
        throw new ConsistencyError(file, statement.line, `quality statement ${quote(statement.name)}: expected it in theme ${theme.number}'s list of statements, found only ${items.map((i) => quote(i.text)).join(', ')}`, statement.name);
      }
    }
  }
}

function words(text: string): Set<string> {
  return new Set(key(text).split(/[^a-z0-9]/).filter(Boolean));
}

/** Dice similarity of two names' words: 1 for the same words, 0 for none shared. */
export function nameSimilarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  const shared = [...left].filter((w) => right.has(w)).length;
  return (2 * shared) / (left.size + right.size || 1);
}

/** How alike two names must be (nameSimilarity) to be the same quality statement worded differently. */
export const SAME_STATEMENT = 0.75;

/**
 * Links each entry of the "Quality statement scores" list to its statement:
 * by name, or, where the list words a name differently ("lead healthier lives"
 * for "live healthier lives"), to the one unmatched statement whose name is
 * nearly the same. Then checks the scores agree.
 */
export function linkScores(file: string, entries: UnlinkedEntry[], statements: Statement[]): ScoreEntry[] {
  const free = new Set(statements);
  const byKey = new Map(statements.map((s) => [key(s.name), s]));
  // Each entry with its place in the list, so the links come back in the list's order.
  const links: { index: number; entry: UnlinkedEntry; statement: Statement }[] = [];
  const unmatched: { index: number; entry: UnlinkedEntry }[] = [];
  entries.forEach((entry, index) => {
    const statement = byKey.get(key(entry.name));
    if (statement && free.has(statement)) {
      links.push({ index, entry, statement });
      free.delete(statement);
    } else {
      unmatched.push({ index, entry });
    }
  });
  for (const { index, entry } of unmatched) {
    const ranked = [...free].map((s) => ({ s, similarity: nameSimilarity(entry.name, s.name) })).sort((a, b) => b.similarity - a.similarity);
    const best = ranked[0];
    if (!best || best.similarity < SAME_STATEMENT || (ranked[1]?.similarity ?? 0) === best.similarity) {
      throw new ConsistencyError(file, entry.line, `the score list names ${quote(entry.name)}: expected a quality statement of that name in a theme, found none`, entry.name);
    }
    links.push({ index, entry, statement: best.s });
    free.delete(best.s);
  }
  const missing = [...free][0];
  if (missing) {
    throw new ConsistencyError(file, missing.line, `quality statement ${quote(missing.name)}: expected it in the "Quality statement scores" list, found it missing`, missing.name);
  }
  return links.sort((a, b) => a.index - b.index).map(({ entry, statement }) => {
    if (statement.score !== entry.score) {
      throw new ConsistencyError(file, entry.scoreLine, `quality statement ${quote(statement.name)}: expected the score list to give the statement's own score, ${statement.score} (line ${statement.lines.score}), found ${entry.score}`, `Score: ${entry.score}`);
    }
    return { ...entry, statement: statement.slug };
  });
}

/** Theme numbers rise, and no two themes or statements share an address. */
export function checkNumbersAndSlugs(file: string, themes: Theme[]): void {
  const slugs = new Map<string, number>();
  themes.forEach((theme, index) => {
    const before = themes[index - 1];
    if (before && theme.number <= before.number) {
      throw new ConsistencyError(file, theme.line, `expected a theme numbered above ${before.number}, found theme ${theme.number}`);
    }
    for (const item of [theme, ...theme.statements]) {
      const earlier = slugs.get(item.slug);
      if (earlier !== undefined) {
        throw new ConsistencyError(file, item.line, `expected each theme and quality statement to have its own address, found "${item.slug}" again (first at line ${earlier})`);
      }
      slugs.set(item.slug, item.line);
    }
  });
}

type Overall = Pick<Assessment, 'rating' | 'overallScore' | 'themes' | 'lines'>;

/** CQC's method over the statements' scores; a report with none is refused (it cannot have a rating). */
function methodOf(file: string, assessment: Overall): OverallScore {
  const scores = assessment.themes.flatMap((t) => t.statements.map((s) => s.score));
  if (scores.length === 0) {
    throw new StructureError(file, assessment.lines.scores, 'expected at least one quality statement score, found none');
  }
  return overallScore(scores);
}

/** The overall score CQC prints, if it does, is the statements' percentage rounded up (docs/overall-score.md). */
export function checkOverallScore(file: string, assessment: Overall): void {
  const printed = assessment.overallScore;
  const line = assessment.lines.overallScore;
  if (printed === null || line === null) return;
  const overall = methodOf(file, assessment);
  if (printed !== overall.roundedPercentage) {
    throw new ConsistencyError(file, line,
      `expected the overall score CQC's method gives for the quality statement scores (line ${assessment.lines.scores}), ${overall.total} of ${overall.maximum} = ${formatPercent(overall.percentage)}% rounded up to ${overall.roundedPercentage}, found ${printed}`);
  }
}

/** The overall rating is the one CQC's method gives for the scores. */
export function checkRating(file: string, assessment: Overall): void {
  const overall = methodOf(file, assessment);
  if (overall.rating !== assessment.rating) {
    throw new ConsistencyError(file, assessment.lines.rating,
      `expected the rating CQC's method gives for the quality statement scores (line ${assessment.lines.scores}), ${overall.total} of ${overall.maximum} (${overall.roundedPercentage}%): ${quote(overall.rating)} (${overall.band.min}-${overall.band.max}%), found ${quote(assessment.rating)}`,
      assessment.rating);
  }
}

/** 58.333... as "58.3", 75 as "75". */
function formatPercent(value: number): string {
  return String(Math.round(value * 10) / 10);
}
