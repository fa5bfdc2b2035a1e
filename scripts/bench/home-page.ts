import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

/**
 * The home page of a build (issue 21): it lists every council, so its size
 * grows with the register and the reports, and a reader's browser lays out
 * every element of it.
 */
export type HomePage = { bytes: number; gzipBytes: number; elements: number };

/** How many elements an HTML document holds: every start tag htmlparser2 reads, void ones (`<meta>`, `<br>`) included. */
export function elementCount(html: string): number {
  let elements = 0;
  const parser = new Parser({ onopentag: () => { elements++; } });
  parser.write(html);
  parser.end();
  return elements;
}

/** The prerendered home page of the build in `distDir` under `cwd`, as the post-build step left it. */
export function measureHomePage(cwd: string, distDir: string): HomePage {
  const html = readFileSync(path.join(cwd, distDir, 'server', 'app', 'index.html'));
  return { bytes: html.length, gzipBytes: gzipSync(html).length, elements: elementCount(html.toString('utf8')) };
}
