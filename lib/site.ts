import { z } from 'zod';

/**
 * The site's public base URL, for canonical addresses, share cards, the
 * sitemap and citations. Set SITE_URL when building for production
 * (`SITE_URL=https://example.org npm run build`). The value is fixed at build
 * time: pages are prerendered, and next.config.ts inlines it (`env`), so
 * /search, rendered per request, reads the built value too, not the server's.
 */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

const SiteUrlSchema = z.url({ protocol: /^https?$/, error: 'SITE_URL must be an http or https address such as https://example.org' });

export function siteUrl(): string {
  const configured = process.env.SITE_URL?.trim();
  return SiteUrlSchema.parse(configured || DEFAULT_SITE_URL).replace(/\/+$/, '');
}

/** An absolute address on this site: `absoluteUrl('/london-borough-of-harrow')`. */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}

export const SITE_NAME = 'CQC local authority assessments';

/**
 * Where readers report a problem (the accessibility statement). Set
 * CONTACT_EMAIL when building; without it the statement says that no
 * address has been set rather than showing an invented one.
 */
export function contactEmail(): string | null {
  const configured = process.env.CONTACT_EMAIL?.trim();
  return configured ? z.email({ error: 'CONTACT_EMAIL must be an email address' }).parse(configured) : null;
}
