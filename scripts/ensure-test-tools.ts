import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { MISSING_CHROMIUM, findChromium } from '../tests/e2e/chromium';

/**
 * Runs before the browser tests, which need Chromium (Playwright) and Java
 * (the W3C Nu HTML checker). On a Debian machine where we are root, a missing
 * one is installed from Debian's packages (Playwright's own browser download is
 * not possible everywhere); elsewhere it says clearly what to install.
 */

const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;

function aptInstall(pkg: string): void {
  process.stdout.write(`Installing Debian's ${pkg} package with apt-get...\n`);
  const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], { stdio: 'inherit' }).status;
  if (install() !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    install();
  }
}

function hasJava(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

function main(): number {
  if (!findChromium() && canApt && !process.env.CHROMIUM_PATH) aptInstall('chromium');
  if (!hasJava() && canApt) aptInstall('default-jre-headless');
  const browser = findChromium();
  const problems = [
    ...(browser ? [] : [MISSING_CHROMIUM]),
    ...(hasJava() ? [] : ['The HTML validity test runs the W3C Nu HTML checker, which needs Java 11 or later (on Debian or Ubuntu: sudo apt-get install -y default-jre-headless).']),
  ];
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n\n')}\n`);
    return 1;
  }
  process.stdout.write(`Browser tests use ${browser?.source === 'playwright' ? "Playwright's Chromium" : browser?.executablePath}, and Java for the HTML checker\n`);
  return 0;
}

process.exitCode = main();
