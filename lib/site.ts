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

/** The site's name: plainly not CQC's, since the site is not CQC's (issue 11). */
export const SITE_NAME = 'Council care assessments, explained';

/** Who runs this copy of the site and how to reach them, as the About page and the accessibility statement say it. */
export const OperatorSchema = z.object({
  owner: z.string().trim().min(1).max(200).nullable(),
  email: z.email({ error: 'CONTACT_EMAIL must be an email address' }).nullable(),
});
export type Operator = z.infer<typeof OperatorSchema>;

/**
 * SITE_OWNER (a person or organisation's name) and CONTACT_EMAIL, read when
 * the site is built. Either may be unset: the pages then leave out what they
 * would have said, and a production build warns (`buildWarnings`).
 */
export function siteOperator(env: Record<string, string | undefined> = process.env): Operator {
  const given = (value: string | undefined) => value?.trim() || null;
  return OperatorSchema.parse({ owner: given(env.SITE_OWNER), email: given(env.CONTACT_EMAIL) });
}

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
