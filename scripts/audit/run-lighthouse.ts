import { spawnSync } from 'node:child_process';
import type { Flags, Result } from 'lighthouse';
import { MISSING_CHROMIUM, SYSTEM_CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';
import { CATEGORIES, type FormFactor } from './targets';

/** The Chromium the audit drives: the one the browser tests use, found the same way. */
export type AuditBrowser = { executablePath: string };

/** Throws the tests' own "what to install" message when there is no Chromium. */
export function findAuditBrowser(): AuditBrowser {
  const browser = findChromium();
  if (!browser) throw new Error(MISSING_CHROMIUM);
  return { executablePath: browser.executablePath };
}

const ATTEMPTS = 3;

/**
 * Lighthouse on one page and form factor. A run that Lighthouse itself reports
 * as broken (NO_NAVSTART, NO_FCP: a trace lost on a busy machine, "Please run
 * Lighthouse again") is retried; a page that loads and scores badly is not.
 */
export async function runLighthouse(url: string, formFactor: FormFactor, browser: AuditBrowser): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    const lhr = await runOnce(url, formFactor, browser);
    if (!lhr.runtimeError) return lhr;
    const problem = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
    if (attempt >= ATTEMPTS) throw new Error(`Lighthouse could not audit ${url} (${formFactor}) in ${ATTEMPTS} attempts: ${problem}`);
    process.stderr.write(`  Lighthouse failed (${problem}); trying again\n`);
  }
}

/**
 * One run in a Chromium of its own (chrome-launcher gives each launch a fresh
 * temporary profile and deletes it when Chromium is killed), so no cache or
 * storage carries over. Desktop uses Lighthouse's desktop config; mobile its default.
 */
async function runOnce(url: string, formFactor: FormFactor, browser: AuditBrowser): Promise<Result> {
  // Imported at run time, not at the top: tsx runs this file as CommonJS, and a
  // static import would load Lighthouse through tsx's require hook, which
  // recompiles it with esbuild's keepNames. The __name() calls that adds break
  // the functions Lighthouse serialises into the page ("__name is not defined").
  // A dynamic import goes through Node's own ESM loader and leaves them as written.
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({
    chromePath: browser.executablePath,
    // The tests' flags for a locked-down container (no sandbox as root, no GPU,
    // no calls home), always: chrome-launcher, unlike Playwright, adds none of them.
    chromeFlags: [...SYSTEM_CHROMIUM_ARGS, '--headless=new'],
    logLevel: 'silent',
  });
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
    const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned no result for ${url} (${formFactor})`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/**
 * "Chromium 150.0.7871.100 built on Debian ..." from the browser itself: the
 * user agent Lighthouse records is reduced (150.0.0.0), so it cannot say which build ran.
 */
export function chromiumVersion(browser: AuditBrowser): string {
  // stderr ignored: Debian's /usr/bin/chromium wrapper script prints a shell warning there.
  const result = spawnSync(browser.executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return result.status === 0 && result.stdout.trim() !== '' ? result.stdout.trim() : 'unknown version';
}
