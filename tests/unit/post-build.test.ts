import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The post-build step against a real `next build`: a tiny app
 * (tests/fixtures/post-build-app) is built once, and the step runs on copies
 * of what Next wrote, as `npm run build` runs it.
 */
const APP = path.join(process.cwd(), 'tests', 'fixtures', 'post-build-app');
const BIN = path.join(process.cwd(), 'node_modules', '.bin');
const copies: string[] = [];

function build(): void {
  const result = spawnSync(path.join(BIN, 'next'), ['build', APP], { encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`next build of the fixture failed:\n${result.stdout}\n${result.stderr}`);
}

/** A fresh copy of the build's manifests and server folder, for one test to change. */
function copyOfBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cqc-post-build-'));
  copies.push(dir);
  cpSync(path.join(APP, '.next', 'prerender-manifest.json'), path.join(dir, 'prerender-manifest.json'));
  cpSync(path.join(APP, '.next', 'server'), path.join(dir, 'server'), { recursive: true });
  return dir;
}

function strip(distDir: string) {
  const result = spawnSync(path.join(BIN, 'tsx'), ['scripts/strip-runtime.ts', distDir], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const page = (dir: string, file: string) => readFileSync(path.join(dir, 'server', file), 'utf8');
const scriptsOf = (html: string) => html.match(/<script[^>]*>/g) ?? [];

beforeAll(build, 120_000);
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  rmSync(path.join(APP, '.next'), { recursive: true, force: true });
});

describe('the post-build step on a real build', () => {
  it('strips every page Next prerendered, keeps JSON-LD, /enhance.js and the words, and says how many pages it did', () => {
    const dir = copyOfBuild();
    expect(scriptsOf(page(dir, 'app/items/one.html')).some((s) => s.includes('/_next/static/'))).toBe(true);
    const { code, stdout, stderr } = strip(dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^strip-runtime: 7 prerendered pages listed by Next \(prerender-manifest\.json, server\/pages-manifest\.json\), each with its HTML file; \d+ KB of HTML down to \d+ KB, no framework JavaScript\n$/);
    const item = page(dir, 'app/items/one.html');
    expect(scriptsOf(item)).toEqual(['<script type="application/ld+json">', '<script src="/enhance.js" defer="">']);
    expect(item).toContain('{"name":"Item one"}');
    expect(item).toContain('<p>Item <!-- -->one</p>');
    for (const file of ['app/index.html', 'app/items/two.html', 'app/_not-found.html', 'app/_global-error.html', 'pages/404.html', 'pages/500.html']) {
      expect(scriptsOf(page(dir, file)).every((s) => s.includes('/enhance.js') || s.includes('ld+json')), file).toBe(true);
    }
  });

  it('leaves a route handler\'s output alone, and has no page for what is rendered per request', () => {
    const dir = copyOfBuild();
    const body = readFileSync(path.join(dir, 'server', 'app', 'data.json.body'), 'utf8');
    expect(strip(dir).code).toBe(0);
    expect(readFileSync(path.join(dir, 'server', 'app', 'data.json.body'), 'utf8')).toBe(body);
    expect(existsSync(path.join(dir, 'server', 'app', 'ask.html'))).toBe(false);
    expect(JSON.parse(body)).toEqual({ items: ['one', 'two'] });
  });

  it('fails on an empty build, saying so', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cqc-post-build-'));
    copies.push(dir);
    writeFileSync(path.join(dir, 'prerender-manifest.json'), JSON.stringify({ version: 4, routes: {}, dynamicRoutes: {} }));
    mkdirSync(path.join(dir, 'server'));
    writeFileSync(path.join(dir, 'server', 'pages-manifest.json'), '{}');
    const { code, stdout, stderr } = strip(dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('strip-runtime: prerender-manifest.json and server/pages-manifest.json list no prerendered page: expected at least one (is this the output of a complete next build?)\n');
  });

  it('fails on a folder with no build in it, naming the manifest it looked for', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cqc-post-build-'));
    copies.push(dir);
    const { code, stderr } = strip(dir);
    expect(code).toBe(1);
    expect(stderr).toBe(`strip-runtime: ${path.relative(process.cwd(), path.join(dir, 'prerender-manifest.json'))}: cannot read Next's manifest (is this the output of a complete next build?)\n`);
  });

  it('fails when a listed page has no file or a file is listed nowhere, and leaves every page as Next made it', () => {
    const dir = copyOfBuild();
    const before = page(dir, 'app/items/one.html');
    unlinkSync(path.join(dir, 'server', 'app', 'items', 'two.html'));
    writeFileSync(path.join(dir, 'server', 'app', 'stray.html'), '<p>left over</p>');
    const { code, stdout, stderr } = strip(dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe([
      `strip-runtime: Next's manifests and the files in ${path.relative(process.cwd(), path.join(dir, 'server'))} disagree:`,
      '  prerender-manifest.json lists /items/two, but server/app/items/two.html does not exist',
      '  server/app/stray.html is an HTML file that neither prerender-manifest.json nor server/pages-manifest.json lists as a prerendered page',
      '',
    ].join('\n'));
    expect(page(dir, 'app/items/one.html')).toBe(before);
  });

  it('fails on a page that does not pass the check, naming it, and leaves every page as Next made it with no stripped copy behind', () => {
    const dir = copyOfBuild();
    const names = ['app/items/one.html', 'app/items/two.html'];
    const file = path.join(dir, 'server', 'app', 'items', 'two.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<p>self.__next_f</p></main>'));
    const before = names.map((name) => page(dir, name));
    const { code, stderr } = strip(dir);
    expect(code).toBe(1);
    expect(stderr).toBe(`strip-runtime: ${path.relative(process.cwd(), file)} (/items/two): the React Server Components payload remains\n`);
    expect(names.map((name) => page(dir, name))).toEqual(before);
    expect(readdirSync(path.join(dir, 'server'), { recursive: true }).filter((f) => String(f).endsWith('.stripped'))).toEqual([]);
  });
});
