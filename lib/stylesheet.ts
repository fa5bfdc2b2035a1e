import { createHash } from 'node:crypto';

/**
 * The site's one stylesheet. Every page, prerendered by Next or rendered by
 * the /search route handler, links the same file: `app/globals.css` then
 * every file in `app/styles/` (in name order), bundled before each build by
 * scripts/build-styles.ts into `public/styles/site.<hash>.css`. The hash is
 * of the file's bytes, so the address changes whenever the styles do and the
 * file can be cached for a year; next.config.ts finds the file after the
 * prebuild step and inlines its address into the build as SITE_STYLESHEET.
 */

/** Where the built stylesheet is served from, under public/. */
export const STYLESHEET_FOLDER = 'styles';

/** The name of a built stylesheet: `site.` and the first ten hex digits of its SHA-256. */
export const STYLESHEET_FILE = /^site\.[0-9a-f]{10}\.css$/;

/** The file name for a stylesheet with these bytes. */
export function stylesheetFileName(css: string | Uint8Array): string {
  return `site.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
}

/** The address of the stylesheet every page links, as the build inlined it (next.config.ts). */
export function stylesheetHref(): string {
  const href = process.env.SITE_STYLESHEET;
  if (!href) throw new Error('SITE_STYLESHEET is not set: build with `npm run build`, whose prebuild step writes public/styles/site.<hash>.css for next.config.ts to find');
  return href;
}
