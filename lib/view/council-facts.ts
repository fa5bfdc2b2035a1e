import { overallFigure, type OverallFigure } from '@/lib/national';
import type { EnglandCouncil, Region, RegisterRow } from '@/lib/register/schema';
import { TYPE_WORDS, regionPath, typePath } from './england';

/**
 * What a council's page says about the council and its result beyond CQC's
 * rating and scores: what and where the council is, CQC's overall score (or
 * the site's calculation, or that it is not recorded), and the words for a
 * score the site does not hold, which differ by where the result comes from.
 */

/** "A | London borough | in | London": a council's kind and region, each with the address of its list. */
export type CouncilIdentity = {
  kind: string;
  kindPath: string;
  /** "the " before a region read with an article ("the South West"); empty for London and Yorkshire and The Humber. */
  article: string;
  region: string;
  regionPath: string;
  gssCode: string;
};

/** "the " before a region a reader names with an article ("the South West"); none before London or Yorkshire and The Humber. */
function regionArticle(region: Region): string {
  return region === 'London' || region === 'Yorkshire and The Humber' ? '' : 'the ';
}

/** A region as a sentence names it: "the South West", "London". */
export function regionName(region: Region): string {
  return `${regionArticle(region)}${region}`;
}

/** A council's kind and region as the page names and links them. */
export function councilIdentity(council: Pick<EnglandCouncil, 'type' | 'region' | 'gssCode'>): CouncilIdentity {
  return {
    // Stryker disable next-line Regex: every kind's `one` in TYPE_WORDS starts with its article and has no other "a ", so the start anchor changes no word
    kind: TYPE_WORDS[council.type].one.replace(/^an? /, ''),
    kindPath: typePath(council.type),
    article: regionArticle(council.region),
    region: council.region,
    regionPath: regionPath(council.region),
    gssCode: council.gssCode,
  };
}

/**
 * A result's overall score: CQC's printed figure where a source gives it,
 * else the site's calculation where every score is known, else null (not
 * recorded). The register does not record CQC's printed figure.
 */
export function resultFigure(row: RegisterRow): OverallFigure | null {
  return overallFigure({ slug: '', authority: row.authority, row, printedOverall: row.overallScore });
}

/** The overall score under the rating, and whose it is. */
export type FigureHeadline = { by: 'cqc' | 'site' | 'none'; text: string };

/** "CQC's overall score: 67 out of 100", "This site's calculation from CQC's scores: 21 of 36, 59%", or "Overall score: not recorded". */
export function figureHeadline(figure: OverallFigure | null): FigureHeadline {
  if (figure === null) return { by: 'none', text: 'Overall score: not recorded' };
  if (figure.source === 'cqc') return { by: 'cqc', text: `CQC's overall score: ${figure.percent} out of 100` };
  return { by: 'site', text: `This site's calculation from CQC's scores: ${figure.total ?? '?'} of ${figure.maximum ?? '?'}, ${figure.percent}%` };
}

/** Why there is no overall score, where there is none: no source gives CQC's, and the site works nothing out from unknown scores. */
export const OVERALL_NOT_RECORDED = 'No source this site found gives CQC\'s overall score, and not every quality statement score is known, so this site does not work it out.';

/**
 * A score the site does not hold, in words: the register's empty score is a
 * statement CQC did not score in that assessment; a later result's is a
 * score no source gives, which says nothing about CQC's assessment.
 */
export function missingScoreText(origin: RegisterRow['origin']): string {
  return origin === 'register' ? 'Not scored in this assessment' : 'Not recorded';
}
