import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { TemplateDataBlock } from './template-data';

export const STARTGESPREK_PATH = '/sjablonen/startgesprek/';

export interface SeedPupil {
	id: string;
	firstName: string;
	infix?: string;
	lastName?: string;
}

/** Puts a class list on this device, as the class list page would have saved it. */
export async function seedClassList(
	page: Page,
	classes: { id: string; name: string; pupils: SeedPupil[] }[],
) {
	await page.evaluate((list) => {
		const data = {
			classes: list.map((c) => ({
				...c,
				pupils: c.pupils.map((p) => ({ infix: '', lastName: '', ...p })),
			})),
			activeClassId: list[0]?.id ?? null,
		};
		localStorage.setItem(
			'gereedschapskist:klassenlijst',
			JSON.stringify({ version: 1, revision: 1, savedAt: new Date().toISOString(), data }),
		);
	}, classes);
}

/** A class of `count` pupils: ids l1…, first names from a list, surnames numbered so they are unique. */
export function makeClass(
	count: number,
	id = 'k1',
	name = 'Groep 5',
): { id: string; name: string; pupils: SeedPupil[] } {
	const names = [
		'Sam',
		'Eva',
		'Noah',
		'Yara',
		'Daan',
		'Lina',
		'Milan',
		'Sara',
		'Finn',
		'Aya',
		'Levi',
		'Zoë',
		'Adam',
		'Nora',
		'Bram',
		'Hiba',
		'Luuk',
		'Mila',
		'Omar',
		'Fenna',
		'Jesse',
		'Ilse',
		'Kees',
		'Roos',
		'Emre',
		'Olena',
		'Piotr',
		'Amir',
	];
	return {
		id,
		name,
		pupils: Array.from({ length: count }, (_, i) => ({
			id: `l${i + 1}`,
			firstName: names[i % names.length]!,
			lastName: `Leerling${String(i + 1).padStart(2, '0')}`,
		})),
	};
}

/** The startgesprek planner (`/sjablonen/startgesprek/`). */
export class StartgesprekPage {
	readonly data: TemplateDataBlock;
	readonly teacher: Locator;
	readonly school: Locator;
	readonly place: Locator;
	readonly slotMinutes: Locator;
	readonly days: Locator;
	readonly conflicts: Locator;
	readonly pupilRows: Locator;
	readonly schedule: Locator;
	readonly letterText: Locator;
	readonly letterLanguage: Locator;
	readonly preview: Locator;
	readonly previewPupil: Locator;
	readonly printSheet: Locator;
	readonly status: Locator;
	readonly exportStatus: Locator;

	constructor(readonly page: Page) {
		this.data = new TemplateDataBlock(page);
		this.teacher = page.getByLabel('Je naam, zoals je de brief ondertekent');
		this.school = page.getByLabel('Naam van de school');
		this.place = page.getByLabel('Waar is het gesprek?');
		this.slotMinutes = page.getByLabel('Hoe lang duurt één gesprek? (minuten)');
		this.days = page.locator('[data-days] > li');
		this.conflicts = page.locator('[data-conflict-list]');
		this.pupilRows = page.locator('[data-pupil-rows] tr');
		this.schedule = page.locator('[data-schedule]');
		this.letterText = page.locator('[data-letter-text]');
		this.letterLanguage = page.getByLabel('Tekst bewerken in');
		this.preview = page.locator('[data-letter-preview]');
		this.previewPupil = page.getByLabel('Voorbeeld van de brief voor');
		this.printSheet = page.locator('.gk-print');
		this.status = this.data.status;
		this.exportStatus = page.locator('[data-exports] [data-action-message]');
	}

	async goto() {
		await this.page.goto(STARTGESPREK_PATH);
		await expect(this.data.status).not.toBeEmpty();
	}

	/** Adds a day with "Dag toevoegen" and fills in its date and times. */
	async addDay(date: string, start: string, end: string) {
		const index = await this.days.count();
		await this.page.getByRole('button', { name: 'Dag toevoegen' }).click();
		const day = this.days.nth(index);
		await day.getByLabel('Datum').fill(date);
		await day.getByLabel('Eerste gesprek om').fill(start);
		await day.getByLabel('Klaar om').fill(end);
		return day;
	}

	async addBreak(day: Locator, start: string, end: string) {
		await day.getByRole('button', { name: 'Pauze toevoegen' }).click();
		const pause = day.getByRole('group', { name: /^Pauze \d+$/ }).last();
		await pause.getByLabel(/^Pauze \d+ van$/).fill(start);
		await pause.getByLabel('tot').fill(end);
	}

	async autoAssign({ confirm = false } = {}) {
		await this.page.getByRole('button', { name: 'Automatisch indelen…' }).click();
		if (confirm)
			await this.page
				.getByRole('dialog', { name: 'Alle tijden opnieuw verdelen?' })
				.getByRole('button', { name: 'Ja, verdeel opnieuw' })
				.click();
	}

	timeOf(name: string): Locator {
		return this.page.getByLabel(`Tijd van ${name}`, { exact: true });
	}

	languageOf(name: string): Locator {
		return this.page.getByLabel(`Taal van de brief voor ${name}`, { exact: true });
	}

	/** The selected time of a pupil as shown ("di 1 sep., 13:00–13:20" or "Geen tijd"). */
	async shownTime(name: string): Promise<string> {
		return (await this.timeOf(name).locator('option:checked').innerText()).replace(
			/ \(bezet: .*\)$/,
			'',
		);
	}

	async swap(first: string, second: string) {
		for (const [label, name] of [
			['Leerling', first],
			['ruilt met', second],
		] as const) {
			const select = this.page.getByLabel(label, { exact: true });
			const value = await select
				.locator('option', { hasText: `${name} (` })
				.first()
				.getAttribute('value');
			await select.selectOption(value!);
		}
		await this.page.getByRole('button', { name: 'Ruilen', exact: true }).click();
	}

	async choosePrint(what: 'letters' | 'schedule') {
		await this.page
			.getByLabel(what === 'letters' ? 'De brieven, één per pagina' : 'Het rooster')
			.check();
	}

	private async download(button: string): Promise<{ name: string; bytes: Buffer }> {
		const download = this.page.waitForEvent('download');
		await this.page.getByRole('button', { name: button }).click();
		const file = await download;
		return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
	}

	exportDocx() {
		return this.download('Alle brieven als Word-bestand (.docx)');
	}

	exportIcs() {
		return this.download('Rooster voor je agenda (.ics)');
	}

	/** Types a date into a focused date field, in the order the browser's locale shows (day or month first). */
	async typeDate(field: Locator, iso: string) {
		const [y, m, d] = iso.split('-') as [string, string, string];
		await this.page.keyboard.type('01022026');
		const dayFirst = (await field.inputValue()) === '2026-02-01';
		for (let i = 0; i < 3; i++) {
			await this.page.keyboard.press('Backspace');
			if (i < 2) await this.page.keyboard.press('Shift+Tab');
		}
		await this.page.keyboard.type(dayFirst ? `${d}${m}${y}` : `${m}${d}${y}`);
		await expect(field).toHaveValue(iso);
	}

	/** With the keyboard only: a day (default times), assign everyone, swap the first two. */
	async planByKeyboard(date: string) {
		const keyboard = this.page.keyboard;
		const index = await this.days.count();
		await this.page.getByRole('button', { name: 'Dag toevoegen' }).focus();
		await keyboard.press('Enter');
		const dateField = this.days.nth(index).getByLabel('Datum');
		await expect(dateField).toBeFocused();
		await this.typeDate(dateField, date);
		await this.page.getByRole('button', { name: 'Automatisch indelen…' }).focus();
		await keyboard.press('Enter');
		await this.page.getByRole('button', { name: 'Ruilen', exact: true }).focus();
		await keyboard.press('Enter');
		await expect(this.status).toContainText('Geruild.');
	}

	async expectSaved() {
		await this.data.waitUntilSaved();
	}
}
