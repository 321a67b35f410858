import { readFileSync } from 'node:fs';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { TemplateDataBlock } from './template-data';

export const INFORMATIEKAART_PATH = '/sjablonen/informatiekaart/';

/** The informatiekaart maker (`/sjablonen/informatiekaart/`): form, live preview, print sheet, exports. */
export class InformatiekaartPage {
	readonly form: Locator;
	/** The card in the preview. */
	readonly card: Locator;
	/** The cards on the (hidden) print sheet. */
	readonly printCards: Locator;
	readonly schoolName: Locator;
	readonly formStatus: Locator;
	readonly exportStatus: Locator;
	readonly dataStatus: Locator;
	readonly problem: Locator;
	readonly fitStatus: Locator;
	/** The kit's data block: save status, backup, wipe. */
	readonly data: TemplateDataBlock;

	constructor(readonly page: Page) {
		this.data = new TemplateDataBlock(page);
		this.form = page.locator('form[data-form]');
		this.card = page.locator('[data-preview-scaler] .ik-card');
		this.printCards = page.locator('.gk-print .ik-card');
		this.schoolName = page.getByLabel('Naam van de school');
		this.formStatus = page.locator('[data-save-status]');
		this.exportStatus = page.locator('[data-exports] [data-action-message]');
		this.dataStatus = page.locator('[data-save-status]');
		this.problem = page.locator('[data-storage-problem]');
		this.fitStatus = page.locator('[data-fit-status]');
	}

	async goto() {
		await this.page.goto(INFORMATIEKAART_PATH);
		await expect(this.schoolName).toBeVisible();
	}

	/** A field of the form by its visible label, within a list row when `row` is given. */
	field(label: string | RegExp, row?: Locator): Locator {
		return (row ?? this.form).getByLabel(label, { exact: typeof label === 'string' });
	}

	/** Row n (from 1) of a list, by the legend's noun: `row('Contactmoment', 2)`. */
	row(noun: string, n: number): Locator {
		return this.form
			.locator('.gk-row')
			.filter({ has: this.page.locator(`legend:text-is("${noun} ${n}")`) })
			.first();
	}

	addButton(label: string): Locator {
		return this.form.getByRole('button', { name: `+ ${label}` });
	}

	/** Presses Tab until `target` has the focus (keyboard only, as a user without a mouse). */
	async tabTo(target: Locator, max = 150) {
		for (let i = 0; i < max; i++) {
			if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
				return;
			await this.page.keyboard.press('Tab');
		}
		throw new Error(`Niet bereikt met Tab: ${target}`);
	}

	async expectFocused(target: Locator) {
		await expect(target).toBeFocused();
	}

	/** Waits until the autosave has written the card. */
	async expectSaved() {
		await this.data.waitUntilSaved();
	}

	/** The card's data as stored in the browser. */
	async stored(): Promise<unknown> {
		return this.page.evaluate(
			() =>
				JSON.parse(localStorage.getItem('gereedschapskist:informatiekaart') ?? 'null')?.data ??
				null,
		);
	}

	private async download(button: Locator): Promise<Download> {
		const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
		return download;
	}

	async downloadBytes(button: Locator): Promise<{ name: string; bytes: Buffer }> {
		const download = await this.download(button);
		return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
	}

	exportButton(
		name: 'Word-bestand (.docx)' | 'Agenda (.ics)' | 'Kaart bewaren (.json)' | 'Afdrukken…',
	): Locator {
		return this.page.locator('[data-exports]').getByRole('button', { name, exact: true });
	}

	async exportDocx() {
		return this.downloadBytes(this.exportButton('Word-bestand (.docx)'));
	}

	async exportIcs() {
		return this.downloadBytes(this.exportButton('Agenda (.ics)'));
	}

	async exportJson() {
		return this.downloadBytes(this.exportButton('Kaart bewaren (.json)'));
	}

	/** Reads a JSON file through "Kaart inlezen"; with `confirm`, answers the dialog that asks before replacing a filled-in card. */
	async importJson(file: { name: string; mimeType: string; buffer: Buffer }, confirm?: boolean) {
		const [chooser] = await Promise.all([
			this.page.waitForEvent('filechooser'),
			this.page
				.locator('[data-exports]')
				.getByRole('button', { name: 'Kaart inlezen (.json)…' })
				.click(),
		]);
		await chooser.setFiles(file);
		if (confirm === undefined) return;
		await this.page
			.getByRole('dialog', { name: 'Reservekopie inlezen?' })
			.getByRole('button', { name: confirm ? 'Inlezen en vervangen' : 'Annuleren' })
			.click();
	}

	async wipe() {
		await this.data.wipe();
	}

	/** The order of the date field's parts in this browser (its own language decides, not the page's). */
	private dateOrder: 'dmy' | 'mdy' | undefined;

	/**
	 * Types a date (`2026-09-08`) into the focused date field, as a user does: digit by digit in the
	 * order the field shows (dd-mm-jjjj in a Dutch browser, mm/dd/yyyy in an American one). The
	 * first time it types a date that reads both ways, to learn the order, and clears it again.
	 */
	async typeDate(field: Locator, iso: string) {
		const keyboard = this.page.keyboard;
		const [y, m, d] = iso.split('-') as [string, string, string];
		if (!this.dateOrder) {
			await keyboard.type('01022026');
			this.dateOrder = (await field.inputValue()) === '2026-02-01' ? 'dmy' : 'mdy';
			// Clear the three parts, from the last back to the first.
			for (let i = 0; i < 3; i++) {
				await keyboard.press('Backspace');
				if (i < 2) await keyboard.press('Shift+Tab');
			}
			await expect(field).toHaveValue('');
		}
		await keyboard.type(this.dateOrder === 'dmy' ? `${d}${m}${y}` : `${m}${d}${y}`);
		await expect(field).toHaveValue(iso);
	}

	/** Types a time (`08:15`) into the focused time field; in a 12-hour browser it adds AM or PM. */
	async typeTime(field: Locator, time: string) {
		await this.page.keyboard.type(time.replace(':', ''));
		if ((await field.inputValue()) !== time)
			await this.page.keyboard.type(Number(time.slice(0, 2)) < 12 ? 'A' : 'P');
		await expect(field).toHaveValue(time);
	}

	/**
	 * Fills in a small card with the keyboard only, in the form's order: school and class, a contact
	 * moment with date and time, how to report illness, a holiday. Returns what it typed.
	 */
	async fillByKeyboard(school = 'Basisschool De Regenboog') {
		const keyboard = this.page.keyboard;
		await this.tabTo(this.schoolName);
		await keyboard.type(school);
		await keyboard.press('Tab');
		await expect(this.field('Groep')).toBeFocused();
		await keyboard.type('Groep 5');

		// A contact moment: Enter on "add" puts the focus in the new row.
		await this.tabTo(this.addButton('Contactmoment toevoegen'));
		await keyboard.press('Enter');
		const moment = this.row('Contactmoment', 1);
		await expect(this.field('Wat', moment)).toBeFocused();
		await expect(this.formStatus).toHaveText('Contactmoment 1 toegevoegd.');
		await keyboard.press('Tab');
		await expect(this.field('Datum', moment)).toBeFocused();
		await this.typeDate(this.field('Datum', moment), '2026-09-08');
		await this.tabTo(this.field('Begintijd', moment));
		await this.typeTime(this.field('Begintijd', moment), '15:00');
		await this.tabTo(this.field('Eindtijd', moment));
		await this.typeTime(this.field('Eindtijd', moment), '15:30');

		await this.tabTo(this.field('Hoe melden ouders hun kind ziek?'));
		await keyboard.type('Bel de school.');
		await keyboard.press('Tab');
		// Past the example sentences' disclosure to the time field.
		await this.tabTo(this.field('Vóór hoe laat?'));
		await this.typeTime(this.field('Vóór hoe laat?'), '08:15');

		await this.tabTo(this.addButton('Vakantie of studiedag toevoegen'));
		await keyboard.press('Enter');
		const holiday = this.row('Vrije dag of vakantie', 1);
		await expect(this.field('Wat', holiday)).toBeFocused();
		await keyboard.press('Tab');
		await expect(this.field('Eerste dag', holiday)).toBeFocused();
		await this.typeDate(this.field('Eerste dag', holiday), '2026-10-19');
		await this.tabTo(this.field('Laatste dag', holiday));
		await this.typeDate(this.field('Laatste dag', holiday), '2026-10-23');

		return { school };
	}

	async chooseLanguage(language: string, layout: 'side' | 'alone' = 'side') {
		await this.field('Taal voor ouders').selectOption(language);
		if (layout === 'alone') await this.form.getByLabel(/^Alleen in het/).check();
	}
}
