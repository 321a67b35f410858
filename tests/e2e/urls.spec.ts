import { expect, test } from './support/test';
import { redirects } from '../../src/config/redirects';
import { publishedPages } from './support/published-urls';
import { sitemapPaths } from './support/sitemap';

const published = publishedPages();

test('every page of the site is on the committed list of published addresses', () => {
	const listed = new Set(published.map((p) => p.path));
	const missing = sitemapPaths().filter((path) => !listed.has(path));
	expect(missing, 'Nieuwe pagina’s: zet ze in tests/published-urls.txt').toEqual([]);
});

test('a moved page keeps its old address on the list, and its new address is published too', () => {
	const listed = new Set(published.map((p) => p.path));
	for (const [from, to] of Object.entries(redirects)) {
		expect(listed.has(from), `${from} (verhuisd)`).toBe(true);
		expect(listed.has(to), `${to} (nieuw adres)`).toBe(true);
	}
});

for (const { path, fragments } of published) {
	test(`${path} still resolves${fragments.length ? `, with its ${fragments.length} sections` : ''}`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		const target = redirects[path];
		if (target) await expect(page).toHaveURL(new RegExp(`${target}$`));
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), fragments);
		expect(missing, `ontbrekende paragrafen op ${path}`).toEqual([]);
	});
}
