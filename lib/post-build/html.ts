import { Parser } from 'htmlparser2';

/**
 * Turns a prerendered page into plain static HTML. Every page here is
 * server-rendered text with plain links and nothing to hydrate, so Next's
 * client runtime (React, the router and the inline React Server Components
 * payload) is dead weight on a phone, and its inline scripts would need
 * `'unsafe-inline'` in the Content-Security-Policy. Pure, so the rules are
 * unit-tested; scripts/strip-runtime.ts applies them after `next build`.
 *
 * Pages are read with htmlparser2, a streaming HTML parser that reports
 * where each tag starts and ends: the elements to remove are cut out of the
 * page's own text, so every other byte stays as Next wrote it, and England's
 * few thousand pages are read in seconds rather than built into trees.
 */

/** The site's own enhancement script (lib/browser/enhance.ts), the one script a static page runs. */
export const ENHANCE_SCRIPT = '/enhance.js';

type Attributes = Readonly<Record<string, string>>;

/** A script that stays: JSON-LD data (never run) and the site's enhancement script. */
export function isKeptScript(attributes: Attributes): boolean {
  return attributes.type === 'application/ld+json' || attributes.src === ENHANCE_SCRIPT;
}

/** `<link rel="preload" as="script">` or `rel="modulepreload"`: a fetch of a script that no longer runs. */
export function isScriptPreload(attributes: Attributes): boolean {
  const rel = attributes.rel;
  if (rel === undefined) return false;
  // Split at each space: the empty tokens between two spaces are no rel this looks for.
  const rels = rel.toLowerCase().split(/\s/);
  return rels.includes('modulepreload') || (rels.includes('preload') && attributes.as === 'script');
}

/** An element as read: its attributes and where it stands in the page, from its `<` to the end of its closing tag. */
export type Placed = { attributes: Attributes; start: number; end: number };

/** What the rules need of a page: its scripts and links, in order, and the words a reader sees (every text outside scripts). */
export type PageReading = { scripts: Placed[]; links: Placed[]; text: string };

/** Reads a page once. */
export function readPage(html: string): PageReading {
  const scripts: Placed[] = [];
  const links: Placed[] = [];
  const text: string[] = [];
  let script: Placed | null = null;
  // htmlparser2's defaults for HTML: entities decoded, tag and attribute names in lower case (the tests hold them).
  const parser = new Parser({
    onopentag(name, attributes) {
      const placed = { attributes, start: parser.startIndex, end: parser.endIndex + 1 };
      if (name === 'script') script = placed;
      else if (name === 'link') links.push(placed);
    },
    // The parser reads a script's content as text: the one closing tag while a script is open is its own.
    onclosetag() {
      if (script === null) return;
      scripts.push({ ...script, end: parser.endIndex + 1 });
      script = null;
    },
    ontext(data) {
      if (script === null) text.push(data);
    },
  });
  parser.end(html);
  return { scripts, links, text: text.join('') };
}

/** The places to cut, in order: every script but the kept ones, and every script preload. */
function removals(page: PageReading): Placed[] {
  return [...page.scripts.filter((s) => !isKeptScript(s.attributes)), ...page.links.filter((l) => isScriptPreload(l.attributes))]
    .sort((a, b) => a.start - b.start);
}

/**
 * Removes every script except JSON-LD and /enhance.js, and every script
 * preload. Everything else stays byte for byte. `reading` is the page as
 * readPage read it, for a caller that has it already.
 */
export function stripClientRuntime(html: string, reading: PageReading = readPage(html)): string {
  const kept: string[] = [];
  let at = 0;
  for (const { start, end } of removals(reading)) {
    kept.push(html.slice(at, start));
    at = end;
  }
  kept.push(html.slice(at));
  return kept.join('');
}

/**
 * What must hold after stripping, read from the HTML again: no script but
 * JSON-LD and /enhance.js, no script preload, no trace of the React Server
 * Components payload, the kept scripts all still there, and the page's words
 * unchanged. Returns each problem found; a page with any is a build error,
 * never served half-stripped.
 */
export function checkStatic(before: string, after: string, original: PageReading = readPage(before)): string[] {
  const stripped = readPage(after);
  const problems: string[] = [];
  if (stripped.scripts.some((s) => !isKeptScript(s.attributes))) problems.push('a script other than JSON-LD and /enhance.js remains');
  if (after.includes('__next_f')) problems.push('the React Server Components payload remains');
  if (stripped.links.some((l) => isScriptPreload(l.attributes))) problems.push('a script preload remains');
  const kept = (page: PageReading) => page.scripts.filter((s) => isKeptScript(s.attributes)).length;
  if (kept(stripped) !== kept(original)) problems.push('a JSON-LD block or /enhance.js went missing');
  if (stripped.text !== original.text) problems.push('the words of the page changed');
  return problems;
}
