import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { MISSING_CHROMIUM, findChromium } from '../tests/e2e/chromium';

/**
 * Runs before the browser tests. Finds a Chromium; on a Debian machine where
 * we are root and none is found, installs Debian's (Playwright's own download
 * is not possible everywhere); otherwise says clearly what is missing.
 */
function main(): number {
  let browser = findChromium();
  const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0 && !process.env.CHROMIUM_PATH;
  if (!browser && canApt) {
    process.stdout.write('No Chromium found: installing Debian\'s chromium package with apt-get...\n');
    const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit' }).status;
    if (install() !== 0) {
      spawnSync('apt-get', ['update'], { stdio: 'inherit' });
      install();
    }
    browser = findChromium();
  }
  if (!browser) {
    process.stderr.write(`${MISSING_CHROMIUM}\n`);
    return 1;
  }
  process.stdout.write(`Browser tests use ${browser.source === 'playwright' ? "Playwright's Chromium" : browser.executablePath}\n`);
  return 0;
}

process.exitCode = main();
