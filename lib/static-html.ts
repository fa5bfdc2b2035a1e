/**
 * Turns a prerendered page into plain static HTML: every page here is
 * server-rendered text with plain links and nothing to hydrate, so Next's
 * client runtime (React, the router, and the inline React Server Components
 * payload) is dead weight on a phone. Removes every <script> except JSON-LD
 * data and the site's own /enhance.js, and the script preloads. Pure, so the
 * rules are unit-tested; scripts/strip-runtime.ts applies it after next build.
 */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*\/?>/gi;

function kept(attributes: string): boolean {
  return /\btype="application\/ld\+json"/i.test(attributes) || /\bsrc="\/enhance\.js"/i.test(attributes);
}

export function stripClientRuntime(html: string): string {
  return html
    .replace(SCRIPT, (whole: string, attributes: string) => (kept(attributes) ? whole : ''))
    .replace(SCRIPT_PRELOAD, '');
}

/** What must hold afterwards; a page that fails this is left as a build error, never served half-stripped. */
export function checkStatic(html: string): string | null {
  if (/<script\b(?![^>]*(?:application\/ld\+json|src="\/enhance\.js"))/i.test(html)) return 'a script other than JSON-LD and /enhance.js remains';
  if (html.includes('__next_f')) return 'the React Server Components payload remains';
  return null;
}
