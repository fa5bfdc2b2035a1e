import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAssessment, type Assessment } from '@/lib/assessment';
import { measureLoad, type LoadFigures } from './load-bench';
import { weighPage, type PageWeight } from './page-weight';
import { startNext, startStatic } from './servers';

export type ServeFigures = {
  path: string;
  htmlBytes: number;
  /** Whether next start sent exactly the bytes of the prerendered file the static server sends. */
  sameBytes: boolean;
  next: LoadFigures;
  static: LoadFigures;
  weights: PageWeight[];
};

/** The prerendered HTML of a path in a build: `<distDir>/server/app/<path>.html`. */
function prerendered(repo: string, distDir: string, page: string): string {
  return path.join(repo, distDir, 'server', 'app', `${page.replace(/^\//, '')}.html`);
}

/** The statement page whose prerendered HTML is largest, the heaviest page a reader is linked to. */
export function largestStatementPage(repo: string, distDir: string, assessment: Assessment): string {
  const pages = assessment.themes
    .flatMap((t) => t.statements)
    .map((s) => `/${assessment.slug}/${s.slug}`)
    .map((page) => ({ page, bytes: statSync(prerendered(repo, distDir, page)).size }))
    .sort((a, b) => b.bytes - a.bytes);
  const largest = pages[0];
  if (!largest) throw new Error(`${assessment.slug} has no statement pages`);
  return largest.page;
}

/**
 * Serves the build in `distDir` with `next start`, loads the largest statement
 * page, loads the same file's bytes from a bare node:http server, and weighs
 * each page type. Both servers are stopped whatever happens.
 */
export async function benchServing(repo: string, distDir: string, harrowFile: string): Promise<ServeFigures> {
  const harrow = parseAssessment(readFileSync(path.join(repo, harrowFile), 'utf8'), harrowFile);
  const page = largestStatementPage(repo, distDir, harrow);
  const htmlFile = prerendered(repo, distDir, page);
  const html = readFileSync(htmlFile);
  const next = await startNext(repo, distDir);
  try {
    const served = Buffer.from(await (await fetch(`${next.origin}${page}`)).arrayBuffer());
    process.stdout.write(`bench: load on next start ${next.origin}${page} ...\n`);
    const nextLoad = await measureLoad(`${next.origin}${page}`);
    const bare = await startStatic(repo, htmlFile);
    let staticLoad: LoadFigures;
    try {
      process.stdout.write(`bench: load on the static server ${bare.origin}${page} ...\n`);
      staticLoad = await measureLoad(`${bare.origin}${page}`);
    } finally {
      await bare.stop();
    }
    const weights = await weighPages(next.origin, harrow, page);
    return { path: page, htmlBytes: html.length, sameBytes: served.equals(html), next: nextLoad, static: staticLoad, weights };
  } finally {
    await next.stop();
  }
}

function weighPages(origin: string, harrow: Assessment, statementPage: string): Promise<PageWeight[]> {
  const theme = harrow.themes.find((t) => t.slug === 'providing-support') ?? harrow.themes[0];
  return Promise.all([
    { label: 'Home', path: '/', status: 200 },
    { label: 'Overview', path: `/${harrow.slug}`, status: 200 },
    { label: 'Theme', path: `/${harrow.slug}/${theme?.slug ?? ''}`, status: 200 },
    { label: 'Statement (largest)', path: statementPage, status: 200 },
    { label: '404', path: '/no-such-page', status: 404 },
    { label: 'Search results', path: '/search?q=safeguarding', status: 200 },
  ].map((p) => weighPage(origin, p)));
}
