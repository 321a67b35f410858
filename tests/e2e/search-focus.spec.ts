import { expect, test } from './support/test';
import { SearchDialog } from './pages/search-dialog';

test('Ctrl+K before Pagefind has drawn its field still puts the cursor in the search field', async ({
	page,
}) => {
	// Hold back Pagefind's interface for a moment, as a slow school laptop does.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/ui-core\.[^/]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/gereedschappen/informatiekaart/');
	const search = new SearchDialog(page);
	await expect(search.openButton).toBeEnabled();
	await page.keyboard.press('Control+k');
	await expect(search.dialog).toBeVisible();
	await expect(search.input).toHaveCount(0);
	release();
	await expect(search.input).toBeFocused();
	await page.keyboard.type('koelkast');
	await expect(search.results.first()).toContainText('Informatiekaart');
});
