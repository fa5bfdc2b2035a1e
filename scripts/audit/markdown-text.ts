/**
 * Text from pages and from Lighthouse goes into AUDIT.md as it was written:
 * a snippet such as `<span data-accessed="">` must show, not render.
 */

/** Inline code, with a fence longer than any run of backticks inside, on one line. */
export function code(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence} ${text.replace(/\s+/g, ' ')} ${fence}`;
}

/** Prose with angle brackets escaped, for titles and warnings that may quote HTML. */
export function escapeText(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}
