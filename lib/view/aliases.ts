import type { Council } from '@/lib/register/schema';

/** A permanent redirect as next.config.ts `redirects` takes it. */
export type Redirect = { source: string; destination: string; permanent: true };

/**
 * The redirects of every council's other addresses (its aliases: the
 * register's spelling of its name, its official name where its report is
 * titled otherwise) to its page, and of every page below them, so an address
 * that ever worked still does: `/stoke` to `/stoke-on-trent-city-council`.
 * Permanent (308), so search engines and bookmarks move too.
 */
export function aliasRedirects(councils: readonly Pick<Council, 'slug' | 'aliases'>[]): Redirect[] {
  return councils.flatMap((council) => council.aliases.flatMap((alias): Redirect[] => [
    { source: `/${alias}`, destination: `/${council.slug}`, permanent: true },
    { source: `/${alias}/:path*`, destination: `/${council.slug}/:path*`, permanent: true },
  ]));
}
