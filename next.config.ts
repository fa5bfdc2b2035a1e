import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { buildWarnings } from './lib/site';
import { OGL_URL } from './lib/view/sources';

/**
 * Content-Security-Policy. No remote origin is allowed anywhere. Prerendered
 * pages are plain HTML whose only script is /enhance.js (scripts/strip-runtime.ts
 * removes Next's client runtime), so they allow scripts from 'self' only.
 * /search is rendered per request with Next's runtime, which puts the React
 * Server Components payload in inline <script> tags; a nonce would need
 * per-request rendering and Next exposes no hashes, so that one page also
 * allows 'unsafe-inline' scripts. Report text never reaches a script: it is
 * sanitised (lib/markdown.ts), React escapes the rest, JSON-LD escapes "<".
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

const STATIC_PAGE_CSP = contentSecurityPolicy("'self'");
const RENDERED_PAGE_CSP = contentSecurityPolicy("'self' 'unsafe-inline'");

const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: STATIC_PAGE_CSP },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=(), clipboard-write=(self)' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * Every page is static, so a CDN may keep it: browsers revalidate after five
 * minutes, shared caches keep a day and may serve a stale copy for a week
 * while they fetch a new one. When one server is not enough, put a CDN in
 * front (README, "Serving").
 */
const PAGE_CACHE = 'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800';

const config: NextConfig = {
  // The test suite builds into its own folder so it never disturbs a site being served from .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // For the same header a later rule wins: the one page Next renders per request.
      { source: '/search', headers: [{ key: 'Content-Security-Policy', value: RENDERED_PAGE_CSP }] },
      { source: '/((?!_next/static).*)', headers: [{ key: 'Cache-Control', value: PAGE_CACHE }] },
      // The downloads are CQC's text and figures: the licence travels with each file (the JSON has no room for it).
      { source: '/downloads/:file*', headers: [{ key: 'Link', value: `<${OGL_URL}>; rel="license"` }] },
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
