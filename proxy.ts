import { NextResponse, type NextRequest } from 'next/server';
import { lowerCasePath } from '@/lib/canonical-path';

/**
 * Case redirects: an address that differs from a page's only in letter case
 * gets a permanent redirect (308) to the lower-case one, its query string
 * kept. next.config.ts `redirects` cannot do this: their matching ignores case
 * and a destination cannot lower-case what it matched. The matcher lets Next
 * skip this function for every path without a capital letter (nearly every
 * request) and for Next's own files under /_next/, whose names hold capitals;
 * `npm run bench` measures what it costs (BENCHMARKS.md).
 */
export function proxy(request: NextRequest): NextResponse {
  const lowered = lowerCasePath(request.nextUrl.pathname);
  if (lowered === null) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = lowered;
  return NextResponse.redirect(url, 308);
}

export const config = {
  // Matched against the path as sent, case-sensitively.
  matcher: ['/((?!_next/)[^A-Z]*[A-Z].*)'],
};
