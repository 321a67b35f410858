import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/test';
import { redirects } from '../../src/config/redirects';
import { publishedPages } from './support/published-urls';
import { sitemapPaths } from './support/sitemap';

const published = publishedPages();
const isFile = (path: string) => /\.[a-z0-9]+$/.test(path);

test('every page of the site is on the committed list of published addresses', () => {
	const listed = new Set(published.map((p) => p.path));
	const missing = sitemapPaths().filter((path) => !listed.has(path));
	expect(missing, 'Nieuwe pagina’s: zet ze in tests/published-urls.txt').toEqual([]);
});

test('every download file of the built site is on the committed list too', () => {
	const listed = new Set(published.map((p) => p.path));
	const dir = fileURLToPath(new URL('../../dist/downloads/', import.meta.url));
	const files = readdirSync(dir)
		.filter((f) => isFile(f) && f !== 'index.html')
		.map((f) => `/downloads/${f}`);
	expect(files.length).toBeGreaterThan(0);
	expect(
		files.filter((f) => !listed.has(f)),
		'Nieuwe downloads: zet ze in tests/published-urls.txt',
	).toEqual([]);
});

test('a moved page keeps its old address on the list, and its new address is published too', () => {
	const listed = new Set(published.map((p) => p.path));
	for (const [from, to] of Object.entries(redirects)) {
		expect(listed.has(from), `${from} (verhuisd)`).toBe(true);
		expect(listed.has(to), `${to} (nieuw adres)`).toBe(true);
	}
});

// Download files (a path with an extension) must keep resolving too, as files rather than pages.
for (const { path } of published.filter((p) => isFile(p.path))) {
	test(`${path} still downloads`, async ({ request }) => {
		const response = await request.get(path);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).not.toContain('text/html');
		expect((await response.body()).byteLength).toBeGreaterThan(500);
	});
}

for (const { path, fragments } of published.filter((p) => !isFile(p.path))) {
	test(`${path} still resolves${fragments.length ? `, with its ${fragments.length} sections` : ''}`, async ({
		page,
	}) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		const target = redirects[path];
		if (target) await expect(page).toHaveURL(new RegExp(`${target}$`));
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const missing = await page.evaluate(
			(ids) => ids.filter((id) => !document.getElementById(id)),
			fragments,
		);
		expect(missing, `ontbrekende paragrafen op ${path}`).toEqual([]);
	});
}
