import type { NextRequest } from 'next/server';
import { searchHtml } from './search-html';

/**
 * /search, rendered per request as plain HTML: the same components and
 * chrome as every page, with no client runtime and no inline script, so it
 * is served under the same Content-Security-Policy (README, "Serving").
 */
export const dynamic = 'force-dynamic';

export function GET(request: NextRequest): Response {
  return new Response(searchHtml(request.nextUrl.searchParams), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
