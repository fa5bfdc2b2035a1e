import { spawnSync } from 'node:child_process';
import type { Flags, Result } from 'lighthouse';
import { MISSING_CHROMIUM, SYSTEM_CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';
import { longestScriptWork, type TraceEvent } from './script-work';
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

/** The site's own script: the one the pages load. */
export const SITE_SCRIPT = '/enhance.js';

/** One run: Lighthouse's result, and the longest the site's script worked in one task, from the run's trace (scripts/audit/script-work.ts). */
export type LighthouseRun = { lhr: Result; siteScriptWorkMs: number };

/**
 * Lighthouse on one page and form factor. A run that Lighthouse itself reports
 * as broken (NO_NAVSTART, NO_FCP: a trace lost on a busy machine, "Please run
 * Lighthouse again") is retried; a page that loads and scores badly is not.
 */
export async function runLighthouse(url: string, formFactor: FormFactor, browser: AuditBrowser): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    const run = await runOnce(url, formFactor, browser);
    const { lhr } = run;
    if (!lhr.runtimeError) return run;
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
async function runOnce(url: string, formFactor: FormFactor, browser: AuditBrowser): Promise<LighthouseRun> {
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
    const { lhr } = result;
    // Lighthouse simulates a slower CPU by scaling what it measured; the trace holds what it measured.
    const settings = lhr.configSettings;
    const slowdown = settings.throttlingMethod === 'simulate' ? settings.throttling.cpuSlowdownMultiplier : 1;
    const events = (result.artifacts.Trace?.traceEvents ?? []) as unknown as TraceEvent[];
    return { lhr, siteScriptWorkMs: longestScriptWork(events, SITE_SCRIPT, slowdown) };
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
