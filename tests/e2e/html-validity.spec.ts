import { expect, test } from '@playwright/test';
import { COST, budget } from './budget';
import { sitePages } from './pages';
import { checkPages } from './vnu';

/** Pages per run of the checker: each run is one JVM, which takes a few seconds to start. */
const BATCH = 8;

test('every page type passes the W3C Nu HTML checker with no errors', { tag: '@heavy' }, async ({ request }) => {
  const paths = (await sitePages(request)).map((p) => p.path);
  const batches = Array.from({ length: Math.ceil(paths.length / BATCH) }, (_, i) => paths.slice(i * BATCH, (i + 1) * BATCH));
  test.setTimeout(budget(batches.length, COST.checkerRun + BATCH * COST.fetch));
  const problems: string[] = [];
  let checked = 0;
  // Two checkers at a time: each is a JVM, and the machine has two cores.
  for (let i = 0; i < batches.length; i += 2) {
    await Promise.all(batches.slice(i, i + 2).map(async (batch) => {
      const pages = await Promise.all(batch.map(async (p) => ({ path: p, html: await (await request.get(p)).text() })));
      for (const [p, messages] of await checkPages(pages)) {
        for (const m of messages) problems.push(`${p}:${m.lastLine ?? '?'}: ${m.message} | ${m.extract ?? ''}`);
      }
      checked += batch.length;
      process.stdout.write(`HTML checker: ${checked} of ${paths.length} pages checked, ${problems.length} errors so far\n`);
    }));
  }
  expect(problems, problems.join('\n')).toEqual([]);
  expect(paths.length).toBeGreaterThan(15);
});
