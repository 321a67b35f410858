import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { zipSync } from 'fflate';
import { writeXlsx } from '../../src/lib/export/xlsx';
import { ClassListPage } from './pages/class-list-page';
import { axeViolations } from './support/axe';
import { expect, test } from './support/test';

/** A 50 MB file on disk (Playwright passes larger files by path, as a real file dialog would). */
function bigFile(path: string): string {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, Buffer.alloc(50_000_000, 'a'));
	return path;
}

const csv = (text: string, name = 'klas.csv') => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(text, 'utf8'),
});

/** An export as school systems make them: BOM, semicolons, odd column order, accents, blank lines, an extra column. */
const MESSY =
	'\uFEFFGroep;Achternaam;Roepnaam;Tussenvoegsel;Geboortedatum\r\n5A;Vries;Sam;de;01-02-2017\r\n\r\n5A;Öztürk;Zoë;;\r\n5B;Amrani;Fatima;El;\r\n;;;;\r\n5A;Bakker;Daan;;\r\n';

test.beforeEach(async ({ page }) => {
	test.setTimeout(90_000);
	// No dialog (alert, confirm) may open: the page uses its own <dialog> and never runs typed text.
	page.on('dialog', (dialog) => {
		throw new Error(`Onverwachte dialoog: ${dialog.message()}`);
	});
});

test('imports a messy school export after a preview, and keeps it after a reload', async ({
	page,
}) => {
	const list = new ClassListPage(page);
	await list.goto();
	await expect(list.data.notice).toContainText('Je gegevens blijven op dit apparaat.');
	await list.previewFile(csv(MESSY));
	await expect(
		list.preview.getByRole('heading', { name: 'Dit gebeurt als je inleest' }),
	).toBeFocused();
	await expect(list.preview).toContainText('5A (nieuwe klas): 3 leerlingen erbij.');
	await expect(list.preview).toContainText('5B (nieuwe klas): 1 leerling erbij.');
	await expect(list.preview).toContainText('"Roepnaam" als roepnaam');
	// Nothing changed yet.
	expect(await list.stored()).toBeNull();
	await list.applyImport();
	await expect(list.data.status).toHaveText('4 leerlingen zijn ingelezen.');
	expect(await list.classes()).toEqual(['5A (3)', '5B (1)']);
	await list.classSelect.selectOption({ label: '5A (3)' });
	await expect.poll(() => list.pupils()).toEqual(['Sam|de|Vries', 'Zoë||Öztürk', 'Daan||Bakker']);
	await page.reload();
	await expect(list.data.status).toHaveText(
		'Je eerder ingevulde gegevens zijn geladen van dit apparaat.',
	);
	await expect.poll(() => list.pupils()).toEqual(['Sam|de|Vries', 'Zoë||Öztürk', 'Daan||Bakker']);
});

test('reads an Excel file and a pasted column of names', async ({ page }) => {
	const list = new ClassListPage(page);
	await list.goto();
	const xlsx = writeXlsx([
		{
			name: 'Leerlingen',
			header: true,
			rows: [
				['Voornaam', 'Tussenvoegsel', 'Achternaam'],
				['Liam', 'van', 'Dijk'],
				['Noor', '', 'Yılmaz'],
			],
		},
	]);
	await page.getByLabel('Naam van de nieuwe klas').fill('Groep 3');
	await list.previewFile({
		name: 'export.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: Buffer.from(xlsx),
	});
	await expect(list.preview).toContainText('Groep 3 (nieuwe klas): 2 leerlingen erbij.');
	await list.applyImport();
	await expect.poll(() => list.pupils()).toEqual(['Liam|van|Dijk', 'Noor||Yılmaz']);
	// Pasted from Excel into the same class: one name per line; who is already there is skipped.
	await list.previewPaste('Sam de Vries\nvan Dijk, Liam\n\nMila');
	await expect(list.preview).toContainText(
		'Groep 3: 2 leerlingen erbij, 1 staat er al in en wordt overgeslagen.',
	);
	await list.applyImport();
	await expect
		.poll(() => list.pupils())
		.toEqual(['Liam|van|Dijk', 'Noor||Yılmaz', 'Sam|de|Vries', 'Mila||']);
});

test('a bad file gives a Dutch message and leaves the stored class list as it was', async ({
	page,
}, testInfo) => {
	const list = new ClassListPage(page);
	await list.goto();
	await list.addClass('Groep 5');
	await list.addPupil('Sam', 'de', 'Vries');
	await list.data.waitUntilSaved();
	const before = await list.stored();
	const bomb = zipSync({
		'[Content_Types].xml': new Uint8Array(10),
		'xl/workbook.xml': [new Uint8Array(60 * 1024 * 1024), { level: 9 }],
	});
	const cases: [string, Parameters<ClassListPage['previewFile']>[0], RegExp][] = [
		[
			'verkeerde kolommen',
			csv('Datum;Bedrag;Omschrijving\n1-9;12,50;schoolreis\n'),
			/kolommen met namen zijn niet gevonden/,
		],
		[
			'binaire rommel',
			{
				name: 'klas.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 0]),
			},
			/bevat geen tekst/,
		],
		['50 MB', bigFile(testInfo.outputPath('groot.csv')), /te groot \(50 MB\)/],
		[
			'zipbom',
			{
				name: 'bom.xlsx',
				mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				buffer: Buffer.from(bomb),
			},
			/pakt uit tot meer dan 40 MB/,
		],
	];
	for (const [, file, message] of cases) {
		await list.previewFile(file);
		await expect(list.importProblem).toHaveText(message);
		await expect(list.importProblem).toContainText('De klassenlijst is niet veranderd.');
		await expect(list.preview).toBeHidden();
		expect(await list.stored()).toBe(before);
	}
	await expect.poll(() => list.pupils()).toEqual(['Sam|de|Vries']);
});

test('by keyboard alone: make a class, add pupils, reorder and remove one', async ({ page }) => {
	const list = new ClassListPage(page);
	await list.goto();
	await list.newClassName.focus();
	await page.keyboard.type('Mentorgroep 2C');
	await page.keyboard.press('Enter');
	// Focus moves on to the first field of the new pupil.
	const first = page.locator('[data-add-pupil]').getByLabel('Roepnaam');
	await expect(first).toBeFocused();
	for (const [name, infix, last] of [
		['Ayoub', '', 'Amrani'],
		['Jip', 'van den', 'Berg'],
		['Eva', '', 'Claes'],
	]) {
		await page.keyboard.type(name);
		await page.keyboard.press('Tab');
		await page.keyboard.type(infix);
		await page.keyboard.press('Tab');
		await page.keyboard.type(last);
		await page.keyboard.press('Enter');
		await expect(first).toBeFocused();
	}
	await expect
		.poll(() => list.pupils())
		.toEqual(['Ayoub||Amrani', 'Jip|van den|Berg', 'Eva||Claes']);
	// Move Eva up with the keyboard: focus stays on her button.
	const evaUp = page.getByRole('button', { name: 'Eva Claes omhoog' });
	await evaUp.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Eva Claes omhoog' })).toBeFocused();
	await expect
		.poll(() => list.pupils())
		.toEqual(['Ayoub||Amrani', 'Eva||Claes', 'Jip|van den|Berg']);
	// Remove Jip: the page asks first; Escape cancels, then confirm.
	await page.getByRole('button', { name: 'Jip van den Berg verwijderen' }).focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Jip van den Berg verwijderen?' });
	await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect.poll(() => list.pupils()).toHaveLength(3);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect.poll(() => list.pupils()).toEqual(['Ayoub||Amrani', 'Eva||Claes']);
	// The name in a field can be corrected in place.
	await page.getByRole('textbox', { name: 'Achternaam 2' }).fill('Claessens');
	await list.data.waitUntilSaved();
	await page.reload();
	await expect.poll(() => list.pupils()).toEqual(['Ayoub||Amrani', 'Eva||Claessens']);
});

test('a name that looks like HTML stays text', async ({ page }) => {
	const list = new ClassListPage(page);
	await list.goto();
	await list.addClass('<b>Groep</b> 8');
	await list.addPupil('<img src=x onerror=alert(1)>', '', 'Test');
	await expect(page.locator('[data-pupils] img, [data-class-list] b')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Leerlingen van <b>Groep</b> 8' })).toBeVisible();
	await expect(
		page.getByRole('button', { name: '<img src=x onerror=alert(1)> Test verwijderen' }),
	).toBeVisible();
});

test('backup: export, wipe, import restores exactly', async ({ page }) => {
	const list = new ClassListPage(page);
	await list.goto();
	await list.previewFile(csv(MESSY));
	await list.applyImport();
	await list.data.waitUntilSaved();
	const stored = JSON.parse((await list.stored())!).data;
	const backup = await list.data.exportBackup();
	await list.data.wipe();
	expect(await list.stored()).toBeNull();
	await expect(page.locator('[data-no-classes]')).toBeVisible();
	await list.data.importBackup(backup, { replacing: false });
	await list.data.waitUntilSaved();
	expect(JSON.parse((await list.stored())!).data).toEqual(stored);
	// A backup of another kind is refused and changes nothing.
	await list.data.importBackup(
		JSON.stringify({
			format: 'gereedschapskist-ouderbetrokkenheid',
			template: 'informatiekaart',
			version: 1,
			data: {},
		}),
		{ replacing: false },
	);
	await expect(list.data.problem).toContainText('niet van de klassenlijst. Er is niets veranderd.');
	expect(JSON.parse((await list.stored())!).data).toEqual(stored);
});

test('axe finds nothing with a filled list, the import preview and the confirm dialog open', async ({
	page,
}) => {
	const list = new ClassListPage(page);
	await list.goto();
	await list.previewFile(csv(MESSY));
	await list.applyImport();
	await list.previewPaste('Mila Jansen');
	await expect(list.preview).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Sam de Vries verwijderen' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
