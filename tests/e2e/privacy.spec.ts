import { expect, test, type Page } from './support/test';
import { SearchDialog } from './pages/search-dialog';
import { sitemapPaths } from './support/sitemap';

/** Records every request the page makes; returns the ones that leave the site's origin. */
function watchRequests(page: Page, origin: string) {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin) foreign.push(url);
	});
	return foreign;
}

for (const path of sitemapPaths()) {
	test(`every request from ${path} stays on the site's origin`, async ({ page, baseURL }) => {
		const foreign = watchRequests(page, new URL(baseURL!).origin);
		await page.goto(path, { waitUntil: 'networkidle' });
		expect(foreign).toEqual([]);
	});
}

test('searching loads only files from the site itself', async ({ page, baseURL }) => {
	const foreign = watchRequests(page, new URL(baseURL!).origin);
	await page.goto('/');
	const search = new SearchDialog(page);
	await search.open();
	await search.search('gesprek');
	await page.waitForLoadState('networkidle');
	expect(foreign).toEqual([]);
});
