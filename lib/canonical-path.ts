/**
 * Every address on the site is lower case (slugs, pages, files), so an
 * address typed or pasted with capitals ("/London-Borough-Of-Harrow") is
 * redirected to its lower-case form rather than answered with a 404. Used by
 * proxy.ts, which runs only for paths holding a capital letter.
 */

/** A percent-escape (`%C3`) stands for a byte, not letters: it keeps its case. Letters elsewhere are ASCII in our addresses. */
const CAPITALS_OR_ESCAPE = /%[0-9A-Fa-f]{2}|[A-Z]+/g;

/** The path with its capital letters in lower case, or null when it has none outside percent-escapes. */
export function lowerCasePath(pathname: string): string | null {
  const lowered = pathname.replace(CAPITALS_OR_ESCAPE, (match) => (match.startsWith('%') ? match : match.toLowerCase()));
  return lowered === pathname ? null : lowered;
}
