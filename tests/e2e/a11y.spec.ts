import { expect, test } from './support/test';
import { SearchDialog } from './pages/search-dialog';
import { axe } from './support/axe';
import { sitemapPaths } from './support/sitemap';

/** Every page in the sitemap, plus the 404 page, which the sitemap leaves out. */
for (const path of [...sitemapPaths(), '/404.html']) {
	test(`axe finds nothing on ${path}`, async ({ page }) => {
		await page.goto(path);
		const { violations } = await axe(page).analyze();
		const summary = violations.map(
			(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
		);
		expect(summary).toEqual([]);
	});
}

test('axe finds nothing in the open search dialog with results', async ({ page }) => {
	await page.goto('/');
	const search = new SearchDialog(page);
	await search.open();
	await search.search('ouders');
	const { violations } = await axe(page).analyze();
	expect(
		violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
	).toEqual([]);
});
