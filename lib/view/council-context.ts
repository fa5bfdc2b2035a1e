import type { CouncilContext, OverallFigure, StatementDistribution } from '@/lib/national';

/**
 * The words that put one council's result among all the others. Every
 * figure is a count the site made from CQC's published results: counts, never
 * ranks (the figures cannot support a league table) and never a verdict.
 */

/** "1 council", "21 councils". */
export function councilsText(count: number): string {
  return `${count} ${count === 1 ? 'council' : 'councils'}`;
}

/** "21 of 72 councils were rated requires improvement", or why the council is counted under no rating. */
export function ratingShareText(context: Pick<CouncilContext, 'councils' | 'rating' | 'sameRating'>): string {
  const { councils, rating, sameRating } = context;
  if (rating === null || sameRating === null) {
    return `The register does not record this council's rating, so it is counted under no rating (${councilsText(councils)} in all)`;
  }
  return `${sameRating} of ${councilsText(councils)} ${sameRating === 1 ? 'was' : 'were'} rated ${rating.toLowerCase()}`;
}

/** What follows the shared-rating count: ": Blackpool Council" when it is the only one, ", Harrow among them" otherwise, nothing when unrecorded. */
export function ratingMemberText(context: Pick<CouncilContext, 'sameRating'>, authority: string): string {
  if (context.sameRating === null) return '';
  return context.sameRating === 1 ? `: ${authority}` : `, ${authority} among them`;
}

/** Whose figure an overall percentage is: CQC's where CQC printed it (in its report, or as a later result's source gives it), else the site's calculation from CQC's scores. */
export function overallSourceText(overall: Pick<OverallFigure, 'source' | 'total' | 'maximum'>): string {
  return overall.source === 'cqc'
    ? 'CQC\'s overall score, as CQC printed it'
    : `calculated by this site from CQC's scores (${overall.total ?? '?'} of ${overall.maximum ?? '?'}, rounded up as CQC rounds)`;
}

/** "59%: 12 councils scored lower, 54 higher and 5 others the same": where a percentage falls, in counts; or that it is not recorded. */
export function percentPlaceText(context: Pick<CouncilContext, 'overall' | 'lower' | 'higher' | 'samePercent'>): string {
  const { overall, lower, higher, samePercent } = context;
  if (overall === null) return 'not recorded: no source gives CQC\'s figure, and not every score is known, so this site does not work it out';
  const below = lower === 0 ? 'no council scored lower' : `${councilsText(lower)} scored lower`;
  const above = higher === 0 ? 'none higher' : `${higher} higher`;
  const others = samePercent - 1;
  const same = others > 0 ? ` and ${others} ${others === 1 ? 'other' : 'others'} the same` : '';
  return `${overall.percent}%: ${below}, ${above}${same}`;
}

/** How many councils had a score on a statement; `scores` lists 1 to 4 in order. */
export function councilsScoring(distribution: Pick<StatementDistribution, 'scores'>, score: number): number {
  return distribution.scores.find((s) => s.score === score)?.councils ?? 0;
}

/**
 * "51 of 72 councils scored 2 on assessing needs, London Borough of Harrow
 * among them", or, for a statement the council's assessment did not score,
 * how many councils were scored on it.
 */
export function statementShareText(authority: string, score: number | null, distribution: StatementDistribution, councils: number): string {
  const name = distribution.statement.name.toLowerCase();
  if (score === null) {
    const scored = councils - distribution.notAssessed;
    return `${authority} was not scored on ${name}; ${scored} of ${councilsText(councils)} were`;
  }
  return `${councilsScoring(distribution, score)} of ${councilsText(councils)} scored ${score} on ${name}, ${authority} among them`;
}
