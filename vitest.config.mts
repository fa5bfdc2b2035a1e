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
    projects: [
      { extends: true, test: { name: 'product', include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'] } },
      { extends: true, test: { name: 'tools', include: ['tests/tools/**/*.test.ts'] } },
    ],
  },
});
