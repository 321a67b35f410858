import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ToolPage } from './pages/tool-page';
import { ZelfscanPage, ZELFSCAN_PATH } from './pages/zelfscan-page';
import { axeViolations } from './support/axe';
import { expect, test, type Page } from './support/test';

const PAYLOAD = '<img src=x onerror=alert(1)>';
const DOCS = join(process.cwd(), 'src/content/docs');

/** Every tool page's id and frontmatter, read from the files themselves (not from the site). */
function toolFrontmatter(): { id: string; factors: { factor: string; applies: boolean }[] }[] {
	const files = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) =>
			statSync(join(dir, name)).isDirectory()
				? files(join(dir, name))
				: name.endsWith('.mdx')
					? [join(dir, name)]
					: [],
		);
	return files(DOCS)
		.map((file) => ({
			id: relative(DOCS, file)
				.replace(/\.mdx$/, '')
				.replace(/\/index$/, ''),
			data: parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!),
		}))
		.filter(({ data }) => data.type === 'tool')
		.map(({ id, data }) => ({ id, factors: data.factors }));
}

/** The activities' factor links, from content/activities. */
function activityFrontmatter(): { id: string; factors: string[] }[] {
	const dir = join(process.cwd(), 'content/activities');
	return readdirSync(dir).map((name) => ({
		id: name.replace(/\.md$/, ''),
		factors: (
			parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, name), 'utf8'))![1]!).factors ?? []
		).map((f: { factor: string }) => f.factor),
	}));
}

const serves = (factorIds: string[], n: number) => factorIds.some((id) => id.startsWith(`${n}-`));

function forbidDialogs(page: Page) {
	const opened: string[] = [];
	page.on('dialog', (dialog) => {
		opened.push(dialog.message());
		void dialog.dismiss();
	});
	return opened;
}

test.describe('zelfscan succesfactoren', () => {
	test('factors 5 and 9 rated lowest: it recommends exactly the tools whose frontmatter serves 5 or 9', async ({
		page,
	}) => {
		const scan = new ZelfscanPage(page);
		await scan.goto();
		for (let n = 1; n <= 10; n++) await scan.rate(n, n === 5 || n === 9 ? 1 : 3);
		await expect(scan.resultStatus).toHaveText(
			'10 van de 10 succesfactoren beoordeeld. Laagst gescoord: 5 en 9.',
		);
		expect(await scan.weakest()).toEqual([5, 9]);

		const tools = toolFrontmatter();
		const applies = (tool: (typeof tools)[number]) =>
			tool.factors.filter((f) => f.applies).map((f) => f.factor);
		const expected = tools
			.filter((tool) => serves(applies(tool), 5) || serves(applies(tool), 9))
			.map((t) => t.id);
		const neither = tools.filter((tool) => !expected.includes(tool.id)).map((t) => t.id);
		expect(expected.length).toBeGreaterThan(0);
		const shown = await scan.recommendedTools();
		expect([...shown].sort()).toEqual([...expected].sort());
		for (const id of neither) expect(shown).not.toContain(id);
		// Tools that serve both come first, and each says which of the two it helps with.
		const both = tools
			.filter((tool) => serves(applies(tool), 5) && serves(applies(tool), 9))
			.map((t) => t.id);
		expect(shown.slice(0, both.length).sort()).toEqual([...both].sort());
		if (both[0])
			await expect(scan.advice.locator(`li[data-tool="${both[0]}"]`)).toContainText(
				'helpt bij factoren 5 en 9',
			);

		const activities = activityFrontmatter()
			.filter((a) => serves(a.factors, 5) || serves(a.factors, 9))
			.map((a) => a.id);
		expect((await scan.recommendedActivities()).sort()).toEqual(activities.sort());

		// The chart has a table with the same numbers: Samenwerking (4–7) averages (3+1+3+3)/4 = 2,5.
		expect(await scan.clusterRow('samenwerking')).toEqual(['Samenwerking', '2,5', '4 van 4']);
		expect(await scan.clusterRow('toekomstperspectief')).toEqual([
			'Toekomstperspectief',
			'2,3',
			'3 van 3',
		]);
		expect(await scan.clusterRow('contact')).toEqual(['Contact', '3,0', '3 van 3']);
	});

	test('a second scan is compared with the first; both are kept after a reload', async ({
		page,
	}) => {
		const scan = new ZelfscanPage(page);
		await scan.goto();
		await page.getByLabel('Datum van de scan').fill('2025-10-01');
		for (let n = 1; n <= 10; n++) await scan.rate(n, 2);
		await scan.note(5).fill('Ouders zeggen in de peiling dat ze weinig gevraagd worden.');
		await scan.expectSaved();

		await page.getByRole('button', { name: 'Nieuwe scan beginnen' }).click();
		await expect(page.getByLabel('Datum van de scan')).toBeFocused();
		await page.getByLabel('Datum van de scan').fill('2026-10-01');
		await expect(scan.level(1, 2)).not.toBeChecked();
		for (let n = 1; n <= 10; n++) await scan.rate(n, n <= 3 ? 4 : 2);
		await expect(page.getByLabel('Vergelijken met')).toHaveValue(/.+/);
		await expect(scan.clusterTable.locator('thead')).toContainText('Vergeleken scan');
		expect(await scan.clusterRow('contact')).toEqual(['Contact', '4,0', '2,0', '+2,0', '3 van 3']);
		await expect(scan.factorTable.locator('tr[data-factor="1"]')).toContainText('+2');
		await expect(scan.factorTable.locator('tr[data-factor="5"] td').last()).toHaveText('0');
		await scan.expectSaved();

		await page.reload();
		await expect(scan.data.status).toHaveText(
			'Je eerder ingevulde gegevens zijn geladen van dit apparaat.',
		);
		await expect(page.getByLabel('Scan die je invult').locator('option')).toHaveText([
			'Scan van 1 oktober 2026',
			'Scan van 1 oktober 2025',
		]);
		await expect(scan.level(1, 4)).toBeChecked();
		expect(await scan.clusterRow('contact')).toEqual(['Contact', '4,0', '2,0', '+2,0', '3 van 3']);
		await page.getByLabel('Scan die je invult').selectOption({ label: 'Scan van 1 oktober 2025' });
		await expect(scan.note(5)).toHaveValue(
			'Ouders zeggen in de peiling dat ze weinig gevraagd worden.',
		);
		await expect(scan.level(1, 2)).toBeChecked();
	});

	test('filled in by keyboard only, saved', async ({ page }) => {
		test.setTimeout(180_000);
		const scan = new ZelfscanPage(page);
		await scan.goto();
		await scan.fillByKeyboard();
		await expect(scan.resultStatus).toHaveText(
			'1 van de 10 succesfactoren beoordeeld. Laagst gescoord: 1.',
		);
		await scan.expectSaved();
	});

	test('HTML typed into the notes and the label shows as text on the page and in the print; no dialog opens', async ({
		page,
	}) => {
		const dialogs = forbidDialogs(page);
		const scan = new ZelfscanPage(page);
		await scan.goto();
		await page.getByLabel('Wie deed de scan? (niet verplicht)').fill(PAYLOAD);
		await page.getByLabel('Wie deed de scan? (niet verplicht)').blur();
		await scan.rate(3, 2);
		await scan.note(3).fill(PAYLOAD);
		await scan.expectSaved();
		await expect(page.getByLabel('Scan die je invult').locator('option').first()).toHaveText(
			new RegExp(`\\(${PAYLOAD.replace(/[()]/g, '\\$&')}\\)$`),
		);
		await expect(scan.report.locator('.zs-report__note')).toHaveText(
			`Waaruit blijkt dat: ${PAYLOAD}`,
		);
		expect(await scan.report.locator('img').count()).toBe(0);
		const json = await scan.exportJson();
		expect(JSON.parse(json.bytes.toString('utf8')).data.scans[0].ratings[2].note).toBe(PAYLOAD);
		const pdf = await page.pdf({ preferCSSPageSize: true });
		expect(pdf.length).toBeGreaterThan(1000);
		expect(dialogs).toEqual([]);
	});

	test('axe finds nothing with a full comparison on screen', async ({ page }) => {
		test.setTimeout(240_000);
		const scan = new ZelfscanPage(page);
		await scan.goto();
		for (let n = 1; n <= 10; n++) await scan.rate(n, 2);
		await page.getByRole('button', { name: 'Nieuwe scan beginnen' }).click();
		for (let n = 1; n <= 10; n++) await scan.rate(n, 3);
		await expect(scan.factorTable).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('linked from the tool page and from every factor page', async ({ page }) => {
		const tool = new ToolPage(page);
		await tool.goto('/gereedschappen/kwaliteitskaart/');
		await expect(
			page.locator('main').getByRole('link', { name: 'zelfscan succesfactoren' }).first(),
		).toHaveAttribute('href', ZELFSCAN_PATH);
		await page.goto('/succesfactoren/5-dialoog/');
		await expect(
			page.locator('[data-factor-templates]').getByRole('link', { name: 'zelfscan' }),
		).toHaveAttribute('href', ZELFSCAN_PATH);
		await page.goto('/');
		await expect(
			page.locator('main').getByRole('link', { name: 'Zelfscan succesfactoren' }),
		).toHaveAttribute('href', ZELFSCAN_PATH);
	});
});
