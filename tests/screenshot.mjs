// A screenshot of one page of a running site, to look at a change as a user would (not a test).
//   node tests/screenshot.mjs http://127.0.0.1:4321 /sjablonen/buddys/ /tmp/buddys.png 390
// Optional after the width: a script to run before a reload (to seed localStorage) and a CSS
// selector to capture one element instead of the whole page.
import { chromium } from '@playwright/test';
const [, , base, path, out, width = '1280', setup = '', selector = ''] = process.argv;
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run',
		'--disable-gpu',
	],
});
const page = await browser.newPage({
	viewport: { width: Number(width), height: 900 },
	locale: 'nl-NL',
});
await page.goto(base + path);
if (setup) {
	await page.evaluate(setup);
	await page.reload();
}
await page.waitForTimeout(500);
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: true });
await browser.close();
