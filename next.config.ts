import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { searchIndexPath } from './lib/search/location';
import type { Redirect } from './lib/view/aliases';
import { buildWarnings } from './lib/site-settings';
import { STYLESHEET_FILE, STYLESHEET_FOLDER } from './lib/stylesheet';
import { OGL_URL } from './lib/view/sources';

/**
 * Content-Security-Policy, the same for every response. No remote origin is
 * allowed anywhere, and no inline script: prerendered pages are plain HTML
 * whose only script is /enhance.js (scripts/strip-runtime.ts removes Next's
 * client runtime), and /search is a route handler that renders the same
 * components to plain HTML with that one script (app/search/route.tsx).
 * Report text never reaches a script: it is sanitised (lib/markdown.ts),
 * React escapes the rest, JSON-LD escapes "<".
 */
function contentSecurityPolicy(scripts: string): string {
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ].join('; ');
}

const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy("'self'") },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=(), clipboard-write=(self)' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // No Cross-Origin-Opener-Policy. It guards a page that holds a reader's own data from a
  // cross-origin window that opened it; these pages hold none, and no page opens a window.
  // Its cost is real: for a reader who arrives by a link from another site (or Lighthouse, from
  // about:blank) the browser puts the page in a new browsing context group, and the page's first
  // task was two to three times longer. Lighthouse's mobile Total Blocking Time of `/`, the same
  // copy served with and without the header, 6 runs each: median 340 ms with it, 91 without
  // (issue 21; README, "Serving").
];

/**
 * Every page is static, so a CDN may keep it: browsers revalidate after five
 * minutes, shared caches keep a day and may serve a stale copy for a week
 * while they fetch a new one. When one server is not enough, put a CDN in
 * front (README, "Serving").
 */
const PAGE_CACHE = 'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800';

/** The stylesheet's address holds a hash of its bytes (lib/stylesheet.ts), so any cache may keep it for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The address of the stylesheet the prebuild step wrote (scripts/build-styles.ts),
 * inlined into the build so the layout and /search link the same file.
 */
function builtStylesheet(): string {
  const folder = path.join(process.cwd(), 'public', STYLESHEET_FOLDER);
  let built: string[] = [];
  try {
    built = readdirSync(folder).filter((name) => STYLESHEET_FILE.test(name));
  } catch {
    // No folder: reported below with the way to make it.
  }
  if (built.length !== 1) {
    throw new Error(`public/${STYLESHEET_FOLDER}/ holds ${built.length} built stylesheets (site.<hash>.css), expected 1: build with \`npm run build\`, whose prebuild step (scripts/build-styles.ts) writes it`);
  }
  return `/${STYLESHEET_FOLDER}/${built[0]}`;
}

// The test suite builds into its own folder so it never disturbs a site being served from .next.
const distDir = process.env.NEXT_DIST_DIR || '.next';

/**
 * The redirects of councils' other addresses, worked out from the content by
 * scripts/redirects.ts: this file's loader cannot import the parser (it does
 * not resolve the folders lib/ imports by their index), so it runs the script.
 */
function councilRedirects(): Redirect[] {
  const json = execFileSync(path.join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['scripts/redirects.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) throw new Error(`scripts/redirects.ts printed ${json.slice(0, 80)}, expected a list of redirects`);
  return parsed.map((r: Redirect) => ({ source: String(r.source), destination: String(r.destination), permanent: true }));
}

const config: NextConfig = {
  distDir,
  poweredByHeader: false,
  reactStrictMode: true,
  // No `experimental.cpus`: Next prerenders with one worker fewer than the machine has cores (one
  // on two cores). Each worker loads every report, so memory grows with workers: at 153 reports on
  // two cores, two workers peaked at 2,183 MB (RSS of the whole build) and one at 1,611 MB, against
  // issue 17's 2 GB; that build took 221 s, 260 s with two (`npm run bench`, BENCHMARKS.md "Build").
  // Inlined into the build: the address the site was built for (read by lib/site.ts, so /search,
  // rendered per request, says the same as the prerendered pages), the stylesheet's address, and
  // the search index the post-build step writes into this build's folder (lib/search-index.ts).
  env: {
    SITE_URL: process.env.SITE_URL ?? '',
    SITE_STYLESHEET: builtStylesheet(),
    SEARCH_INDEX: searchIndexPath(distDir),
  },
  // A council's other addresses (the register's spelling of its name, ...) redirect to its page (lib/view/aliases.ts).
  async redirects() {
    return councilRedirects();
  },
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/((?!_next/static).*)', headers: [{ key: 'Cache-Control', value: PAGE_CACHE }] },
      // The downloads are CQC's text and figures: the licence travels with each file (the JSON has no room for it).
      { source: '/downloads/:file*', headers: [{ key: 'Link', value: `<${OGL_URL}>; rel="license"` }] },
      // For the same header a later rule wins.
      { source: `/${STYLESHEET_FOLDER}/:file*`, headers: [{ key: 'Cache-Control', value: IMMUTABLE }] },
    ];
  },
};

/**
 * A production build without SITE_URL (or without SITE_OWNER and
 * CONTACT_EMAIL) still builds, for trying the site out, but says loudly what
 * the public pages would get wrong (lib/site.ts buildWarnings).
 */
export default function nextConfig(phase: string): NextConfig {
  // Next reads this file more than once in a build; the flag, inherited by its workers, says it once.
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.SITE_SETTINGS_CHECKED) {
    process.env.SITE_SETTINGS_CHECKED = '1';
    for (const warning of buildWarnings(process.env)) process.stderr.write(`\u26A0 Warning: ${warning}\n`);
  }
  return config;
}
