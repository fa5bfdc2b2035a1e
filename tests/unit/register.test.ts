import { describe, expect, it } from 'vitest';
import { ConsistencyError, StructureError, ValueError, type ContentError } from '@/lib/assessment';
import { checkRows, parseProvenance, parseRegister, type Provenance, type RegisterRow } from '@/lib/register';
import { readText } from './helpers';

const REGISTER = 'content/cqc-local-authority-ratings.csv';
const fixtureFile = (name: string) => `tests/fixtures/register/${name}`;

/** Parses a register fixture, expecting exactly one error; returns it for the class, line and message. */
function onlyError(name: string): ContentError {
  const { errors } = parseRegister(readText(fixtureFile(name)), fixtureFile(name));
  expect(errors).toHaveLength(1);
  const [error] = errors;
  if (!error) throw new Error('no error');
  return error;
}

function rowsOf(name: string): RegisterRow[] {
  const { rows, errors } = parseRegister(readText(fixtureFile(name)), fixtureFile(name));
  expect(errors.map((e) => e.message)).toEqual([]);
  return rows;
}

describe('the real register', () => {
  // Each test parses, so mutation testing sees what it asserts (helpers.ts).
  const parseReal = () => parseRegister(readText(REGISTER), REGISTER);

  it('parses to 72 councils, one row each, with no errors', () => {
    const { rows, errors } = parseReal();
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(rows).toHaveLength(72);
    expect(new Set(rows.map((r) => r.authority)).size).toBe(72);
    expect(checkRows(rows, null)).toEqual([]);
  });

  it('reads Harrow\'s row at its line: requires improvement, August 2024, its address and nine scores', () => {
    const { rows } = parseReal();
    const harrow = rows.find((r) => r.authority === 'London Borough of Harrow');
    const line = readText(REGISTER).split('\n').findIndex((l) => l.startsWith('London Borough of Harrow,')) + 1;
    expect(harrow).toEqual({
      authority: 'London Borough of Harrow',
      rating: 'Requires improvement',
      published: '2024-08',
      reportUrl: 'https://www.cqc.org.uk/care-services/local-authority-assessment-reports/harrow-0824',
      scores: {
        'assessing-needs': 2,
        'supporting-people-to-live-healthier-lives': 2,
        'equity-in-experience-and-outcomes': 3,
        'care-provision-integration-and-continuity': 2,
        'partnerships-and-communities': 3,
        'safe-pathways-systems-and-transitions': 2,
        safeguarding: 2,
        'governance-management-and-sustainability': 2,
        'learning-improvement-and-innovation': 3,
      },
      overallScore: null,
      source: null,
      origin: 'register',
      file: REGISTER,
      line,
    });
  });

  it('keeps County Durham\'s rating as not recorded (null), never inferred from its scores', () => {
    const { rows } = parseReal();
    expect(rows.find((r) => r.authority === 'County Durham')?.rating).toBeNull();
  });

  it('gives each row the line it is on', () => {
    const { rows } = parseReal();
    expect(rows.map((r) => r.line)).toEqual(rows.map((_, index) => index + 2));
  });
});

describe('a register file that reads well', () => {
  it('reads every row with its line, an empty rating as null and an empty score as not assessed', () => {
    const rows = rowsOf('valid.csv');
    expect(rows.map((r) => [r.authority, r.line])).toEqual([
      ['Ashdown District Council', 2], ['Fenwick City Council', 3], ['Holmbury Borough Council', 4],
      ['Marlow Vale Council', 5], ['Thornbury Council', 6], ['Wexcombe Council', 7],
    ]);
    expect(rows[1]?.scores['equity-in-experience-and-outcomes']).toBeNull();
    expect(rows[1]?.scores.safeguarding).toBe(3);
    expect(rows[5]?.rating).toBeNull();
  });

  it('reads a file with CRLF line endings and a byte order mark the same way', () => {
    const text = `\uFEFF${readText(fixtureFile('valid.csv')).replace(/\n/g, '\r\n')}`;
    const { rows, errors } = parseRegister(text, 'valid.csv');
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(rows[0]?.authority).toBe('Ashdown District Council');
  });

  it('skips blank lines but keeps counting them', () => {
    const [header, first, ...rest] = readText(fixtureFile('valid.csv')).split('\n');
    const { rows, errors } = parseRegister([header, first, '', '', ...rest].join('\n'), 'valid.csv');
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.line)).toEqual([2, 5, 6, 7, 8, 9]);
  });
});

describe('a bad row stops the build at its line', () => {
  it('refuses a rating that is not one of CQC\'s four', () => {
    const error = onlyError('bad-rating.csv');
    expect(error).toBeInstanceOf(ValueError);
    expect(error.line).toBe(4);
    expect(error.message).toBe('tests/fixtures/register/bad-rating.csv:4: column "rating": expected one of Outstanding, Good, Requires improvement, Inadequate, or empty where the rating was not recorded, found "Goood"');
  });

  it('refuses a rating that CQC\'s method does not give for the scores', () => {
    const error = onlyError('rating-disagrees.csv');
    expect(error).toBeInstanceOf(ConsistencyError);
    expect(error.line).toBe(5);
    expect(error.detail).toBe('column "rating": expected the rating CQC\'s method gives for 19 of 36 (53%), "Requires improvement" (39-62%), found "Good"');
  });

  it('refuses a second row for the same authority and month, naming the first', () => {
    const rows = rowsOf('duplicate.csv');
    const errors = checkRows(rows, null);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(ConsistencyError);
    expect(errors[0]?.message).toBe('tests/fixtures/register/duplicate.csv:6: expected one row per authority and month, found "Holmbury Borough Council" 2025-03 again (first at tests/fixtures/register/duplicate.csv:3); a later assessment is a row with its own month');
  });

  it('compares authorities as the parser compares names, so case and spacing do not hide a duplicate', () => {
    const [first, ...rows] = rowsOf('valid.csv');
    if (!first) throw new Error('no rows');
    const twin = { ...first, authority: 'ASHDOWN  District council', line: 8, reportUrl: 'https://www.cqc.org.uk/x' };
    expect(checkRows([first, ...rows, twin], null).map((e) => [e.name, e.line])).toEqual([['ConsistencyError', 8]]);
  });

  it('keeps a later assessment of the same council as a row of its own', () => {
    const ashdown = rowsOf('duplicate.csv').filter((r) => r.authority === 'Ashdown District Council');
    expect(ashdown.map((r) => [r.published, r.rating, r.line])).toEqual([['2024-02', 'Inadequate', 2], ['2025-09', 'Requires improvement', 4]]);
  });

  it('refuses a month not written YYYY-MM', () => {
    const error = onlyError('bad-month.csv');
    expect(error).toBeInstanceOf(ValueError);
    expect(error.line).toBe(4);
    expect(error.detail).toBe('column "published": expected a month such as "2024-08" (year, then month 01 to 12), found "2025-3"');
  });

  it('refuses an impossible month', () => {
    const error = onlyError('impossible-month.csv');
    expect(error).toBeInstanceOf(ValueError);
    expect(error.line).toBe(5);
    expect(error.detail).toContain('found "2024-13"');
  });

  it.each(['2024-00', '2024-1', '24-08', 'August 2024', '2024-08-16'])('refuses the month %s', (month) => {
    const text = readText(fixtureFile('valid.csv')).replace(',2024-11,', `,${month},`);
    expect(parseRegister(text, 'r.csv').errors.map((e) => [e.name, e.line, e.detail.split(':')[0]])).toEqual([['ValueError', 5, 'column "published"']]);
  });

  it('refuses an address that is not on CQC\'s website', () => {
    const error = onlyError('non-cqc-address.csv');
    expect(error).toBeInstanceOf(ValueError);
    expect(error.line).toBe(3);
    expect(error.detail).toBe('column "report_url": expected an address on CQC\'s website, starting https://www.cqc.org.uk/, found "https://www.cqc.org.uk.example.com/fenwick-0325"');
  });

  it.each([
    ['http://www.cqc.org.uk/care-services/x-0824', 'plain http'],
    ['https://cqc.org.uk/care-services/x-0824', 'another host'],
    ['https://www.cqc.org.uk/care services/x-0824', 'a space'],
    ['', 'nothing'],
    ['hhttps://www.cqc.org.uk/care-services/x-0824', 'a letter before the scheme'],
  ])('refuses the address %s (%s)', (address) => {
    const text = readText(fixtureFile('valid.csv')).replace('https://www.cqc.org.uk/care-services/local-authority-assessment-reports/holmbury-0325', address);
    const { errors } = parseRegister(text, 'r.csv');
    expect(errors.map((e) => [e.name, e.line, e.detail.split(':')[0]])).toEqual([['ValueError', 4, 'column "report_url"']]);
  });

  it('refuses a score of 5, naming its column', () => {
    const error = onlyError('score-5.csv');
    expect(error).toBeInstanceOf(ValueError);
    expect(error.line).toBe(6);
    expect(error.detail).toBe('column "partnerships-and-communities": expected a score from 1 to 4, found "5"');
  });

  it.each([' 3', '3 ', '3.0', '03', 'three'])('refuses the score cell "%s": a score is one digit, 1 to 4, as found', (cell) => {
    const text = readText(fixtureFile('valid.csv')).replace('holmbury-0325,3,2,', `holmbury-0325,${cell},2,`);
    expect(parseRegister(text, 'r.csv').errors.map((e) => [e.name, e.line, e.detail])).toEqual([
      ['ValueError', 4, `column "assessing-needs": expected a score from 1 to 4, found "${cell}"`],
    ]);
  });

  it('refuses an empty authority, saying the cell is empty', () => {
    const text = readText(fixtureFile('valid.csv')).replace('Holmbury Borough Council,', ',');
    expect(parseRegister(text, 'r.csv').errors.map((e) => [e.name, e.line, e.detail])).toEqual([
      ['ValueError', 4, 'column "authority": expected the council\'s name, without spaces around it, found it empty'],
    ]);
  });

  it('quotes the bad row of a file with CRLF endings under the message', () => {
    const text = readText(fixtureFile('score-5.csv')).replace(/\n/g, '\r\n');
    const [error] = parseRegister(text, 'r.csv').errors;
    expect(error?.excerpt).toMatch(/^Thornbury Council,Outstanding,2025-06,[^\r\n]*,5,/);
  });

  it('refuses a row with every score empty', () => {
    const text = readText(fixtureFile('valid.csv')).replace('Good,2025-03,https://www.cqc.org.uk/care-services/local-authority-assessment-reports/holmbury-0325,3,2,3,2,3,3,2,3,3', ',2025-03,https://www.cqc.org.uk/care-services/local-authority-assessment-reports/holmbury-0325,,,,,,,,,');
    const { errors } = parseRegister(text, 'r.csv');
    expect(errors.map((e) => [e.name, e.line, e.detail])).toEqual([['ValueError', 4, 'expected at least one quality statement score, found every score cell empty']]);
  });

  it('refuses a header without a column, and reads no rows', () => {
    const { rows, errors } = parseRegister(readText(fixtureFile('missing-column.csv')), 'missing-column.csv');
    expect(rows).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(StructureError);
    expect(errors[0]?.message).toBe('missing-column.csv:1: expected column 11 of the header to be "safeguarding", found "governance-management-and-sustainability"');
  });

  it('refuses a header that stops short, and an empty file, at line 1', () => {
    const header = readText(fixtureFile('valid.csv')).split('\n')[0] ?? '';
    expect(parseRegister(header.replace(',learning-improvement-and-innovation', ''), 'r.csv').errors.map((e) => e.message)).toEqual([
      'r.csv:1: expected column 13 of the header to be "learning-improvement-and-innovation", found no more columns',
    ]);
    expect(parseRegister('', 'r.csv').errors.map((e) => [e.name, e.message])).toEqual([
      ['StructureError', `r.csv:1: expected a header line (${header}), found an empty file`],
    ]);
  });

  it('refuses a header with a column too many', () => {
    const text = readText(fixtureFile('valid.csv')).replace('learning-improvement-and-innovation', 'learning-improvement-and-innovation,notes');
    expect(parseRegister(text, 'r.csv').errors.map((e) => e.message)).toEqual(['r.csv:1: expected 13 columns, found another, "notes"']);
  });

  it('refuses a row with a field missing', () => {
    const error = onlyError('short-row.csv');
    expect(error).toBeInstanceOf(StructureError);
    expect(error.line).toBe(3);
    expect(error.detail).toBe('expected 13 fields (authority, rating, published, report_url and the nine scores), found 12');
  });

  it('counts a quoted field\'s line break, so a later bad row is named at its own line', () => {
    const text = readText(fixtureFile('line-break-before-bad-row.csv'));
    for (const version of [text, text.replace(/\n/g, '\r\n'), text.replace('City\nCouncil', 'City\rCouncil')]) {
      const { rows, errors } = parseRegister(version, 'r.csv');
      expect(errors.map((e) => [e.name, e.line])).toEqual([['ValueError', 3], ['ValueError', 6]]);
      expect(errors[0]?.detail).toContain('column "authority"');
      expect(errors[1]?.detail).toBe('column "equity-in-experience-and-outcomes": expected a score from 1 to 4, found "two"');
      expect(rows.map((r) => r.line)).toEqual([2, 5, 7]);
    }
  });

  it('refuses text that is not CSV at the line csv-parse stops at', () => {
    const text = readText(fixtureFile('valid.csv')).replace('Marlow Vale Council', '"Marlow" Vale Council');
    const { rows, errors } = parseRegister(text, 'r.csv');
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.name, e.line])).toEqual([['StructureError', 5]]);
    expect(errors[0]?.detail).toBe('expected CSV with fields quoted as RFC 4180 quotes them, found this: Invalid Closing Quote: got " " at line 5 instead of delimiter, record delimiter, trimable character (if activated) or comment');
  });

  it('quotes the bad row under the message', () => {
    expect(onlyError('score-5.csv').format()).toContain('\n  6 | Thornbury Council,Outstanding,2025-06,');
  });
});

describe('the snapshot', () => {
  const PROVENANCE = 'content/cqc-local-authority-ratings.md';

  it('is dated 3 October 2025 in the register\'s provenance, which names its source', () => {
    const provenance = parseProvenance(readText(PROVENANCE), PROVENANCE);
    expect(provenance.date).toBe('2025-10-03');
    expect(readText(PROVENANCE).split('\n')[provenance.line - 1]).toBe('Snapshot: 3 October 2025');
    expect(provenance.markdown).toContain('a public scrape dated 3 October 2025');
    expect(provenance.markdown).toContain('Open Government Licence v3.0');
  });

  it('refuses provenance without a snapshot line, with two, or with an impossible date', () => {
    const fail = (text: string) => {
      try {
        parseProvenance(text, 'p.md');
      } catch (error) {
        return error;
      }
      throw new Error('parsed');
    };
    expect(fail('# Register\n\nNo date here.\n')).toMatchObject({ name: 'StructureError', line: 1,
      detail: 'expected a line giving the snapshot\'s date, such as "Snapshot: 3 October 2025", found none' });
    expect(fail('Snapshot: 3 October 2025\n\nSnapshot: 4 October 2025\n')).toMatchObject({ name: 'StructureError', line: 3,
      detail: 'expected one snapshot line, found another (first at line 1)' });
    expect(fail('# Register\n\nSnapshot: 31 September 2025\n')).toMatchObject({ name: 'ValueError', line: 3, detail: 'expected the snapshot\'s date such as "3 October 2025", found "31 September 2025"' });
  });

  it('drops a byte order mark that starts the provenance, keeps one inside it, and reads an indented snapshot line', () => {
    const provenance = parseProvenance('\uFEFF# Register\uFEFF\r\n\r\n   Snapshot: 3 October 2025  \r\n', 'p.md');
    expect(provenance).toEqual({ file: 'p.md', markdown: '# Register\uFEFF\r\n\r\n   Snapshot: 3 October 2025  \r\n', date: '2025-10-03', line: 3 });
    expect(parseProvenance('# Register\uFEFF\nSnapshot: 3 October 2025\n', 'p.md').markdown).toBe('# Register\uFEFF\nSnapshot: 3 October 2025\n');
  });

  it('refuses a row published after the snapshot\'s month, at the row\'s line', () => {
    const provenance: Provenance = { file: 'p.md', markdown: 'Snapshot: 3 May 2025', date: '2025-05-03', line: 1 };
    const errors = checkRows(rowsOf('valid.csv'), provenance);
    expect(errors.map((e) => [e.name, e.line])).toEqual([['ConsistencyError', 6]]);
    expect(errors[0]?.detail).toBe('column "published": expected a month no later than the snapshot\'s, 2025-05 (p.md:1), found 2025-06; whoever adds a row updates the snapshot\'s date');
  });

  it('accepts a row published in the snapshot\'s own month', () => {
    const provenance: Provenance = { file: 'p.md', markdown: 'Snapshot: 1 June 2025', date: '2025-06-01', line: 1 };
    expect(checkRows(rowsOf('valid.csv'), provenance)).toEqual([]);
  });

  it('refuses two rows with one report address', () => {
    const rows = rowsOf('valid.csv');
    const copy = rows.map((r) => (r.authority === 'Thornbury Council' ? { ...r, reportUrl: rows[0]?.reportUrl ?? '' } : r));
    expect(checkRows(copy, null).map((e) => [e.name, e.line, e.detail.split(':')[0]])).toEqual([['ConsistencyError', 6, 'column "report_url"']]);
  });
});
