import { key, slugify, toBlocks } from './blocks';
import { ConsistencyError, quote } from './errors';
import { Reader } from './reader';
import type { About, Paragraph, Section } from './schema';
import { readParagraphs, readThemes, type ParsedTheme } from './themes';
import { readPublished, readRating, readScore } from './values';

/**
 * Blocks -> assessment: a small state machine over the report's sections in
 * the order CQC publishes them. Sections CQC may leave out ("About", the two
 * summaries, "What people expect") are optional; the rest are required, and a
 * missing one is an error naming what was expected and what was found.
 */

const HEADINGS = {
  howWeAssess: 'How we assess local authorities',
  demographics: 'Demographics',
  financialFacts: 'Financial facts',
  overallSummary: 'Overall summary',
  ratingAndScore: 'Local authority rating and score',
  scores: 'Quality statement scores',
  peoplesExperiences: "Summary of people's experiences",
  strengths: 'Summary of strengths, areas for development and next steps',
} as const;

const TITLE = /^(.+?)\s*:\s*local authority assessment$/i;

/** Reads the whole text into the unvalidated model plus what the cross-checks need. */
export function readAssessment(text: string, file: string) {
  const r = new Reader(toBlocks(text, file), file);
  const titleBlock = r.expectLine('a title such as "<Council name>: local authority assessment"');
  const title = TITLE.exec(titleBlock.text);
  if (!title) throw r.unexpected(titleBlock, 'a title such as "<Council name>: local authority assessment"');
  const authority = (title[1] ?? '').trim();

  while (r.isHeading([key(HEADINGS.howWeAssess)])) r.next(); // a link on the published page
  const publishedBlock = r.expectLine('"Assessment published: <date>"');
  const published = readPublished(file, publishedBlock);
  const about = readAbout(r);

  r.expectHeading(HEADINGS.overallSummary);
  r.expectHeading(HEADINGS.ratingAndScore);
  const nameBlock = r.expectLine(`the authority's name, ${quote(authority)}`);
  if (key(nameBlock.text) !== key(authority)) {
    throw new ConsistencyError(file, nameBlock.line, `expected the authority named in the title, ${quote(authority)}, found ${quote(nameBlock.text)}`, nameBlock.text);
  }
  const ratingBlock = r.expectLine('the overall rating');
  const rating = readRating(file, ratingBlock);
  const scoresHeading = r.expectHeading(HEADINGS.scores);
  const scores = readScoreList(r);

  const summaries = readSummaries(r);
  const themes: ParsedTheme[] = readThemes(r, authority);
  return {
    assessment: {
      authority,
      slug: slugify(authority),
      published,
      rating,
      lines: { title: titleBlock.line, published: publishedBlock.line, rating: ratingBlock.line, scores: scoresHeading.line },
      about,
      scores,
      peoplesExperiences: summaries.peoplesExperiences,
      strengthsAndNextSteps: summaries.strengths,
      themes: themes.map((t) => t.theme),
    },
    listed: themes.map((t) => t.listed),
  };
}

function readAbout(r: Reader): About | null {
  const heading = r.peek();
  if (heading?.kind !== 'line' || !key(heading.text).startsWith('about ')) return null;
  r.next();
  const subsections = [key(HEADINGS.demographics), key(HEADINGS.financialFacts), key(HEADINGS.overallSummary)];
  const about: About = { heading: heading.text, line: heading.line, demographics: null, financialFacts: null };
  while (!r.isHeading([key(HEADINGS.overallSummary)])) {
    const sub = r.peek();
    if (!r.isHeading(subsections) || sub?.kind !== 'line') {
      throw r.unexpected(sub, `"${HEADINGS.demographics}", "${HEADINGS.financialFacts}" or "${HEADINGS.overallSummary}"`);
    }
    r.next();
    const isFinancial = key(sub.text) === key(HEADINGS.financialFacts);
    const items: Paragraph[] = [];
    for (let block = r.peek(); isFinancial && block?.kind === 'list'; block = r.peek()) {
      r.next();
      items.push(...block.items);
    }
    const paragraphs = readParagraphs(r, () => r.isHeading(subsections));
    const section: Section = { heading: sub.text, line: sub.line, paragraphs };
    if (isFinancial) about.financialFacts = { ...section, items };
    else about.demographics = section;
  }
  return about;
}

function readScoreList(r: Reader) {
  const entries = [];
  while (r.isStatementStart()) {
    const name = r.expectLine('a quality statement name');
    const scoreBlock = r.expectLine('a score line');
    entries.push({ name: name.text, score: readScore(r.file, scoreBlock, `quality statement ${quote(name.text)}`), line: name.line });
  }
  if (entries.length === 0) throw r.unexpected(r.peek(), 'a quality statement name followed by its score line ("Score: 2")');
  return entries;
}

function readSummaries(r: Reader) {
  const headings = [key(HEADINGS.peoplesExperiences), key(HEADINGS.strengths)];
  const found: { peoplesExperiences: Section | null; strengths: Section | null } = { peoplesExperiences: null, strengths: null };
  while (r.isHeading(headings)) {
    const heading = r.next();
    if (heading?.kind !== 'line') break;
    const paragraphs = readParagraphs(r, () => r.isHeading(headings) || r.isThemeLine());
    const section = { heading: heading.text, line: heading.line, paragraphs };
    if (key(heading.text) === headings[0]) found.peoplesExperiences = section;
    else found.strengths = section;
  }
  if (!r.isThemeLine()) {
    throw r.unexpected(r.peek(), `"${HEADINGS.peoplesExperiences}", "${HEADINGS.strengths}" or "Theme 1: ..."`);
  }
  return found;
}
