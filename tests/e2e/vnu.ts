import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The W3C Nu HTML checker (vnu-jar), run on pages saved as files: one JVM for a whole batch. */
const VNU = path.join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
export type VnuMessage = { type: string; subType?: string; url?: string; message: string; lastLine?: number; extract?: string };

/** Runs the W3C Nu HTML checker once on a batch of pages saved as files; returns each page's errors by its path. */
export function checkPages(pages: { path: string; html: string }[]): Promise<Map<string, VnuMessage[]>> {
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
