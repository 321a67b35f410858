import { expect, test } from './support/test';
import { TOOL_SECTIONS, ToolPage } from './pages/tool-page';
import { builtToolIds, toolPath } from './support/built-site';

const REQUIRED = TOOL_SECTIONS.filter((s) => s !== 'In het sociale domein');

for (const id of builtToolIds()) {
	test(`${id}: card, the fixed sections, the ten factors and the citation`, async ({ page }) => {
		const tool = new ToolPage(page);
		await tool.goto(toolPath(id));

		await expect(tool.card).toBeVisible();
		for (const label of ['Soort', 'Voor wie', 'Wanneer', 'Tijd', 'Sectoren'])
			await expect(tool.cardValue(label)).not.toBeEmpty();

		// The fixed sections in their order, then the generated factor section and the citation.
		const headings = await tool.sectionHeadings();
		const fixed = headings.filter((h) => (TOOL_SECTIONS as readonly string[]).includes(h));
		expect(fixed).toEqual(TOOL_SECTIONS.filter((s) => fixed.includes(s)));
		for (const section of REQUIRED) expect(fixed).toContain(section);
		expect(headings.slice(-2)).toEqual(['De tien succesfactoren', 'Deze pagina citeren']);

		for (let n = 1; n <= 10; n++)
			await expect(tool.factorItem(n)).toContainText(/van toepassing|niet van toepassing/);

		const citation = await tool.citation();
		expect(citation).toMatch(
			/^Gereedschapskist Ouderbetrokkenheid\. \((\d{4}, \d{1,2} [a-z]+|z\.d\.)\)\. /,
		);
		expect(citation).toContain(`Geraadpleegd op [dag maand jaar], van https://`);
		expect(citation.endsWith(toolPath(id))).toBe(true);
	});
}

test('a tool whose factor mapping is the toolbox’s own says so above the factors', async ({
	page,
}) => {
	const tool = new ToolPage(page);
	await tool.goto('/gereedschappen/kwaliteitskaart/');
	await expect(tool.factorSection).toContainText('Deze koppeling komt niet uit de bron.');
	await tool.goto('/gereedschappen/informatiekaart/');
	await expect(tool.factorSection).toContainText(
		'zoals de bron van het gereedschap dat beschrijft',
	);
	await expect(tool.factorSection).not.toContainText('niet uit de bron');
});

test('heading anchors are Dutch links to the section, and lead there', async ({ page }) => {
	const tool = new ToolPage(page);
	await tool.goto('/gereedschappen/checklist-oudercontact/');
	const anchor = tool.anchorLink('hoe');
	await expect(anchor).toHaveAttribute('href', '#hoe');
	await expect(anchor).toHaveAccessibleName('Link naar de paragraaf “Hoe”');
	// The generated sections have anchors too.
	await expect(tool.anchorLink('succesfactoren')).toHaveAccessibleName(
		'Link naar de paragraaf “De tien succesfactoren”',
	);
	await expect(tool.anchorLink('deze-pagina-citeren')).toHaveAttribute(
		'href',
		'#deze-pagina-citeren',
	);
	await anchor.focus();
	await anchor.press('Enter');
	await expect(page).toHaveURL(/\/gereedschappen\/checklist-oudercontact\/#hoe$/);
});

test('printing a tool page leaves only the content, with addresses of outside links', async ({
	page,
}) => {
	const tool = new ToolPage(page);
	await tool.goto('/gereedschappen/checklist-oudercontact/');
	await page.emulateMedia({ media: 'print' });
	await expect(tool.heading).toBeVisible();
	await expect(tool.card).toBeVisible();
	for (const selector of [
		'header.header',
		'nav.sidebar',
		'.right-sidebar-container',
		'site-search',
		'.sl-anchor-link',
		'.pagination-links',
	]) {
		const hidden = await page
			.locator(selector)
			.evaluateAll((els) =>
				els.every(
					(el) =>
						(el as HTMLElement).offsetParent === null || getComputedStyle(el).display === 'none',
				),
			);
		expect(hidden, `${selector} hoort niet op papier`).toBe(true);
	}
	// A link to another site in running text gets its address after it; a reference, whose text is the address, does not.
	const after = (a: Element) => getComputedStyle(a, '::after').content;
	const inText = await page
		.locator('.sl-markdown-content p')
		.first()
		.evaluate((p) => {
			const a = p.appendChild(document.createElement('a'));
			a.href = 'https://example.org/bron/';
			a.textContent = 'een bron';
			return getComputedStyle(a, '::after').content;
		});
	expect(inText).toContain('https://example.org/bron/');
	expect(await page.locator('.source-list a[href^="https://"]').first().evaluate(after)).toBe(
		'none',
	);
});
