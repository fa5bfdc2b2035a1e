/**
 * National figures over the register, as pure functions: counts of ratings,
 * overall percentages and statement scores across councils, and one council's
 * place among them (counts, not ranks).
 */
export { nationalEntries, printedOverallOf, printedOverallOfRow, type NationalEntry } from './entries';
export {
  assessedScores, knownScores, overallFigure, overallNotKnown, percentDistribution, ratingCounts, statementDistribution, statementDistributions,
  type OverallFigure, type PercentCount, type RatingCount, type StatementDistribution,
} from './figures';
export { councilContext, type CouncilContext } from './context';
export {
  bandCounts, countedSet, groupCounts, groupsBy, inGroup, type BandCount, type BandCounts, type CountedSet, type CouncilGroup, type GroupCounts,
} from './groups';
