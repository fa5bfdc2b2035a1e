import { writeFile } from 'node:fs/promises';
import { auditMarkdown } from './audit/markdown';
import { choosePages } from './audit/pages';
import { allMisses, summariseRun, type PageRun } from './audit/results';
import { chromiumVersion, findAuditBrowser, runLighthouse, type AuditBrowser } from './audit/run-lighthouse';
import { AUDIT_DIST_DIR, auditEnv, buildSite, withServerState } from './audit/server';
import { freePort, startNextServer } from './shared/server-process';
import { consoleTable } from './audit/table';
import { FORM_FACTORS, runsFor } from './audit/targets';
// Lighthouse's own choice of the run to report among several: the one nearest the median of FCP and TTI.
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

/**
 * `npm run audit`: builds the site into .next-audit, serves it on a free
 * loopback port, runs Lighthouse (desktop and mobile) on the overview, a theme
 * page and the largest statement page, and on `/` and the largest list by
 * rating, region and kind of council, prints the scores and writes AUDIT.md.
 * Exit code 1 if a target is missed (AUDIT.md is written first), 2 if the
 * audit itself could not run.
 */
async function main(): Promise<number> {
  const browser = findAuditBrowser();
  const port = await freePort();
  // The build bakes SITE_URL into canonical links and share tags; the served
  // address keeps them true for the pages Lighthouse loads.
  const env = auditEnv(`http://127.0.0.1:${port}`);
  log(`Building the site into ${AUDIT_DIST_DIR}/ ...`);
  await buildSite(env);
  const server = await startNextServer(process.cwd(), env, port);
  let results: PageRun[];
  try {
    log(`Serving on ${server.origin} (PID ${server.pid})`);
    results = await auditAll(server.origin, browser);
  } catch (error) {
    throw withServerState(server, error);
  } finally {
    await server.stop();
  }
  return report(server.origin, browser, results);
}

/** Every page on every form factor, one after another: parallel runs would skew each other's timings. */
async function auditAll(origin: string, browser: AuditBrowser): Promise<PageRun[]> {
  const pages = await choosePages(origin);
  const results: PageRun[] = [];
  for (const page of pages) {
    for (const formFactor of FORM_FACTORS) {
      const count = runsFor(formFactor);
      const runs = [];
      for (let run = 1; run <= count; run++) {
        log(`Lighthouse: ${page.path} (${formFactor}${count > 1 ? `, run ${run} of ${count}` : ''}) ...`);
        runs.push(await runLighthouse(`${origin}${page.path}`, formFactor, browser));
      }
      const lhr = count > 1 ? computeMedianRun(runs.map((r) => r.lhr)) : runs[0]?.lhr;
      const chosen = runs.find((r) => r.lhr === lhr);
      if (!lhr || !chosen) throw new Error(`no Lighthouse run of ${page.path} (${formFactor})`);
      results.push({ page, formFactor, lhr, siteScriptWorkMs: chosen.siteScriptWorkMs });
    }
  }
  return results;
}

/** Prints the table, writes AUDIT.md, and turns a missed target into exit code 1. */
async function report(origin: string, browser: AuditBrowser, results: PageRun[]): Promise<number> {
  const runs = results.map(summariseRun);
  const context = {
    date: new Date(),
    lighthouseVersion: results[0]?.lhr.lighthouseVersion ?? 'unknown',
    chromiumVersion: chromiumVersion(browser),
    chromiumPath: browser.executablePath,
    origin,
  };
  process.stdout.write(`\n${consoleTable(runs)}\n`);
  await writeFile('AUDIT.md', auditMarkdown(context, runs));
  const missed = allMisses(runs);
  log(missed.length === 0 ? 'Every target met. Details in AUDIT.md.' : `${missed.length} target(s) missed: the failing audits are listed in AUDIT.md.`);
  return missed.length === 0 ? 0 : 1;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

main().then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`audit: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
