import { parseCsv } from '../../src/lib/export/csv';
import { readXlsx } from '../../src/lib/export/xlsx';
import { readZip } from '../../src/lib/files/zip';
import { ChecklistPage } from './pages/checklist-page';
import { ClassListPage } from './pages/class-list-page';
import { axeViolations } from './support/axe';
import { pdfInfo, pdfText, PrintRecorder } from './support/print';
import { expect, test } from './support/test';

/** A class list as school systems export it: BOM, semicolons, odd column order, accents, blank lines. */
const MESSY =
	'\uFEFFKlas;Achternaam;Roepnaam;Tussenvoegsel;Geboortedatum\r\n5A;Vries;Sam;de;01-02-2017\r\n\r\n5A;Öztürk;Zoë;;\r\n5A;Amrani;Fatima;El;\r\n;;;;\r\n5A;Bakker;Daan;;\r\n';
const PUPILS = ['Sam de Vries', 'Zoë Öztürk', 'Fatima El Amrani', 'Daan Bakker'];

const ROUND_1 = [
	{
		scores: [4, 4, 3, 4, 4, 3],
		note: 'Moeder komt vaak even binnen.',
		step: 'Vader ook uitnodigen.',
	},
	{
		scores: [2, 1, 2, 1, 2, 2],
		note: 'Ouders spreken weinig Nederlands.',
		step: 'Tolk regelen voor het gesprek.',
	},
	{ scores: [3, 3, 3, 3, 3, 3] },
	{ scores: [1, 2, 2, 3, 2, 2], step: 'Oma aanspreken bij het ophalen.' },
];
const ROUND_2 = [
	{ scores: [4, 4, 4, 4, 4, 3] },
	{ scores: [2, 2, 1, 2, 2, 1], step: 'Huisbezoek met de intern begeleider.' },
	{
		scores: [2, 2, 3, 2, 3, 2],
		note: 'Geen reactie op twee berichten.',
		step: 'Bellen in plaats van mailen.',
	},
	{ scores: [3, 3, 3, 3, 4, 3] },
];

const csv = (text: string, name = 'klas.csv') => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(text, 'utf8'),
});

async function importClass(page: import('@playwright/test').Page, text = MESSY) {
	const list = new ClassListPage(page);
	await list.goto();
	await list.previewFile(csv(text));
	await list.applyImport();
	await list.data.waitUntilSaved();
}

test.beforeEach(async ({ page }) => {
	test.setTimeout(120_000);
	page.on('dialog', (dialog) => {
		throw new Error(`Onverwachte dialoog: ${dialog.message()}`);
	});
});

test('a messy class list, two rounds scored by keyboard, reload, comparison, Excel, and the backup restores exactly', async ({
	page,
}) => {
	await importClass(page);
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await expect(checklist.data.notice).toContainText('Je gegevens blijven op dit apparaat.');
	await expect(checklist.classSelect).toHaveValue(/.+/);
	await expect(checklist.scoreTable.locator('tbody th')).toHaveText(PUPILS);
	await expect(checklist.roundSelect.locator('option')).toHaveText([
		'Voor de herfstvakantie',
		'Na de kerstvakantie',
	]);

	// Round 1, keyboard only.
	await checklist.fillByKeyboard(ROUND_1);
	await expect(checklist.score('Zoë Öztürk', 'Ouder zoekt mij makkelijk op')).toHaveValue('1');
	await expect(checklist.fillCount).toHaveText(
		'4 van 4 leerlingen helemaal ingevuld in deze ronde.',
	);
	await expect(checklist.scoreRows.nth(0).locator('[data-average]')).toHaveText('3,7');
	await checklist.roundDate.fill('2026-10-09');

	// Round 2: choose it with the arrow key, then fill in.
	await checklist.roundSelect.focus();
	await page.keyboard.press('ArrowDown');
	await expect(checklist.roundName).toHaveValue('Na de kerstvakantie');
	await expect(checklist.fillCount).toHaveText(
		'0 van 4 leerlingen helemaal ingevuld in deze ronde.',
	);
	await checklist.fillByKeyboard(ROUND_2);
	await checklist.roundDate.fill('2027-01-22');
	await checklist.data.waitUntilSaved();
	const stored = await checklist.stored();

	await page.reload();
	await expect(checklist.data.status).toHaveText(
		'Je eerder ingevulde gegevens zijn geladen van dit apparaat.',
	);
	expect(await checklist.stored()).toEqual(stored);
	await expect(checklist.roundSelect.locator('option')).toHaveText([
		'Voor de herfstvakantie (9 oktober 2026)',
		'Na de kerstvakantie (22 januari 2027)',
	]);
	expect(await checklist.scores()).toEqual([
		'Sam de Vries|4|4|3|4|4|3',
		'Zoë Öztürk|2|1|2|1|2|2',
		'Fatima El Amrani|3|3|3|3|3|3',
		'Daan Bakker|1|2|2|3|2|2',
	]);
	await expect(checklist.note('Zoë Öztürk')).toHaveValue('Ouders spreken weinig Nederlands.');

	// The comparison: who went down, who stayed low.
	const rows = await checklist.comparison();
	expect(rows.map((r) => [r[0], r[7], r[8], r[9], r[10], r[11]])).toEqual([
		['Sam de Vries', '3,7', '3,8', '+0,2', 'Geen', 'Vader ook uitnodigen.'],
		[
			'Zoë Öztürk',
			'1,7',
			'1,7',
			'0,0',
			'Bleef laag, Lager op een onderwerp',
			'Huisbezoek met de intern begeleider.',
		],
		['Fatima El Amrani', '3,0', '2,3', '−0,7', 'Gedaald', 'Bellen in plaats van mailen.'],
		['Daan Bakker', '2,0', '3,2', '+1,2', 'Geen', 'Oma aanspreken bij het ophalen.'],
	]);
	expect(rows[2]!.slice(1, 7)).toEqual(['3 → 2', '3 → 2', '3 → 3', '3 → 2', '3 → 3', '3 → 2']);
	await expect(checklist.compareSummary).toHaveText(
		'4 van 4 leerlingen zijn in beide rondes ingevuld. 2 vragen aandacht.',
	);
	await page.getByLabel('Alleen leerlingen die aandacht vragen').check();
	expect((await checklist.comparison()).map((r) => r[0])).toEqual([
		'Zoë Öztürk',
		'Fatima El Amrani',
	]);
	// The class summary: a chart and a table with the same figures.
	await expect(checklist.summaryTable.locator('tbody tr').first()).toHaveText(
		/Ouder op gesprek en ouderavond\s*2,5\s*2,8\s*2 → 2/,
	);
	await expect(checklist.chart.locator('.co__chart-row')).toHaveCount(6);

	// Excel: a sheet per round, the comparison and the summary, read back with the site's own reader.
	const xlsx = await checklist.exportXlsx();
	expect(xlsx.name).toBe('checklist-oudercontact-5a.xlsx');
	await expect(checklist.exportStatus).toHaveText('Het Excel-bestand staat in je downloads.');
	const sheets = readXlsx(new Uint8Array(xlsx.bytes));
	expect(sheets.map((s) => s.name)).toEqual([
		'Voor de herfstvakantie',
		'Na de kerstvakantie',
		'Vergelijking',
		'Samenvatting',
	]);
	expect(sheets[0]!.rows[0]).toEqual([
		'Nr.',
		'Roepnaam',
		'Tussenvoegsel',
		'Achternaam',
		'Ouder op gesprek en ouderavond',
		'Ouder zoekt mij makkelijk op',
		'Ik zoek de ouder makkelijk op',
		'Ik ken het gezin',
		'Thuis leert en krijgt het kind steun',
		'Ik ken andere belangrijke volwassenen',
		'Gemiddelde',
		'Notitie',
		'Verbeterstap',
	]);
	expect(sheets[0]!.rows[2]).toEqual([
		'2',
		'Zoë',
		'',
		'Öztürk',
		'2',
		'1',
		'2',
		'1',
		'2',
		'2',
		'1.7',
		'Ouders spreken weinig Nederlands.',
		'Tolk regelen voor het gesprek.',
	]);
	expect(sheets[1]!.rows[3]!.slice(1, 10)).toEqual([
		'Fatima',
		'El',
		'Amrani',
		'2',
		'2',
		'3',
		'2',
		'3',
		'2',
	]);
	expect(sheets[2]!.rows[3]!.slice(-3)).toEqual([
		'-0.7',
		'Gedaald',
		'Bellen in plaats van mailen.',
	]);
	expect(sheets[3]!.rows[1]!.slice(0, 5)).toEqual([
		'Ouder op gesprek en ouderavond',
		'Contact',
		'2.5',
		'2',
		'4',
	]);

	// Backup: export, wipe, import, and everything is as it was.
	const comparisonBefore = await checklist.comparison();
	const backup = await checklist.data.exportBackup();
	await checklist.data.wipe();
	expect(await checklist.stored()).toBeNull();
	expect(await checklist.scores()).toEqual(PUPILS.map((name) => `${name}|-|-|-|-|-|-`));
	await checklist.data.importBackup(backup, { replacing: false });
	await checklist.data.waitUntilSaved();
	expect(await checklist.stored()).toEqual(stored);
	expect(await checklist.comparison()).toEqual(comparisonBefore);
	await checklist.roundSelect.selectOption({ index: 1 });
	await expect(checklist.step('Fatima El Amrani')).toHaveValue('Bellen in plaats van mailen.');
});

/** Puts one class in the class list on this device, as the class list page would have saved it. */
async function seedClass(
	page: import('@playwright/test').Page,
	pupils: { firstName: string; infix?: string; lastName?: string }[],
	name = 'Groep 6',
) {
	await page.goto(ChecklistPage.path);
	await page.evaluate(
		({ pupils, name }) =>
			localStorage.setItem(
				'gereedschapskist:klassenlijst',
				JSON.stringify({
					version: 1,
					revision: 1,
					savedAt: '',
					data: {
						activeClassId: 'k1',
						classes: [
							{
								id: 'k1',
								name,
								pupils: pupils.map((p, i) => ({ id: `l${i + 1}`, infix: '', lastName: '', ...p })),
							},
						],
					},
				}),
			),
		{ pupils, name },
	);
	await page.reload();
}

test('a pupil named like a formula exports as text in CSV and in Excel', async ({ page }) => {
	const formula = '=HYPERLINK("http://x","y")';
	await seedClass(page, [{ firstName: formula, lastName: 'Test' }, { firstName: 'Sam' }]);
	const checklist = new ChecklistPage(page);
	await checklist.score(`${formula} Test`, 'Ik ken het gezin').selectOption('3');
	await checklist.note(`${formula} Test`).fill('@SUM(A1)');

	const csvFile = await checklist.exportCsv();
	const text = csvFile.bytes.toString('utf8');
	expect(text.startsWith('\uFEFF')).toBe(true);
	// Excel reads a cell that starts with an apostrophe as text: the formula never runs.
	expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
	expect(text).toContain("'@SUM(A1)");
	expect(text).not.toMatch(/(^|;)=HYPERLINK/m);
	const [heading, row] = parseCsv(text);
	expect(heading!.slice(0, 6)).toEqual([
		'Ronde',
		'Datum',
		'Nr.',
		'Roepnaam',
		'Tussenvoegsel',
		'Achternaam',
	]);
	expect(row!.slice(3, 6)).toEqual([formula, '', 'Test']);

	const xlsx = await checklist.exportXlsx();
	const parts = readZip(new Uint8Array(xlsx.bytes), () => true);
	for (const [name, bytes] of parts) {
		if (!name.startsWith('xl/worksheets/')) continue;
		const xml = new TextDecoder().decode(bytes);
		// No formula anywhere; the name is an inline text cell with the quote-prefix style (4).
		expect(xml, name).not.toContain('<f>');
		if (name.endsWith('sheet1.xml'))
			expect(xml).toMatch(
				/<c r="B2" s="4" t="inlineStr"><is><t>=HYPERLINK\(&quot;http:\/\/x&quot;,&quot;y&quot;\)<\/t><\/is><\/c>/,
			);
	}
	const sheets = readXlsx(new Uint8Array(xlsx.bytes));
	expect(sheets[0]!.rows[1]!.slice(1, 4)).toEqual([formula, '', 'Test']);
	expect(sheets[2]!.rows[1]![0]).toBe(formula);
	// And on the page it is just text.
	await expect(checklist.scoreTable.locator('tbody th').first()).toHaveText(`${formula} Test`);
});

test('the spreadsheet code loads only when the teacher asks for a file', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await seedClass(page, [{ firstName: 'Sam' }, { firstName: 'Eva' }]);
	const checklist = new ChecklistPage(page);
	await checklist.fillByKeyboard([{ scores: [1, 2, 3, 4, 3, 2], note: 'Even bellen' }]);
	await page.getByRole('button', { name: 'Lijst afdrukken…' }).click();
	await page.waitForLoadState('networkidle');
	const atStart = [...scripts];
	expect(atStart.some((path) => /\/(xlsx|zip|csv|tables)\.[^/]*\.js$/.test(path))).toBe(false);
	for (const path of atStart) {
		const code = await (await page.request.get(path)).text();
		expect(code, path).not.toContain('spreadsheetml');
		expect(code, path).not.toContain('PK\\x03\\x04');
	}
	await checklist.exportXlsx();
	const afterXlsx = scripts.filter((path) => !atStart.includes(path));
	expect(afterXlsx.some((path) => /\/xlsx\.[^/]*\.js$/.test(path))).toBe(true);
	await checklist.exportCsv();
	expect(scripts.some((path) => /\/csv\.[^/]*\.js$/.test(path))).toBe(true);
});

test('prints the list of a round and the comparison on A4 landscape', async ({ page }) => {
	await seedClass(
		page,
		[
			{ firstName: 'Zoë', lastName: 'Öztürk' },
			{ firstName: 'Sam', infix: 'de', lastName: 'Vries' },
		],
		'Groep 6b',
	);
	const checklist = new ChecklistPage(page);
	await checklist.fillByKeyboard([
		{ scores: [3, 3, 3, 3, 3, 3], step: 'Vader bellen over het voetbal.' },
		{ scores: [1, 1, 2, 1, 1, 2] },
	]);
	await checklist.roundSelect.selectOption({ index: 1 });
	await checklist.fillByKeyboard([{ scores: [2, 2, 2, 3, 2, 2] }, { scores: [1, 2, 1, 1, 1, 2] }]);
	await checklist.data.waitUntilSaved();

	await checklist.roundSelect.selectOption({ index: 0 });
	const printer = await PrintRecorder.start(page);
	const list = await printer.printFrom(page.getByRole('button', { name: 'Lijst afdrukken…' }), {
		printBackground: true,
	});
	expect(pdfInfo(list)).toMatch(/Page size:\s+841\.\d+ x 59\d\.\d+ pts \(A4\)/);
	const listText = pdfText(list);
	expect(listText).toContain('Checklist oudercontact – Groep 6b');
	expect(listText).toContain('Voor de herfstvakantie');
	expect(listText).toMatch(/Zoë Öztürk\s+3\s+3\s+3\s+3\s+3\s+3\s+3,0/);
	expect(listText).toMatch(/Vader bellen over/);
	expect(listText).toContain('1 – Klopt niet');
	// Nothing of the page around it: no buttons, no data block.
	expect(listText).not.toContain('Reservekopie');

	const comparison = await printer.printFrom(
		page.getByRole('button', { name: 'Vergelijking afdrukken…' }),
		{ printBackground: true },
	);
	expect(pdfInfo(comparison)).toMatch(/Page size:\s+841\.\d+ x 59\d\.\d+ pts \(A4\)/);
	const comparisonText = pdfText(comparison);
	expect(comparisonText).toContain('vergelijking');
	expect(comparisonText).toMatch(/Zoë Öztürk.*3,0\s+2,2\s+−0,8\s+Gedaald/);
	expect(comparisonText).toMatch(/Sam de Vries.*Bleef laag/);
	expect(comparisonText).toContain('De klas per onderwerp');
});

test('the team adapts the list: items, the scale, and the set for childcare, sport and culture', async ({
	page,
}) => {
	await seedClass(page, [{ firstName: 'Zoë', lastName: 'Öztürk' }]);
	const checklist = new ChecklistPage(page);
	await checklist.score('Zoë Öztürk', 'Ik ken het gezin').selectOption('4');
	await checklist.openSettings();
	// Edit an item's heading: the column follows.
	await page.getByLabel('Onderwerp 4: kolomkop').fill('Ik weet hoe het gezin eruitziet');
	await expect(checklist.score('Zoë Öztürk', 'Ik weet hoe het gezin eruitziet')).toHaveValue('4');
	// Add one to Contact, remove one (the page asks first).
	await page.getByRole('button', { name: '+ Onderwerp bij Contact' }).click();
	await page.getByLabel('Onderwerp 2: kolomkop').fill('Ouder op de koffieochtend');
	await expect(checklist.scoreTable.locator('thead th.co__item')).toHaveCount(7);
	await page
		.getByRole('button', { name: 'Onderwerp "Ik ken andere belangrijke volwassenen" verwijderen' })
		.click();
	await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
	await expect(checklist.scoreTable.locator('thead th.co__item')).toHaveText([
		'Ouder op gesprek en ouderavond',
		'Ouder op de koffieochtend',
		'Ouder zoekt mij makkelijk op',
		'Ik zoek de ouder makkelijk op',
		'Ik weet hoe het gezin eruitziet',
		'Thuis leert en krijgt het kind steun',
	]);
	// The scale: rename a step, drop the top one (a score on it moves down).
	await page.getByLabel('Stap 2').fill('Soms');
	await expect(page.locator('[data-legend]')).toContainText('2 – Soms');
	await page.getByRole('button', { name: 'Hoogste stap verwijderen…' }).click();
	await expect(page.getByRole('dialog')).toContainText(
		'Eén score staat op stap 4 ("Klopt helemaal"). Die wordt stap 3.',
	);
	await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
	await expect(checklist.score('Zoë Öztürk', 'Ik weet hoe het gezin eruitziet')).toHaveValue('3');
	await expect(
		checklist.score('Zoë Öztürk', 'Ik weet hoe het gezin eruitziet').locator('option'),
	).toHaveText(['–', '1 – Klopt niet', '2 – Soms', '3 – Klopt grotendeels']);
	await checklist.data.waitUntilSaved();
	await page.reload();
	await expect(checklist.scoreTable.locator('thead th.co__item')).toHaveCount(6);
	// The other set replaces the items, after a question.
	await checklist.openSettings();
	await page.getByLabel(/Kinderopvang, sport en cultuur/).check();
	await page.getByRole('button', { name: 'Deze lijst gebruiken…' }).click();
	await page
		.getByRole('dialog', { name: 'Andere lijst gebruiken?' })
		.getByRole('button', { name: 'Ja, gebruik deze lijst' })
		.click();
	await expect(checklist.scoreTable.locator('thead th.co__group')).toHaveText([
		'Contact',
		'Samenwerking',
	]);
	await expect(checklist.scoreTable.locator('thead th.co__item')).toHaveText([
		'Contact over de ontwikkeling',
		'Belangstelling voor optreden of wedstrijd',
		'Ouder steunt het meedoen',
		'Ouder helpt de club',
	]);
	await expect(checklist.score('Zoë Öztürk', 'Ouder helpt de club')).toHaveValue('');
});

test('rounds: add a third, name and date it, compare any two; at least two stay', async ({
	page,
}) => {
	await seedClass(page, [{ firstName: 'Sam' }]);
	const checklist = new ChecklistPage(page);
	await page.getByRole('button', { name: 'Ronde toevoegen' }).click();
	await expect(checklist.roundName).toBeFocused();
	await page.keyboard.type('Voor de zomervakantie');
	await checklist.roundDate.fill('2027-06-25');
	await expect(checklist.roundSelect.locator('option')).toHaveText([
		'Voor de herfstvakantie',
		'Na de kerstvakantie',
		'Voor de zomervakantie (25 juni 2027)',
	]);
	await expect(page.getByLabel('Latere ronde')).toHaveValue(
		await checklist.roundSelect.inputValue(),
	);
	await expect(page.locator('#co-compare-caption')).toHaveText(
		'Van Voor de herfstvakantie naar Voor de zomervakantie',
	);
	await page.getByRole('button', { name: 'Ronde verwijderen…' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
	await expect(checklist.roundSelect.locator('option')).toHaveCount(2);
	await expect(page.getByRole('button', { name: 'Ronde verwijderen…' })).toBeDisabled();
});

test('without a class list the page sends the teacher there first', async ({ page }) => {
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await expect(page.getByText('Er staat nog geen klas in je klassenlijst.')).toBeVisible();
	await expect(page.locator('[data-fill]')).toBeHidden();
});

test('axe finds nothing with a filled list, the comparison, the settings and a dialog open', async ({
	page,
}) => {
	await seedClass(page, [
		{ firstName: 'Zoë', lastName: 'Öztürk' },
		{ firstName: 'Sam', infix: 'de', lastName: 'Vries' },
	]);
	const checklist = new ChecklistPage(page);
	await checklist.fillByKeyboard([
		{ scores: [3, 3, 3, 3, 3, 3], note: 'Prima contact' },
		{ scores: [1, 1, 2, 1, 1, 2] },
	]);
	await checklist.openSettings();
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Hoogste stap verwijderen…' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await page.keyboard.press('Escape');
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await axeViolations(page)).toEqual([]);
});
