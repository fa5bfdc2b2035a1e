/**
 * The ratings register's provenance (content/cqc-local-authority-ratings.md)
 * as a section of a page: its own title dropped, since the page gives the
 * section its heading (at `sectionLevel`), and its headings moved down so
 * they sit under it: "## Columns" under an h2 becomes "### Columns".
 */
export function provenanceSection(markdown: string, sectionLevel: number): string {
  const lines = markdown.split(/\r\n|\r|\n/);
  // With no title, findIndex gives -1, which no line's index is.
  const title = lines.findIndex((line) => /^# /.test(line));
  const body = lines.filter((_, index) => index !== title);
  const extra = '#'.repeat(Math.max(0, sectionLevel - 1));
  return body.map((line) => (/^#{1,6} /.test(line) ? `${extra}${line}` : line)).join('\n').trim();
}
