import { key, slugify, toBlocks } from './blocks';
import { readAbout } from './about';
import { readParagraphs, type ParsedParagraph } from './findings';
import { readRatingBlock, readTitle } from './front';
import { quote } from './errors';
import { Reader } from './reader';
import { readThemes } from './themes';
import { readPublished, readScore } from './values';

/**
 * Blocks -> assessment: a small state machine over the report's sections in
 * the order CQC publishes them. Sections CQC may leave out ("About", the two
 * summaries, "What people expect", the printed overall score) are optional;
 * the rest are required, and a missing one is an error naming what was
 * expected and what was found.
 */

const HEADINGS = {
  howWeAssess: 'How we assess local authorities',
  overallSummary: 'Overall summary',
  ratingAndScore: 'Local authority rating and score',
  scores: 'Quality statement scores',
  peoplesExperiences: "Summary of people's experiences",
  strengths: 'Summary of strengths, areas for development and next steps',
} as const;

type ParsedSection = { heading: string; line: number; paragraphs: ParsedParagraph[] };

/** Reads the whole text into the model as read (before comparisons and cross-checks), plus the themes as read with their lists. */
export function readAssessment(text: string, file: string) {
  const source = toBlocks(text, file);
  const r = new Reader(source, file);
  const title = readTitle(r, source.blocks);
  while (r.isHeading([key(HEADINGS.howWeAssess)])) r.next(); // a link on the published page
  const publishedBlock = r.expectLine('"Assessment published: <date>"');
  const published = readPublished(file, publishedBlock);
  const about = readAbout(r);

  r.expectHeading(HEADINGS.overallSummary);
  r.expectHeading(HEADINGS.ratingAndScore);
  const ratingBlock = readRatingBlock(r, title.authority);
  const scoresHeading = r.expectHeading(HEADINGS.scores);
  const scores = readScoreList(r);

  const summaries = readSummaries(r);
  const themes = readThemes(r, title.authority);
  return {
    assessment: {
      authority: title.authority,
      slug: slugify(title.authority),
      published,
      rating: ratingBlock.rating,
      overallScore: ratingBlock.overallScore,
      lines: {
        title: title.block.line,
        published: publishedBlock.line,
        rating: ratingBlock.ratingLine,
        overallScore: ratingBlock.overallScoreLine,
        scores: scoresHeading.line,
      },
      about,
      scores,
      peoplesExperiences: summaries.peoplesExperiences,
      strengthsAndNextSteps: summaries.strengths,
      themes: themes.map((t) => t.theme),
    },
    themes,
  };
}

function readScoreList(r: Reader) {
  const entries = [];
  for (let start = r.takeStatementStart(); start; start = r.takeStatementStart()) {
    const { name, score } = start;
    entries.push({ name: name.text, score: readScore(r.file, score, `quality statement ${quote(name.text)}`), line: name.line, scoreLine: score.line });
  }
  if (entries.length === 0) throw r.unexpected(r.peek(), 'a quality statement name followed by its score line ("Score: 2")');
  return entries;
}

function readSummaries(r: Reader) {
  const headings = [key(HEADINGS.peoplesExperiences), key(HEADINGS.strengths)];
  let peoplesExperiences: ParsedSection | null = null;
  let strengths: ParsedSection | null = null;
  for (let heading = r.headingAt(headings); heading; heading = r.headingAt(headings)) {
    r.next();
    const paragraphs = readParagraphs(r, () => r.isHeading(headings) || r.isThemeLine());
    const section = { heading: heading.text, line: heading.line, paragraphs };
    if (key(heading.text) === headings[0]) peoplesExperiences = section;
    else strengths = section;
  }
  if (!r.isThemeLine()) {
    throw r.unexpected(r.peek(), `"${HEADINGS.peoplesExperiences}", "${HEADINGS.strengths}" or "Theme 1: ..."`);
  }
  return { peoplesExperiences, strengths };
}
