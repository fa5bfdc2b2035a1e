/**
 * Mutation testing of lib/ (`npm run mutate`, README "Mutation testing").
 * lib/browser runs in the browser only and has no unit tests. Static mutants
 * (code run once when a module loads, such as a table) are left out: each
 * would need every test run again, and the tests that read the tables catch
 * them anyway.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.mts' },
  mutate: ['lib/**/*.ts', '!lib/browser/**'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  reporters: ['progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // What the sandbox copies leaves out: builds (Stryker leaves out .next itself), test output, its own temp folder.
  ignorePatterns: ['/.next-*', '/tests/fixtures/post-build-app/.next', '/test-results', '/playwright-report', '/.stryker-tmp'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
