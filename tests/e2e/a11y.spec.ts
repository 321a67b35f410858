import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { SearchDialog } from './pages/search-dialog';
import { sitemapPaths } from './support/sitemap';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe with our tags, plus the experimental rule that checks visible labels against accessible names (WCAG 2.5.3). */
const axe = (page: Page) =>
	new AxeBuilder({ page }).withTags(TAGS).options({ rules: { 'label-content-name-mismatch': { enabled: true } } });

/** Every page in the sitemap, plus the 404 page, which the sitemap leaves out. */
for (const path of [...sitemapPaths(), '/404.html']) {
	test(`axe finds nothing on ${path}`, async ({ page }) => {
		await page.goto(path);
		const { violations } = await axe(page).analyze();
		const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
		expect(summary).toEqual([]);
	});
}

test('axe finds nothing in the open search dialog with results', async ({ page }) => {
	await page.goto('/');
	const search = new SearchDialog(page);
	await search.open();
	await search.search('ouders');
	const { violations } = await axe(page).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});
