import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The fonts of the share cards (components/og-card.tsx), read from the
 * @fontsource package, never from the internet. With lib/content-check.ts, the
 * only module of the site that reads files; read once per build.
 */

export type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

const FONT_DIR = path.join(process.cwd(), 'node_modules', '@fontsource', 'source-sans-3', 'files');
let fonts: Promise<CardFont[]> | undefined;

/** Source Sans 3, regular and bold, for next/og's ImageResponse. */
export function loadCardFonts(): Promise<CardFont[]> {
  fonts ??= Promise.all([
    readFile(path.join(FONT_DIR, 'source-sans-3-latin-400-normal.woff')),
    readFile(path.join(FONT_DIR, 'source-sans-3-latin-700-normal.woff')),
  ]).then(([regular, bold]) => [
    { name: 'Source Sans 3', data: regular, weight: 400, style: 'normal' },
    { name: 'Source Sans 3', data: bold, weight: 700, style: 'normal' },
  ]);
  return fonts;
}
