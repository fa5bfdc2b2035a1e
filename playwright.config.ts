import { defineConfig, devices } from '@playwright/test';
import { MISSING_CHROMIUM, SYSTEM_CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium';

const port = Number(process.env.TEST_PORT ?? 3107);
/** The base URL the test build is made with, so tests can check canonical addresses; specs read it from process.env. */
export const TEST_SITE_URL = 'https://assessments.example.org';
process.env.SITE_URL = TEST_SITE_URL;
const browser = findChromium();
if (!browser) throw new Error(MISSING_CHROMIUM);

const browserUse = {
  ...devices['Desktop Chrome'],
  launchOptions: browser.source === 'playwright'
    ? {}
    : { executablePath: browser.executablePath, args: SYSTEM_CHROMIUM_ARGS },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // One line as each test ends, so a log piped in CI shows progress; the web server's lines say how the build goes.
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  // The tests tagged @heavy walk many pages (axe, the HTML checker, the keyboard, print, a second server):
  // they run one at a time, beside the quick tests, so a busy machine never runs two of them at once.
  // Their project comes first: Playwright queues tests in project order, so the heavy ones start at once on
  // one worker while the other takes the quick ones. Listed second, they waited for every quick test and then
  // ran alone on one worker with the other idle (6 December: 174 s of quick tests, then 468 s of heavy ones).
  projects: [
    { name: 'heavy', grep: /@heavy/, workers: 1, use: browserUse },
    { name: 'chromium', grepInvert: /@heavy/, use: browserUse },
  ],
  webServer: {
    // The suite builds into .next-test and serves it on its own port, so it never disturbs a site served from .next.
    // scripts/test-server.ts says what it is doing while it builds (a minute or two).
    command: `node_modules/.bin/tsx scripts/test-server.ts ${port}`,
    env: { NEXT_DIST_DIR: '.next-test', NEXT_TELEMETRY_DISABLED: '1', SITE_URL: TEST_SITE_URL, INCLUDE_TEST_FIXTURES: '1' },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
