import { describe, expect, it } from 'vitest';
import { codeCell, mutationMarkdown } from '@/scripts/mutation/markdown';
import { equivalents, groupOf, scores, survivors, type MutationReport } from '@/scripts/mutation/summary';

type Status = MutationReport['files'][string]['mutants'][number]['status'];
const mutant = (status: Status, line: number, mutatorName = 'ConditionalExpression', replacement = 'true', statusReason?: string) =>
  ({ status, mutatorName, replacement, statusReason, location: { start: { line } } });
const STATIC = 'Static mutant (and "ignoreStatic" was enabled)';

const REPORT: MutationReport = {
  framework: { name: 'StrykerJS', version: '9.6.1' },
  config: { mutate: ['lib/**/*.ts', '!lib/browser/**'] },
  files: {
    'lib/view/anchors.ts': { mutants: [mutant('Killed', 3), mutant('Killed', 4), mutant('Survived', 9, 'StringLiteral', '""'), mutant('Timeout', 12)] },
    'lib/view/format.ts': { mutants: [mutant('NoCoverage', 2, 'BlockStatement', '{}'), mutant('Ignored', 1, 'StringLiteral', '""', STATIC), mutant('Ignored', 8, 'ArrayDeclaration', '[]', 'the fallback is for the type checker | never used')] },
    'lib/markdown.ts': { mutants: [mutant('Killed', 5), mutant('CompileError', 6)] },
    'lib/csv.ts': { mutants: [mutant('Killed', 1)] },
    'lib/site.ts': { mutants: [mutant('Survived', 7, 'MethodExpression', 'text.split("|")')] },
  },
};

describe('the mutation summary', () => {
  it('puts each file in its folder\'s group, and files of no named folder in "the rest"', () => {
    expect(groupOf('lib/assessment/parse.ts')).toBe('lib/assessment');
    expect(groupOf('lib/post-build/html.ts')).toBe('lib/post-build (the post-build rules)');
    expect(groupOf('lib/markdown.ts')).toBe('lib/markdown.ts');
    expect(groupOf('lib/glossary.ts')).toBe('the rest of lib/');
  });

  it('scores each folder as killed or timed out over the mutants that ran, leaving static, disabled and broken ones out', () => {
    expect(scores(REPORT)).toEqual([
      { label: 'lib/view', mutants: 7, killed: 2, survived: 1, noCoverage: 1, timeout: 1, static: 1, disabled: 1, errors: 0, score: 60 },
      { label: 'lib/markdown.ts', mutants: 2, killed: 1, survived: 0, noCoverage: 0, timeout: 0, static: 0, disabled: 0, errors: 1, score: 100 },
      { label: 'the rest of lib/', mutants: 2, killed: 1, survived: 1, noCoverage: 0, timeout: 0, static: 0, disabled: 0, errors: 0, score: 50 },
      { label: 'all of it', mutants: 11, killed: 4, survived: 2, noCoverage: 1, timeout: 1, static: 1, disabled: 1, errors: 1, score: 62.5 },
    ]);
  });

  it('lists every mutant no test killed, by file and line', () => {
    expect(survivors(REPORT)).toEqual([
      { file: 'lib/site.ts', line: 7, mutator: 'MethodExpression', replacement: 'text.split("|")', status: 'survived' },
      { file: 'lib/view/anchors.ts', line: 9, mutator: 'StringLiteral', replacement: '""', status: 'survived' },
      { file: 'lib/view/format.ts', line: 2, mutator: 'BlockStatement', replacement: '{}', status: 'no coverage' },
    ]);
  });

  it('writes the version, the date, the time taken, the table and the survivors', () => {
    const text = mutationMarkdown(REPORT, { date: '2025-05-01', minutes: 41, command: 'npm run mutate' });
    expect(text).toContain('StrykerJS 9.6.1, run on 2025-05-01 with `npm run mutate`, took 41 minutes.');
    expect(text).toContain('Mutated: `lib/**/*.ts`, `!lib/browser/**`.');
    expect(text).toContain('| lib/view | 7 | 2 | 1 | 1 | 1 | 1 | 1 | 0 | 60.0% |');
    expect(text).toContain('| all of it | 11 | 4 | 1 | 2 | 1 | 1 | 1 | 1 | 62.5% |');
    expect(text).toContain('## Surviving mutants (3)');
    expect(text).toContain('| lib/site.ts:7 | MethodExpression | `text.split("\\|")` | survived |');
  });

  it('lists the mutants disabled in the code as equivalent, with the reason the comment gives', () => {
    expect(equivalents(REPORT)).toEqual([{ file: 'lib/view/format.ts', line: 8, mutator: 'ArrayDeclaration', reason: 'the fallback is for the type checker | never used' }]);
    const text = mutationMarkdown(REPORT, { date: '2025-05-01', minutes: 41, command: 'npm run mutate' });
    expect(text).toContain('## Equivalent mutants, disabled in the code (1)');
    expect(text).toContain('| lib/view/format.ts:8 | ArrayDeclaration | 1 | the fallback is for the type checker \\| never used |');
  });

  it('writes mutants disabled on the same line for the same reason once, with their number', () => {
    const twice = mutant('Ignored', 3, 'ConditionalExpression', 'false', 'for the type checker');
    const text = mutationMarkdown({ ...REPORT, files: { 'lib/x.ts': { mutants: [twice, twice, mutant('Killed', 4)] } } }, { date: '2025-05-01', minutes: 1, command: 'npm run mutate' });
    expect(text).toContain('## Equivalent mutants, disabled in the code (2)');
    expect(text).toContain('| lib/x.ts:3 | ConditionalExpression | 2 | for the type checker |');
  });

  it('says so when every mutant was killed', () => {
    const text = mutationMarkdown({ ...REPORT, files: { 'lib/csv.ts': REPORT.files['lib/csv.ts'] ?? { mutants: [] } } }, { date: '2025-05-01', minutes: 1, command: 'npm run mutate' });
    expect(text).toContain('## Surviving mutants (0)\n\nNone: every mutant that ran was killed.');
    expect(text).not.toContain('## Equivalent mutants');
  });

  it('keeps code on one line in a table cell, whatever backticks or length it has', () => {
    expect(codeCell('a\n  b')).toBe('`a b`');
    expect(codeCell('`x`')).toBe('`` `x` ``');
    expect(codeCell('x'.repeat(100))).toBe(`\`${'x'.repeat(79)}\u2026\``);
  });
});
