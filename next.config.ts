import type { NextConfig } from 'next';

/**
 * Content-Security-Policy for a prerendered Next.js site. No remote origin
 * is allowed anywhere. 'unsafe-inline' stays in script-src because Next puts
 * the page's React Server Components payload in inline <script> tags, and a
 * nonce would need every page rendered per request (no prerendering); hashes
 * of those scripts are not exposed by Next. The page's own text never reaches
 * a script: report text is sanitised (lib/markdown.ts) and JSON-LD escapes "<".
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
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

const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
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
      { source: '/((?!_next/static).*)', headers: [{ key: 'Cache-Control', value: PAGE_CACHE }] },
    ];
  },
};

export default config;
