import type { Rating } from '@/lib/assessment';
import type { CouncilContext, CouncilGroup, GroupCounts, OverallFigure, StatementDistribution } from '@/lib/national';
import { TYPE_WORDS, regionPath, typePath } from './england';
import { regionName } from './council-facts';

/**
 * The words that put one council's result among the others: all councils,
 * those of its kind and those of its region. Every figure is a count the site
 * made from CQC's published results: counts, never ranks (the figures cannot
 * support a league table) and never a verdict.
 */

/** "1 council", "21 councils". */
export function councilsText(count: number): string {
  return `${count} ${count === 1 ? 'council' : 'councils'}`;
}

/** "21 of 72 councils were rated requires improvement", or why the council is counted under no rating. */
export function ratingShareText(context: Pick<CouncilContext, 'councils' | 'rating' | 'sameRating'>): string {
  const { councils, rating, sameRating } = context;
  if (rating === null || sameRating === null) {
    return `This council's rating is not recorded, so it is counted under no rating (${councilsText(councils)} in all)`;
  }
  return `${sameRating} of ${councilsText(councils)} ${sameRating === 1 ? 'was' : 'were'} rated ${rating.toLowerCase()}`;
}

/** What follows the shared-rating count: ": Blackpool Council" when it is the only one, ", Harrow among them" otherwise, nothing when unrecorded. */
export function ratingMemberText(context: Pick<CouncilContext, 'sameRating'>, authority: string): string {
  if (context.sameRating === null) return '';
  return context.sameRating === 1 ? `: ${authority}` : `, ${authority} among them`;
}

/** A kind of council in the plural without the aside: "London boroughs", "councils of their own kind". */
function kindPlural(type: Extract<CouncilGroup, { kind: 'type' }>['type']): string {
  // Stryker disable next-line Regex: the one plural with an aside (TYPE_WORDS.other.many) ends with it, so the end anchor changes no word
  return TYPE_WORDS[type].many.replace(/ \(.*\)$/, '');
}

/** A set of councils as a table's column names it, with its list's address: "All councils", "London boroughs", "Councils in the North East". */
export function groupLabel(group: CouncilGroup): { text: string; href: string | null } {
  if (group.kind === 'all') return { text: 'All councils', href: null };
  if (group.kind === 'type') {
    const plural = kindPlural(group.type);
    return { text: `${plural.charAt(0).toUpperCase()}${plural.slice(1)}`, href: typePath(group.type) };
  }
  return { text: `Councils in ${regionName(group.region)}`, href: regionPath(group.region) };
}

/**
 * One set's share of a rating, in three parts so the page can link the set's
 * name: "Among" | "London boroughs" | ", 8 of the 20 whose result this site
 * holds were rated requires improvement (England has 32)".
 */
export function groupShareText(counts: Pick<GroupCounts, 'group' | 'councils' | 'inEngland' | 'ratings'>, rating: Rating | null): { before: string; name: string; after: string } {
  const { group, councils, inEngland } = counts;
  const named = group.kind === 'type'
    ? { before: 'Among ', name: kindPlural(group.type), total: `England has ${inEngland}` }
    : { before: 'In ', name: group.kind === 'region' ? regionName(group.region) : 'England', total: `${inEngland} in all` };
  const same = counts.ratings.find((r) => r.rating === rating)?.councils ?? 0;
  const share = rating === null
    ? `, this site holds the results of ${councilsText(councils)}`
    : `, ${same} of the ${councils} whose result this site holds ${same === 1 ? 'was' : 'were'} rated ${rating.toLowerCase()}`;
  return { before: named.before, name: named.name, after: `${share} (${named.total})` };
}

/** Whose figure an overall percentage is: CQC's where CQC printed it (in its report, or as a later result's source gives it), else the site's calculation from CQC's scores. */
export function overallSourceText(overall: Pick<OverallFigure, 'source' | 'total' | 'maximum'>): string {
  return overall.source === 'cqc'
    ? 'CQC\'s overall score, as CQC printed it'
    : `calculated by this site from CQC's scores (${overall.total ?? '?'} of ${overall.maximum ?? '?'}, rounded up as CQC rounds)`;
}

/** "59%, calculated by this site ..., in the band CQC's method rates requires improvement (39% to 62%)", or that the score is not recorded. */
export function overallBandText(context: Pick<CouncilContext, 'overall'>, band: { rating: Rating; min: number; max: number } | undefined): string {
  const { overall } = context;
  if (overall === null || band === undefined) {
    return 'not recorded: no source gives CQC\'s figure, and not every score is known, so this site does not work it out; the table counts it as not known';
  }
  return `${overall.percent}%, ${overallSourceText(overall)}, in the band CQC's method rates ${band.rating.toLowerCase()} (${band.min}% to ${band.max}%)`;
}

/** How many councils had a score on a statement; `scores` lists 1 to 4 in order. */
export function councilsScoring(distribution: Pick<StatementDistribution, 'scores'>, score: number): number {
  return distribution.scores.find((s) => s.score === score)?.councils ?? 0;
}

/**
 * "51 of 72 councils scored 2 on assessing needs, London Borough of Harrow
 * among them", or, for a statement the council's result has no score on,
 * how many councils have a score on it.
 */
export function statementShareText(authority: string, score: number | null, distribution: StatementDistribution, councils: number): string {
  const name = distribution.statement.name.toLowerCase();
  if (score === null) {
    const scored = councils - distribution.notAssessed - distribution.notRecorded;
    return `This site holds no score of ${authority} on ${name}; it holds one for ${scored} of ${councilsText(councils)}`;
  }
  return `${councilsScoring(distribution, score)} of ${councilsText(councils)} scored ${score} on ${name}, ${authority} among them`;
}
