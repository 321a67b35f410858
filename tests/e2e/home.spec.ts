import { expect, test } from './support/test';
import { SearchDialog } from './pages/search-dialog';

test('the home page is Dutch and leads to the tools', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Gereedschapskist Ouderbetrokkenheid',
	);
	await expect(page.getByRole('link', { name: 'Ga naar inhoud' })).toBeAttached();
	await page.getByRole('link', { name: 'Bekijk de gereedschappen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle gereedschappen');
	await page.getByRole('link', { name: 'Informatiekaart', exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Informatiekaart');
});

test('search finds the tool page by a Dutch word from its body', async ({ page }) => {
	await page.goto('/');
	const search = new SearchDialog(page);
	await search.open();
	await expect(search.input).toHaveAttribute('placeholder', 'Zoeken');
	await search.search('koelkast');
	expect((await search.resultTitles())[0]).toBe('Informatiekaart');
	await search.results.first().getByRole('link').first().click();
	await expect(page).toHaveURL(/\/gereedschappen\/informatiekaart\//);
});
