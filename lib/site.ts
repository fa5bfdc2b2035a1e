import { z } from 'zod';
import { DEFAULT_SITE_URL } from './site-settings';

export { DEFAULT_SITE_URL, buildWarnings } from './site-settings';

/**
 * The site's public base URL, for canonical addresses, share cards, the
 * sitemap and citations. Set SITE_URL when building for production
 * (`SITE_URL=https://example.org npm run build`). The value is fixed at build
 * time: pages are prerendered, and next.config.ts inlines it (`env`), so
 * /search, rendered per request, reads the built value too, not the server's.
 */
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

