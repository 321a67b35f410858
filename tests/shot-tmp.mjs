import { chromium } from '@playwright/test';
const [,, base, path, out, width = '1280', setup = '', selector = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, locale: 'nl-NL' });
await page.goto(base + path);
if (setup) { await page.evaluate(setup); await page.reload(); }
await page.waitForTimeout(500);
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: true });
await browser.close();
