import { chromium } from '@playwright/test';
const [,, path, width, name, selector] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(`http://127.0.0.1:3302${path}`);
await page.locator(selector).first().evaluate((el) => el.scrollIntoView());
await page.screenshot({ path: `/tmp/nshots/${name}.png` });
await browser.close();
