import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTRA_PAGES, sitemapPaths } from './pages';

const VNU = path.join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

type VnuMessage = { type: string; subType?: string; message: string; lastLine?: number; extract?: string };

/** Runs the W3C Nu HTML checker on one document given on stdin; returns its errors. */
function checkHtml(html: string): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    const java = spawn('java', ['-jar', VNU, '--format', 'json', '--stdout', '-']);
    let out = '';
    java.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    java.on('error', (error) => reject(new Error(`vnu needs Java (on Debian: apt-get install -y default-jre-headless): ${error.message}`)));
    java.on('close', () => {
      try {
        const report: { messages: VnuMessage[] } = JSON.parse(out);
        resolve(report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal'));
      } catch (error) {
        reject(new Error(`vnu gave no report: ${String(error)}\n${out.slice(0, 500)}`));
      }
    });
    java.stdin.end(html);
  });
}

test('every page passes the W3C Nu HTML checker with no errors', async ({ request }) => {
  test.setTimeout(240_000);
  const paths = [...await sitemapPaths(request), ...EXTRA_PAGES];
  const problems: string[] = [];
  // Two checkers at a time: each is a JVM, and the machine has two cores.
  for (let i = 0; i < paths.length; i += 2) {
    await Promise.all(paths.slice(i, i + 2).map(async (p) => {
      const html = await (await request.get(p)).text();
      for (const m of await checkHtml(html)) problems.push(`${p}:${m.lastLine ?? '?'}: ${m.message} | ${m.extract ?? ''}`);
    }));
  }
  expect(problems, problems.join('\n')).toEqual([]);
  expect(paths.length).toBeGreaterThan(15);
});
