/**
 * The site's settings as next.config.ts reads them: nothing here imports a
 * library, since `next start` loads that file (and so this one) before it
 * answers its first request (lib/site.ts re-exports both for the rest).
 */

/** Where the site says it lives when SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

/**
 * What a production build should warn about in its settings: without
 * SITE_URL every canonical address, share card, sitemap entry and citation
 * names localhost; without SITE_OWNER or CONTACT_EMAIL nobody is named as
 * running the site. Pure, so next.config.ts prints it and a test reads it.
 */
export function buildWarnings(env: Record<string, string | undefined>): string[] {
  const warnings: string[] = [];
  if (!env.SITE_URL?.trim()) {
    warnings.push(`SITE_URL is not set: every canonical address, share card, sitemap entry and citation will say ${DEFAULT_SITE_URL}. `
      + 'Build with SITE_URL=https://your.domain npm run build.');
  }
  if (!env.SITE_OWNER?.trim()) warnings.push('SITE_OWNER is not set: the About page will not say who runs this site.');
  if (!env.CONTACT_EMAIL?.trim()) warnings.push('CONTACT_EMAIL is not set: the About page and the accessibility statement will give no way to reach you.');
  return warnings;
}
