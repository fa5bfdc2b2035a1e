import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATINGS, labelOf, parseAssessment, type Assessment } from '@/lib/assessment';
import { HARROW_FILE, parseFailure, readText } from './helpers';
import { everyLine, laidOut, layouts, mapModel, plainWords, reportOf, retyped, typographies, type Layout, type Report, type Typography } from './text-variants';

/**
 * Property-based tests of the parser: the same report typed another way
 * (text-variants.ts says which ways, and why each leaves the model as it is)
 * is read as the same model, and an error put into it is reported at its
 * line however the rest is typed. Harrow's real report and the fixtures'
 * other layouts (a printed overall score in each of its three shapes, a score
 * and its label on one line, an About section, CRLF and a byte order mark)
 * are each varied. Every property first tries a few variants that change
 * every line it may change, so the kinds of variant each test exists for are
 * always tried, then random ones. Each run parses inside the test (README,
 * "Mutation testing").
 */

const FILES = [
  HARROW_FILE,
  'tests/fixtures/ashdown-district-council.txt',
  'tests/fixtures/fenwick-city-council.txt',
  'tests/fixtures/ravensmoor-city-council.txt',
  'tests/fixtures/tarnside-borough-council.txt',
  'tests/fixtures/site/holmbury-borough-council.txt',
];
const REPORTS: readonly Report[] = FILES.map((file) => reportOf(file, readText(file)));
const HARROW = 0;
/** Reports with the overall score printed under the rating ("Score: 75", "Overall rating for ...: 70%"). */
const PRINTED_SCORES = [3, 4];

/** Few runs: each parses a whole report, and the suite must stay about a minute on two busy cores. */
const RUNS = Number(process.env.RUNS ?? 25);
const TIMEOUT = 120_000;

function reportAt(index: number): Report {
  const report = REPORTS[index];
  if (!report) throw new Error(`no report ${index}`);
  return report;
}

/** Each report's model read from its own text, once per test. */
function originals(): (index: number) => Assessment {
  const models = new Map<number, Assessment>();
  return (index) => {
    const report = reportAt(index);
    const model = models.get(index) ?? parseAssessment(report.text, report.file);
    models.set(index, model);
    return model;
  };
}

const anyReport = fc.integer({ min: 0, max: REPORTS.length - 1 });

describe('a report typed another way is read as the same model', () => {
  it('reads other line endings, a byte order mark, spaces around lines, more blank lines, and the case and spacing of headings, score lines, labels, the rating and "Theme N:" as the same model, line numbers moved with their lines', () => {
    const original = originals();
    const examples = [HARROW, ...PRINTED_SCORES].flatMap((index) => [1, 2, 3, 4].map((choice): [[number, Layout]] => {
      const every = everyLine(reportAt(index), 'layout', choice);
      return [[index, { ending: choice % 2 === 0 ? '\r\n' : '\r', bom: true, padded: every, cased: every, spaced: every, blanks: every.lines }]];
    }));
    fc.assert(fc.property(anyReport.chain((index) => fc.tuple(fc.constant(index), layouts(reportAt(index)))), ([index, layout]) => {
      const report = reportAt(index);
      const variant = laidOut(report, layout);
      expect(parseAssessment(variant.text, report.file)).toEqual(mapModel(original(index), variant.lineOf));
    }), { numRuns: RUNS, examples });
  }, TIMEOUT);

  it('reads curly or straight apostrophes and quotes, no-break, doubled and tab spaces between words, and "England\'s average" as the same model but for those characters in the words it keeps', () => {
    const original = originals();
    const same = (line: number) => line;
    const examples = [HARROW, ...PRINTED_SCORES].flatMap((index) => [0, 1, 2, 3, 4].map((choice): [[number, Typography]] => {
      const every = everyLine(reportAt(index), 'words', choice);
      return [[index, { quoted: every, spaced: every, possessive: choice % 2 === 0 ? '\u2019' : "'" }]];
    }));
    fc.assert(fc.property(anyReport.chain((index) => fc.tuple(fc.constant(index), typographies(reportAt(index)))), ([index, typography]) => {
      const report = reportAt(index);
      const variant = retyped(report, typography);
      const read = parseAssessment(variant.text, report.file);
      expect(mapModel(read, same, plainWords)).toEqual(mapModel(original(index), same, plainWords));
    }), { numRuns: RUNS, examples });
  }, TIMEOUT);

  it('finds each of Harrow\'s comparisons however its "England average" is spelt, with the same figures, dataset and line', () => {
    const harrow = reportAt(HARROW);
    const comparisons = (model: Assessment) => model.themes.flatMap((t) => t.statements.flatMap((s) => s.comparisons))
      .map((c) => ({ value: c.value, englandAverage: c.englandAverage, dataset: c.dataset, datasetPeriod: c.datasetPeriod, line: c.line, reportWording: c.reportWording }));
    const expected = comparisons(parseAssessment(harrow.text, harrow.file));
    expect(expected.length).toBeGreaterThan(20);
    for (const apostrophe of ["'", '\u2019'] as const) {
      const variant = retyped(harrow, { possessive: apostrophe });
      expect(variant.text).toContain(`England${apostrophe}s average`);
      expect(comparisons(parseAssessment(variant.text, harrow.file))).toEqual(expected);
    }
  }, TIMEOUT);
});

/** A change that makes the report wrong at one line, and the error it must give there. */
type Injection = { line: number; replacement: string; error: 'ValueError' | 'ConsistencyError' };

/**
 * The errors put into a report, each at a line of its own: a score that is
 * not a number, a label of another score, another rating, an impossible
 * date, an England average printed without its % sign.
 */
function injectionsOf(report: Report): Injection[] {
  return report.lines.flatMap((text, i): Injection[] => {
    const line = i + 1;
    const score = /^Score:? (\d+)$/.exec(text.trim());
    if (score) return [{ line, replacement: 'Score: seven', error: 'ValueError' }];
    const label = /^(\d) [-\u2013] Evidence shows/.exec(text.trim());
    if (label) {
      const other = (Number(label[1]) % 4) + 1;
      return [{ line, replacement: `${other} - ${labelOf(other)}`, error: 'ConsistencyError' }];
    }
    const rating = RATINGS.indexOf(text.trim() as (typeof RATINGS)[number]);
    if (rating !== -1 && report.roles[i] === 'structure') {
      return [{ line, replacement: RATINGS[(rating + 2) % RATINGS.length] ?? 'Good', error: 'ConsistencyError' }];
    }
    if (text.startsWith('Assessment published:')) return [{ line, replacement: 'Assessment published: 30 February 2024', error: 'ValueError' }];
    const average = /England (?:national )?average was \d+(?:\.\d+)?%/.exec(text);
    if (average) return [{ line, replacement: text.replace(average[0], average[0].slice(0, -1)), error: 'ValueError' }];
    return [];
  });
}

function injected(report: Report, injection: Injection): Report {
  const lines = [...report.lines];
  lines[injection.line - 1] = injection.replacement;
  return reportOf(report.file, lines.join('\n'));
}

describe('an error in a report typed another way keeps its line', () => {
  it('reports a bad score, label, rating, date or England average at its own line, and at the same line moved however the rest is typed', () => {
    const arbitrary = anyReport.chain((index) => fc.constantFrom(...injectionsOf(reportAt(index))).chain((injection) => {
      const wrong = injected(reportAt(index), injection);
      return fc.tuple(fc.constant(index), fc.constant(injection), typographies(wrong), layouts(wrong));
    }));
    fc.assert(fc.property(arbitrary, ([index, injection, typography, layout]) => {
      const wrong = injected(reportAt(index), injection);
      const plain = parseFailure(wrong.text, wrong.file);
      expect(plain.name, plain.message).toBe(injection.error);
      expect(plain.line, plain.message).toBe(injection.line);
      const typed = retyped(wrong, typography);
      const variant = laidOut(reportOf(wrong.file, typed.text), layout);
      const varied = parseFailure(variant.text, wrong.file);
      expect(varied.name, varied.message).toBe(injection.error);
      expect(varied.line, varied.message).toBe(variant.lineOf(injection.line));
      expect(varied.message.startsWith(`${wrong.file}:${varied.line}: `)).toBe(true);
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('puts errors into Harrow at each of its 18 score lines, 9 labels, its rating, its date and each "England average was" figure', () => {
    const harrow = reportAt(HARROW);
    const at = (pattern: RegExp) => injectionsOf(harrow).filter((i) => pattern.test(harrow.lines[i.line - 1] ?? '')).length;
    expect(at(/^Score:? \d$/)).toBe(18);
    expect(at(/^\d - Evidence shows/)).toBe(9);
    expect(at(/^Requires improvement$/)).toBe(1);
    expect(at(/^Assessment published: 16 August 2024$/)).toBe(1);
    expect(at(/England (?:national )?average was/)).toBe(harrow.lines.filter((l) => /England (?:national )?average was \d/.test(l)).length);
    expect(injectionsOf(harrow)).toHaveLength(18 + 9 + 1 + 1 + at(/England (?:national )?average was/));
  });
});
