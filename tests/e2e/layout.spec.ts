import { expect, test } from './support/test';
import { sitemapPaths } from './support/sitemap';
import { builtFactorIds, builtToolIds, toolPath } from './support/built-site';

test.describe('on a phone (390 pixels wide)', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	for (const path of sitemapPaths()) {
		test(`${path} does not scroll sideways`, async ({ page }) => {
			await page.goto(path);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				390,
			);
		});
	}
});

test('the sidebar reaches every tool, every factor and the main pages', async ({ page }) => {
	await page.goto('/matrix/');
	const hrefs = await page
		.locator('nav.sidebar a[href]')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	const expected = [
		...builtToolIds().map(toolPath),
		...builtFactorIds().map((id) => `/succesfactoren/${id}/`),
		'/',
		'/succesfactoren/',
		'/ouderactiviteiten/',
		'/gereedschappen/',
		'/gereedschappen/basisvormen/',
		'/matrix/',
		'/voor-de-lerarenopleiding/',
		'/bronnen/',
	];
	expect(expected.filter((path) => !hrefs.includes(path))).toEqual([]);
});
