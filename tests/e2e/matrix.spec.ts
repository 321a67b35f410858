import { expect, test } from './support/test';
import { FactorPage } from './pages/factor-page';
import { MatrixPage } from './pages/matrix-page';
import { ToolPage } from './pages/tool-page';
import { builtFactorIds, builtToolIds, toolPath } from './support/built-site';

test('every cell says Ja or Nee in words and agrees with the explanation on the tool page it links to', async ({
	page,
}) => {
	test.slow(); // visits every tool page
	const matrix = new MatrixPage(page);
	const tool = new ToolPage(page);
	await matrix.goto();
	const rows = await matrix.rows();
	expect([...rows.keys()]).toEqual(builtToolIds());
	for (const [id, cells] of rows) {
		expect(
			cells.map((c) => c.word).every((w) => w === 'Ja' || w === 'Nee'),
			`${id}: ${cells.map((c) => c.word).join(' ')}`,
		).toBe(true);
		expect(cells.map((c) => c.href)).toEqual(
			cells.map((_, i) => `${toolPath(id)}#factor-${i + 1}`),
		);
		await tool.goto(toolPath(id));
		expect(await tool.factorStatuses(), id).toEqual(cells.map((c) => c.word === 'Ja'));
	}
});

test('each factor page lists exactly the tools whose cell in its column says Ja', async ({
	page,
}) => {
	test.slow(); // visits every factor page
	const matrix = new MatrixPage(page);
	await matrix.goto();
	const rows = await matrix.rows();
	const columns = Array.from({ length: 10 }, (_, i) =>
		[...rows].filter(([, cells]) => cells[i].word === 'Ja').map(([id]) => id),
	);
	const factor = new FactorPage(page);
	for (const id of builtFactorIds()) {
		const n = Number(id.split('-')[0]);
		await factor.goto(id);
		expect((await factor.toolIds()).sort(), `succesfactor ${n}`).toEqual(
			[...columns[n - 1]].sort(),
		);
	}
});

test('a cell link opens the tool page at that factor', async ({ page }) => {
	const matrix = new MatrixPage(page);
	await matrix.goto();
	await matrix.cell('gereedschappen/informatiekaart', 8).getByRole('link').click();
	await expect(page).toHaveURL(/\/gereedschappen\/informatiekaart\/#factor-8$/);
	await expect(page.locator('#factor-8')).toBeInViewport();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the table scrolls inside its own box while the tool column stays in view', async ({
		page,
	}) => {
		const matrix = new MatrixPage(page);
		await matrix.goto();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390,
		);
		await expect(matrix.region).toHaveAttribute('tabindex', '0');
		const toolCell = matrix.table.locator('tbody th').first();
		const before = (await toolCell.boundingBox())!.x;
		await matrix.region.evaluate((el) => el.scrollBy({ left: 300 }));
		await expect.poll(async () => matrix.region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
		expect((await toolCell.boundingBox())!.x).toBeCloseTo(before, 0);
		await expect(matrix.cell('gereedschappen/informatiekaart', 10)).toBeVisible();
	});
});
