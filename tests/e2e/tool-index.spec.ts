import { expect, test } from './support/test';
import { ToolIndexPage } from './pages/tool-index-page';
import { axeViolations } from './support/axe';
import { CspWatch } from './support/csp-watch';

/** The tools as the content model has them: read from the page's own build output, not kept here. */
async function allTools(index: ToolIndexPage) {
	return index.cards.evaluateAll((cards) =>
		cards.map((c) => ({
			title: c.querySelector('h3')?.textContent?.trim() ?? '',
			sector: (c.getAttribute('data-sector') ?? '').split(' '),
			factor: (c.getAttribute('data-factor') ?? '').split(' '),
			moment: (c.getAttribute('data-moment') ?? '').split(' '),
		})),
	);
}

test('every tool is a card with title, summary, sectors and factor badges', async ({ page }) => {
	const index = new ToolIndexPage(page);
	await index.goto();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle gereedschappen');
	const tools = await allTools(index);
	expect(tools.length).toBeGreaterThanOrEqual(7);
	await index.expectFound(tools.length);
	const startgesprek = index.cards.filter({
		has: page.getByRole('link', { name: 'Startgesprek', exact: true }),
	});
	await expect(startgesprek.locator('p').first()).toContainText('twintig minuten');
	await expect(startgesprek.getByText('Sectoren')).toBeVisible();
	await expect(startgesprek.getByRole('list').last().getByRole('listitem').first()).toHaveText(
		'1. Ouders voelen zich welkom',
	);
});

test('filters narrow the cards, the count is announced, and the URL keeps the view', async ({
	page,
}) => {
	const index = new ToolIndexPage(page);
	await index.goto();
	const tools = await allTools(index);

	await index.option('Sector', 'Sociaal domein').check();
	const social = tools.filter((t) => t.sector.includes('sociaal-domein')).map((t) => t.title);
	expect(social.length).toBeGreaterThan(0);
	await index.expectFound(social.length);
	expect(await index.visibleTitles()).toEqual(social);
	await expect(page).toHaveURL(/\?sector=sociaal-domein$/);

	await index.option('Succesfactor', '9. Samen een plan bij ontwikkelpunten').check();
	const both = tools
		.filter((t) => t.sector.includes('sociaal-domein') && t.factor.includes('9'))
		.map((t) => t.title);
	await index.expectFound(both.length);
	await expect(page).toHaveURL(/factor=9/);

	// Within a group any value will do: a second sector widens again.
	await index.option('Sector', 'Voortgezet onderwijs').check();
	const widened = tools
		.filter(
			(t) =>
				(t.sector.includes('sociaal-domein') || t.sector.includes('vo')) && t.factor.includes('9'),
		)
		.map((t) => t.title);
	await index.expectFound(widened.length);
	expect(widened.length).toBeGreaterThan(both.length);

	await index.text.fill('huisbezoek');
	await index.expectFound(0);
	await expect(index.empty).toBeVisible();
	await expect(page).toHaveURL(/q=huisbezoek/);
	await index.text.fill('');
	await index.expectFound(widened.length);

	await index.reset.click();
	await index.expectFound(tools.length);
	await expect(page).toHaveURL(/\/gereedschappen\/$/);
});

test('a copied filtered link opens with the same filters checked and the same cards', async ({
	page,
	browser,
}) => {
	const index = new ToolIndexPage(page);
	await index.goto();
	await index.option('Sector', 'Voortgezet onderwijs').check();
	await index.option('Cluster', 'Contact').check();
	await index.option('Moment in het schooljaar', 'Eerste twee à drie schoolweken').check();
	await index.text.fill('gesprek');
	await expect(page).toHaveURL(/q=gesprek/);
	const link = page.url();
	const titles = await index.visibleTitles();
	const checked = await index.checkedOptions();
	expect(titles.length).toBeGreaterThan(0);
	expect(checked).toHaveLength(3);

	// Another browser window, as a student who gets the link from the lecturer.
	const context = await browser.newContext();
	const watch = await CspWatch.attach(context);
	const other = new ToolIndexPage(await context.newPage());
	await other.page.goto(link);
	await expect(other.text).toHaveValue('gesprek');
	expect(await other.checkedOptions()).toEqual(checked);
	await other.expectFound(titles.length);
	expect(await other.visibleTitles()).toEqual(titles);
	expect(watch.violations).toEqual([]);
	await context.close();
});

test('by keyboard only: tab to a filter, tick it with the space bar, reach the cards', async ({
	page,
}) => {
	const index = new ToolIndexPage(page);
	await index.goto();
	const tools = await allTools(index);
	await index.text.focus();
	await page.keyboard.type('checklist');
	await expect(index.status).not.toHaveText(`${tools.length} gereedschappen gevonden`);
	await expect(index.status).toHaveText(/gevonden$/);
	expect(await index.visibleTitles()).toContain('Checklist oudercontact');
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Backspace');
	await index.expectFound(tools.length);

	// Tab from the text box to the first checkbox (factor 1) and tick it.
	await page.keyboard.press('Tab');
	const first = index.option('Succesfactor', '1. Ouders voelen zich welkom');
	await expect(first).toBeFocused();
	await page.keyboard.press('Space');
	await expect(first).toBeChecked();
	await index.expectFound(tools.filter((t) => t.factor.includes('1')).length);

	// The reset button, then the first card's link.
	const reset = index.reset;
	for (let i = 0; i < 60 && !(await reset.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(reset).toBeFocused();
	await page.keyboard.press('Enter');
	await index.expectFound(tools.length);
	await page.keyboard.press('Tab');
	await expect(index.cards.first().getByRole('link')).toBeFocused();
});

test('axe finds nothing, filtered and unfiltered', async ({ page }) => {
	const index = new ToolIndexPage(page);
	await index.goto('?sector=vo&factor=5&q=ouders');
	await expect(index.filters).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await index.goto('?q=zzzz');
	await expect(index.empty).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('without JavaScript every tool is listed and no dead filters show', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const index = new ToolIndexPage(page);
	await index.goto('?sector=sociaal-domein');
	await expect(index.filters).toBeHidden();
	const count = await index.cards.count();
	expect(count).toBeGreaterThanOrEqual(7);
	await expect(index.visibleCards).toHaveCount(count);
	await expect(index.status).toHaveText(`${count} gereedschappen`);
	await context.close();
});
