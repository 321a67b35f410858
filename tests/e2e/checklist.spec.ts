import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/lib/export/xlsx';
import { readZip } from '../../src/lib/files/zip';
import { ChecklistPage } from './pages/checklist-page';
import { ClassListPage } from './pages/class-list-page';
import { axeViolations } from './support/axe';
import { expect, test } from './support/test';

/** A class list as school systems export it: BOM, semicolons, odd column order, accents, blank lines. */
const MESSY = '\uFEFFKlas;Achternaam;Roepnaam;Tussenvoegsel;Geboortedatum\r\n5A;Vries;Sam;de;01-02-2017\r\n\r\n5A;Öztürk;Zoë;;\r\n5A;Amrani;Fatima;El;\r\n;;;;\r\n5A;Bakker;Daan;;\r\n';
const PUPILS = ['Sam de Vries', 'Zoë Öztürk', 'Fatima El Amrani', 'Daan Bakker'];

const ROUND_1 = [
	{ scores: [4, 4, 3, 4, 4, 3], note: 'Moeder komt vaak even binnen.', step: 'Vader ook uitnodigen.' },
	{ scores: [2, 1, 2, 1, 2, 2], note: 'Ouders spreken weinig Nederlands.', step: 'Tolk regelen voor het gesprek.' },
	{ scores: [3, 3, 3, 3, 3, 3] },
	{ scores: [1, 2, 2, 3, 2, 2], step: 'Oma aanspreken bij het ophalen.' },
];
const ROUND_2 = [
	{ scores: [4, 4, 4, 4, 4, 3] },
	{ scores: [2, 2, 1, 2, 2, 1], step: 'Huisbezoek met de intern begeleider.' },
	{ scores: [2, 2, 3, 2, 3, 2], note: 'Geen reactie op twee berichten.', step: 'Bellen in plaats van mailen.' },
	{ scores: [3, 3, 3, 3, 4, 3] },
];

const csv = (text: string, name = 'klas.csv') => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

async function importClass(page: import('@playwright/test').Page, text = MESSY) {
	const list = new ClassListPage(page);
	await list.goto();
	await list.previewFile(csv(text));
	await list.applyImport();
	await list.data.waitUntilSaved();
}

function pdfText(bytes: Buffer): string {
	const dir = mkdtempSync(join(tmpdir(), 'checklist-'));
	const file = join(dir, 'lijst.pdf');
	writeFileSync(file, bytes);
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
function pdfInfo(bytes: Buffer): string {
	const dir = mkdtempSync(join(tmpdir(), 'checklist-'));
	const file = join(dir, 'lijst.pdf');
	writeFileSync(file, bytes);
	return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
}

test.beforeEach(async ({ page }) => {
	test.setTimeout(120_000);
	page.on('dialog', (dialog) => {
		throw new Error(`Onverwachte dialoog: ${dialog.message()}`);
	});
});

test('a messy class list, two rounds scored by keyboard, reload, comparison, Excel, and the backup restores exactly', async ({ page }) => {
	await importClass(page);
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await expect(checklist.data.notice).toContainText('Je gegevens blijven op dit apparaat.');
	await expect(checklist.classSelect).toHaveValue(/.+/);
	await expect(checklist.scoreTable.locator('tbody th')).toHaveText(PUPILS);
	await expect(checklist.roundSelect.locator('option')).toHaveText(['Voor de herfstvakantie', 'Na de kerstvakantie']);

	// Round 1, keyboard only.
	await checklist.fillByKeyboard(ROUND_1);
	await expect(checklist.score('Zoë Öztürk', 'Ouder zoekt mij makkelijk op')).toHaveValue('1');
	await expect(checklist.fillCount).toHaveText('4 van 4 leerlingen helemaal ingevuld in deze ronde.');
	await expect(checklist.scoreRows.nth(0).locator('[data-average]')).toHaveText('3,7');
	await checklist.roundDate.fill('2026-10-09');

	// Round 2: choose it with the arrow key, then fill in.
	await checklist.roundSelect.focus();
	await page.keyboard.press('ArrowDown');
	await expect(checklist.roundName).toHaveValue('Na de kerstvakantie');
	await expect(checklist.fillCount).toHaveText('0 van 4 leerlingen helemaal ingevuld in deze ronde.');
	await checklist.fillByKeyboard(ROUND_2);
	await checklist.roundDate.fill('2027-01-22');
	await checklist.data.waitUntilSaved();
	const stored = await checklist.stored();

	await page.reload();
	await expect(checklist.data.status).toHaveText('Je eerder ingevulde gegevens zijn geladen van dit apparaat.');
	expect(await checklist.stored()).toEqual(stored);
	await expect(checklist.roundSelect.locator('option')).toHaveText(['Voor de herfstvakantie (9 oktober 2026)', 'Na de kerstvakantie (22 januari 2027)']);
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
		['Zoë Öztürk', '1,7', '1,7', '0,0', 'Bleef laag, Lager op een onderwerp', 'Huisbezoek met de intern begeleider.'],
		['Fatima El Amrani', '3,0', '2,3', '−0,7', 'Gedaald', 'Bellen in plaats van mailen.'],
		['Daan Bakker', '2,0', '3,2', '+1,2', 'Geen', 'Oma aanspreken bij het ophalen.'],
	]);
	expect(rows[2]!.slice(1, 7)).toEqual(['3 → 2', '3 → 2', '3 → 3', '3 → 2', '3 → 3', '3 → 2']);
	await expect(checklist.compareSummary).toHaveText('4 van 4 leerlingen zijn in beide rondes ingevuld. 2 vragen aandacht.');
	await page.getByLabel('Alleen leerlingen die aandacht vragen').check();
	expect((await checklist.comparison()).map((r) => r[0])).toEqual(['Zoë Öztürk', 'Fatima El Amrani']);
	// The class summary: a chart and a table with the same figures.
	await expect(checklist.summaryTable.locator('tbody tr').first()).toHaveText(/Ouder op gesprek en ouderavond\s*2,5\s*2,8\s*2 → 2/);
	await expect(checklist.chart.locator('.co__chart-row')).toHaveCount(6);

	// Excel: a sheet per round, the comparison and the summary, read back with the site's own reader.
	const xlsx = await checklist.exportXlsx();
	expect(xlsx.name).toBe('checklist-oudercontact-5a.xlsx');
	await expect(checklist.exportStatus).toHaveText('Het Excel-bestand staat in je downloads.');
	const sheets = readXlsx(new Uint8Array(xlsx.bytes));
	expect(sheets.map((s) => s.name)).toEqual(['Voor de herfstvakantie', 'Na de kerstvakantie', 'Vergelijking', 'Samenvatting']);
	expect(sheets[0]!.rows[0]).toEqual(['Nr.', 'Roepnaam', 'Tussenvoegsel', 'Achternaam', 'Ouder op gesprek en ouderavond', 'Ouder zoekt mij makkelijk op', 'Ik zoek de ouder makkelijk op', 'Ik ken het gezin', 'Thuis leert en krijgt het kind steun', 'Ik ken andere belangrijke volwassenen', 'Gemiddelde', 'Notitie', 'Verbeterstap']);
	expect(sheets[0]!.rows[2]).toEqual(['2', 'Zoë', '', 'Öztürk', '2', '1', '2', '1', '2', '2', '1.7', 'Ouders spreken weinig Nederlands.', 'Tolk regelen voor het gesprek.']);
	expect(sheets[1]!.rows[3]!.slice(1, 10)).toEqual(['Fatima', 'El', 'Amrani', '2', '2', '3', '2', '3', '2']);
	expect(sheets[2]!.rows[3]!.slice(-3)).toEqual(['-0.7', 'Gedaald', 'Bellen in plaats van mailen.']);
	expect(sheets[3]!.rows[1]!.slice(0, 5)).toEqual(['Ouder op gesprek en ouderavond', 'Contact', '2.5', '2', '4']);

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
