import { SearchDialog } from './pages/search-dialog';
import { SiteFooter } from './pages/site-footer';
import { pageActions } from './support/page-actions';
import { sitemapPaths } from './support/sitemap';
import { expect, test } from './support/test';

for (const path of [...sitemapPaths(), '/404.html']) {
	test(`${path} links to both statements in its footer`, async ({ page }) => {
		await page.goto(path);
		const footer = new SiteFooter(page);
		await expect(footer.privacy).toHaveAttribute('href', '/privacy/');
		await expect(footer.accessibility).toHaveAttribute('href', '/toegankelijkheid/');
	});
}

test('the footer links open the statements', async ({ page }) => {
	await page.goto('/');
	await new SiteFooter(page).privacy.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacyverklaring');
	await new SiteFooter(page).accessibility.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toegankelijkheidsverklaring');
	await expect(page.getByRole('heading', { level: 2, name: 'Een probleem melden' })).toBeVisible();
});

test('search finds a statement by its own text, not every page by its footer', async ({ page }) => {
	await page.goto('/');
	const search = new SearchDialog(page);
	await search.open();
	for (const [query, title] of [
		['verwerkersovereenkomst', 'Privacyverklaring'],
		['Toegankelijkheidsverklaring', 'Toegankelijkheidsverklaring'],
	]) {
		await search.search(query);
		await expect(search.results.first().locator('.pagefind-ui__result-title').first()).toHaveText(
			title,
		);
		await expect(search.results).toHaveCount(1);
	}
});

test('what the privacy statement says: no cookies, and outside templates only the theme and menu state are stored', async ({
	page,
	context,
	request,
}) => {
	// It visits every page and then does every action: a single test, so it needs more than the default.
	test.setTimeout(180_000);
	// Every page, then everything a user does outside templates.
	for (const path of sitemapPaths()) {
		if (path.startsWith('/sjablonen/')) continue;
		const response = await page.goto(path);
		expect(response!.headers()['set-cookie'], path).toBeUndefined();
	}
	for (const action of pageActions.filter((a) => !a.path.startsWith('/sjablonen/'))) {
		await page.goto(action.path);
		await action.run(page);
	}
	expect((await request.get('/')).headers()['set-cookie']).toBeUndefined();
	expect(await context.cookies()).toEqual([]);
	const stored = await page.evaluate(() => ({
		local: Object.keys(localStorage),
		session: Object.keys(sessionStorage),
	}));
	expect(stored.local.filter((key) => key !== 'starlight-theme')).toEqual([]);
	expect(stored.session.filter((key) => key !== 'sl-sidebar-state')).toEqual([]);
});
