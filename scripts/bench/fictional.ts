import { labelOf, overallScore } from '@/lib/assessment';

/**
 * Made-up councils for the build benchmark, written from the real Harrow text
 * so each is a full-size, valid report. Only names, scores, labels and the
 * overall rating change; everything else stays byte for byte.
 */

/** A made-up council: its full name, the short name the text uses on its own, and its nine scores. */
export type FictionalCouncil = { name: string; shortName: string; scores: number[] };

/**
 * Place names are a first part and an ending, so there are enough for every
 * council in England and more (20 x 16 = 320); the first twenty are the
 * names the benchmark has always used ("Ashcombe", "Brackenfield", ...).
 */
const FIRST_PLACES = [
  'Ashcombe', 'Brackenfield', 'Calderbrook', 'Dunmere', 'Elmsworth', 'Fernhollow', 'Greywater',
  'Hollinsby', 'Ivelford', 'Kestrelton', 'Larkmoor', 'Marlowby', 'Nettlecombe', 'Oakhurst',
  'Pennywell', 'Quarrendon', 'Rookwood', 'Saltmarsh', 'Thistleby', 'Wrenfold',
];
const STEMS = ['Ash', 'Brack', 'Cald', 'Dun', 'Elm', 'Fern', 'Grey', 'Holl', 'Ivel', 'Kestr', 'Lark', 'Marl', 'Nettle', 'Oak', 'Penny', 'Quarr', 'Rook', 'Salt', 'Thistle', 'Wren'];
const ENDINGS = ['ham', 'stead', 'wick', 'bury', 'cote', 'ley', 'thorpe', 'ing', 'den', 'hope', 'side', 'gate', 'low', 'dale', 'shaw', 'more'];

/** The place name of council `index`: the first twenty as before, then each stem with each ending. */
export function placeName(index: number): string {
  const first = FIRST_PLACES[index];
  if (first !== undefined) return first;
  const rest = index - FIRST_PLACES.length;
  const stem = STEMS[rest % STEMS.length];
  const ending = ENDINGS[Math.floor(rest / STEMS.length)];
  if (stem === undefined || ending === undefined) throw new RangeError(`at most ${MAX_FICTIONAL} fictional councils, asked for council ${index + 1}`);
  return `${stem}${ending}`;
}

/** How many different made-up councils there can be. */
export const MAX_FICTIONAL = FIRST_PLACES.length + STEMS.length * ENDINGS.length;

const STATEMENTS = 9;
const EXTRA_POINTS = 3 * STATEMENTS; // from all 1s (9 of 36) to all 4s (36 of 36)

/** `n` modulo `m` as a number from 0 to m - 1, whatever the sign of n (JS's `%` keeps n's sign). */
function modulo(n: number, m: number): number {
  return ((n % m) + m) % m;
}

/**
 * The scores of council `index` of `count`: totals spread evenly from 9 to 36,
 * so the councils span all four ratings and, while count <= 28, no two share a
 * total (hence a set of scores). The odd points go to a run of statements that
 * starts at a different statement for each council, so pages differ too.
 */
export function fictionalScores(index: number, count: number): number[] {
  const extra = Math.round((EXTRA_POINTS * index) / Math.max(count - 1, 1));
  const base = 1 + Math.floor(extra / STATEMENTS);
  return Array.from({ length: STATEMENTS }, (_, j) => base + (modulo(j - index, STATEMENTS) < extra % STATEMENTS ? 1 : 0));
}

/** `count` made-up councils ("Fictional Borough of Ashcombe", ...), each with its own scores. */
export function fictionalCouncils(count: number): FictionalCouncil[] {
  if (count > MAX_FICTIONAL) throw new RangeError(`at most ${MAX_FICTIONAL} fictional councils, asked for ${count}`);
  return Array.from({ length: count }, (_, index) => {
    const place = placeName(index);
    return { name: `Fictional Borough of ${place}`, shortName: place, scores: fictionalScores(index, count) };
  });
}

/** The council's slug, as the site's addresses and content file names spell it. */
export function councilSlug(council: FictionalCouncil): string {
  return council.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * Harrow's report rewritten as `council`'s: the names replaced, the nine scores
 * set in both the summary list and the statements (with matching labels), and
 * the overall rating set to what CQC's method gives for those scores.
 */
export function fictionalAssessment(harrowText: string, council: FictionalCouncil): string {
  if (council.scores.length !== STATEMENTS) throw new RangeError(`expected ${STATEMENTS} scores, found ${council.scores.length}`);
  const lines = harrowText
    .replaceAll('London Borough of Harrow', council.name)
    .replaceAll('Harrow', council.shortName)
    .split('\n');
  setScores(lines, council.scores);
  setRating(lines, overallScore(council.scores).rating);
  return lines.join('\n');
}

const SCORE_LINE = /^(\s*Score:?\s*)\d+/;
const LABEL_LINE = /^(\s*)\d+\s*[-\u2013\u2014:]\s*Evidence shows[^\r]*/;

/**
 * The report gives each score twice, in the same statement order: first the
 * summary list, then each statement with its label line. (If a report ever
 * ordered them differently, parseAssessment's cross-check would say so.)
 */
function setScores(lines: string[], scores: number[]): void {
  let scoreLines = 0;
  let labelLines = 0;
  let current = 0;
  lines.forEach((line, i) => {
    if (SCORE_LINE.test(line)) {
      current = scores[scoreLines % STATEMENTS] ?? 0;
      lines[i] = line.replace(SCORE_LINE, `$1${current}`);
      scoreLines++;
    } else if (LABEL_LINE.test(line)) {
      lines[i] = line.replace(LABEL_LINE, `$1${current} - ${labelOf(current)}`);
      labelLines++;
    }
  });
  if (scoreLines !== 2 * STATEMENTS || labelLines !== STATEMENTS) {
    throw new Error(`expected ${2 * STATEMENTS} score lines and ${STATEMENTS} label lines in the Harrow text, found ${scoreLines} and ${labelLines}`);
  }
}

/** The rating is the second line after "Local authority rating and score" (the first is the authority's name). */
function setRating(lines: string[], rating: string): void {
  const heading = lines.findIndex((line) => line.trim() === 'Local authority rating and score');
  const filled = lines.map((line, i) => ({ line, i })).filter(({ line, i }) => i > heading && line.trim() !== '');
  const target = filled[1];
  if (heading === -1 || !target) throw new Error('expected "Local authority rating and score" followed by a name and a rating in the Harrow text');
  lines[target.i] = target.line.replace(target.line.trim(), rating);
}
