import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two kinds of unit tests, both run by `npm test` and `npx vitest run`:
 * the product's (tests/unit: the parser, the view, the pages, the build) and
 * the tools' own (tests/tools: the helpers of `npm run bench` and `npm run
 * mutate`), kept apart so a tool's test never passes for the product's.
 * `npx vitest run --project product` runs one of them.
 */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    // Vitest's default limit (5 s a test) is a quiet machine's: with both cores kept busy (stress-ng and other
    // work), a test that renders every council's row took 9.4 s (0.7 s on a quieter machine). These limits
    // only say when a test is stuck; none asserts speed. README, "Quick start".
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest runs one worker less than the cores, which on two cores is one: every file one after another.
    // Most of a file's time is loading modules, so two workers on two cores, in threads (cheaper to start
    // than processes), took the 1,104 tests from 107 s to 64 s on 6 December; from four cores up, Vitest's default.
    pool: 'threads',
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: 'product', include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'] } },
      { extends: true, test: { name: 'tools', include: ['tests/tools/**/*.test.ts'] } },
    ],
  },
});
