import { expect, test } from './support/test';
import { FactorPage } from './pages/factor-page';
import { builtFactorIds } from './support/built-site';

const SECTIONS = [
	'Wat de school doet',
	'Indicator voor de leraar',
	'Toelichting',
	'Ouderactiviteiten',
	'Gereedschappen bij deze factor',
	'Deze pagina citeren',
];

for (const id of builtFactorIds()) {
	test(`factor ${id}: sections, activities with the origin of their link, tools and citation`, async ({
		page,
	}) => {
		const factor = new FactorPage(page);
		await factor.goto(id);
		const h2 = await page.locator('.sl-markdown-content h2').allInnerTexts();
		expect(h2.filter((h) => SECTIONS.includes(h))).toEqual(SECTIONS);
		// The source names the activities for the whole framework; a link to this factor is the toolbox's own.
		await expect(page.locator('.sl-markdown-content')).toContainText(
			'hoort bij het hele raamwerk, niet bij één succesfactor',
		);
		if ((await factor.activities.count()) > 0)
			await expect(page.locator('.sl-markdown-content')).toContainText(
				'Die koppeling maakt de gereedschapskist zelf',
			);
		expect((await factor.toolIds()).length).toBeGreaterThan(0);
		await expect(factor.cite).toContainText(`/succesfactoren/${id}/`);
	});
}

test('tools with the toolbox’s own mapping are marked on a factor page', async ({ page }) => {
	const factor = new FactorPage(page);
	await factor.goto('1-welkom');
	await expect(
		factor.toolList.locator('li[data-tool="gereedschappen/basisvormen/startgesprek"]'),
	).toContainText('eigen uitwerking van de gereedschapskist');
	await expect(
		factor.toolList.locator('li[data-tool="gereedschappen/informatiekaart"]'),
	).not.toContainText('eigen uitwerking');
});
