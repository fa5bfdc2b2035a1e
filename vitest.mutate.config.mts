import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The tests `npm run mutate` runs against each mutant: the product's unit
 * tests, less those that start other processes (the CLI, check-content, a real next build).
 * A child process runs the code without Stryker's active mutant, so those
 * tests cannot kill a mutant; they would only make every run slower. The
 * property-based tests stop at their first failure (tests/unit/mutate-setup.ts).
 */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    // As vitest.config.mts: a limit for a stuck test, not a quiet machine's timing (Stryker adds its own per mutant).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['tests/unit/mutate-setup.ts'],
    exclude: [...configDefaults.exclude, 'tests/unit/cli.test.ts', 'tests/unit/check-content.test.ts', 'tests/unit/post-build.test.ts'],
  },
});
