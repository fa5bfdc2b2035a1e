import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTRA_PAGES, sitemapPaths } from './pages';

const VNU = path.join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
/** Pages per run of the checker: each run is one JVM, which takes a few seconds to start. */
const BATCH = 8;

type VnuMessage = { type: string; subType?: string; url?: string; message: string; lastLine?: number; extract?: string };

/** Runs the W3C Nu HTML checker once on a batch of pages saved as files; returns each page's errors by its path. */
function checkPages(pages: { path: string; html: string }[]): Promise<Map<string, VnuMessage[]>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cqc-vnu-'));
  const files = pages.map((page, i) => {
    const file = path.join(dir, `page-${i}.html`);
    writeFileSync(file, page.html);
    return { page: page.path, file };
  });
  return new Promise<Map<string, VnuMessage[]>>((resolve, reject) => {
    const java = spawn('java', ['-jar', VNU, '--format', 'json', '--stdout', ...files.map((f) => f.file)]);
    let out = '';
    java.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    java.on('error', (error) => reject(new Error(`vnu needs Java (on Debian: apt-get install -y default-jre-headless): ${error.message}`)));
    java.on('close', () => {
      try {
        const report: { messages: VnuMessage[] } = JSON.parse(out);
        const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
        // vnu names each file as a file: URL; a message with none concerns the whole run, so every page of it.
        const fileOf = (m: VnuMessage) => (m.url ? new URL(m.url).pathname : undefined);
        resolve(new Map(files.map((f) => [f.page, errors.filter((m) => fileOf(m) === f.file || fileOf(m) === undefined)])));
      } catch (error) {
        reject(new Error(`vnu gave no report: ${String(error)}\n${out.slice(0, 500)}`));
      }
    });
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test('every page passes the W3C Nu HTML checker with no errors', async ({ request }) => {
  test.setTimeout(240_000);
  const paths = [...await sitemapPaths(request), ...EXTRA_PAGES];
  const batches = Array.from({ length: Math.ceil(paths.length / BATCH) }, (_, i) => paths.slice(i * BATCH, (i + 1) * BATCH));
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
