import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium the browser tests drive. In order: CHROMIUM_PATH if set;
 * Playwright's own Chromium when it has been installed (the usual case on a
 * laptop); a system Chromium such as Debian's /usr/bin/chromium (machines
 * where Playwright cannot download its browser).
 */
export type Browser = { source: 'CHROMIUM_PATH' | 'playwright' | 'system'; executablePath: string };

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/** Flags for a system Chromium in a locked-down container: no sandbox as root, no GPU, no calls home. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function findChromium(): Browser | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { source: 'CHROMIUM_PATH', executablePath: fromEnv } : undefined;
  const own = chromium.executablePath();
  if (own && existsSync(own)) return { source: 'playwright', executablePath: own };
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  return system ? { source: 'system', executablePath: system } : undefined;
}

export const MISSING_CHROMIUM = [
  'The browser tests need Chromium, and none was found.',
  '  - with internet access: npx playwright install chromium',
  '  - on Debian or Ubuntu:  sudo apt-get install -y chromium',
  '  - or point at one:      CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n');
