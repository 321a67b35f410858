import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { TemplateDataBlock } from './template-data';

export const KWALITEITSKAART_PATH = '/sjablonen/kwaliteitskaart/';

/** The kwaliteitskaart maker (`/sjablonen/kwaliteitskaart/`): form, coverage of the ten factors, preview, print sheet, exports. */
export class KwaliteitskaartPage {
	readonly form: Locator;
	/** The card in the preview. */
	readonly card: Locator;
	/** The card on the (hidden) print sheet. */
	readonly printCard: Locator;
	readonly schoolName: Locator;
	readonly formStatus: Locator;
	readonly coverage: Locator;
	readonly coverageStatus: Locator;
	readonly exportStatus: Locator;
	readonly data: TemplateDataBlock;

	constructor(readonly page: Page) {
		this.data = new TemplateDataBlock(page);
		this.form = page.locator('form[data-form]');
		this.card = page.locator('[data-preview] .kk-card');
		this.printCard = page.locator('.gk-print .kk-card');
		this.schoolName = page.getByLabel('Naam van de school');
		this.formStatus = page.locator('[data-save-status]');
		this.coverage = page.locator('section.kk-coverage');
		this.coverageStatus = page.locator('[data-coverage-status]');
		this.exportStatus = page.locator('[data-exports] [data-action-message]');
	}

	async goto() {
		await this.page.goto(KWALITEITSKAART_PATH);
		await expect(this.schoolName).toBeVisible();
	}

	/** A field by its visible label, within a row when given. */
	field(label: string, row?: Locator): Locator {
		return (row ?? this.form).getByLabel(label, { exact: true });
	}

	/** Row n (from 1) of a list, by the legend's noun: `row('Afspraak', 2)`. */
	row(noun: string, n: number): Locator {
		return this.form
			.locator('.gk-row')
			.filter({ has: this.page.locator(`legend:text-is("${noun} ${n}")`) })
			.first();
	}

	addButton(label: string): Locator {
		return this.form.getByRole('button', { name: `+ ${label}` });
	}

	/** The factor checkbox "n. title" in an agreement row. */
	factorBox(row: Locator, n: number): Locator {
		return row.getByRole('checkbox', { name: new RegExp(`^${n}\\. `) });
	}

	/** Adds an agreement with a title, a text and the factors it serves. */
	async addAgreement(title: string, text: string, factors: number[]) {
		await this.addButton('Afspraak toevoegen').click();
		const count = await this.form
			.locator('.gk-row')
			.filter({ has: this.page.locator('legend:text-matches("^Afspraak \\\\d+$")') })
			.count();
		const row = this.row('Afspraak', count);
		await this.field('Onderwerp', row).fill(title);
		await this.field('De afspraak', row).fill(text);
		for (const n of factors) await this.factorBox(row, n).check();
	}

	/** The numbers of the factors the coverage lists as open. */
	async openFactors(): Promise<number[]> {
		return (
			await this.coverage
				.locator('[data-open] > li')
				.evaluateAll((items) => items.map((li) => li.getAttribute('data-factor')))
		).map(Number);
	}

	async coveredFactors(): Promise<number[]> {
		return (
			await this.coverage
				.locator('[data-covered] > li')
				.evaluateAll((items) => items.map((li) => li.getAttribute('data-factor')))
		).map(Number);
	}

	/** Presses Tab until `target` has the focus (keyboard only). */
	async tabTo(target: Locator, max = 200) {
		for (let i = 0; i < max; i++) {
			if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
				return;
			await this.page.keyboard.press('Tab');
		}
		throw new Error(`Niet bereikt met Tab: ${target}`);
	}

	async expectSaved() {
		await this.data.waitUntilSaved();
	}

	/** The card's data as stored in the browser. */
	async stored(): Promise<unknown> {
		return this.page.evaluate(
			() =>
				JSON.parse(localStorage.getItem('gereedschapskist:kwaliteitskaart') ?? 'null')?.data ??
				null,
		);
	}

	exportButton(
		name: 'Word-bestand (.docx)' | 'Kaart bewaren (.json)' | 'Afdrukken (A4)…',
	): Locator {
		return this.page.locator('[data-exports]').getByRole('button', { name, exact: true });
	}

	async downloadBytes(button: Locator): Promise<{ name: string; bytes: Buffer }> {
		const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
		return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
	}

	exportDocx() {
		return this.downloadBytes(this.exportButton('Word-bestand (.docx)'));
	}

	exportJson() {
		return this.downloadBytes(this.exportButton('Kaart bewaren (.json)'));
	}

	async importJson(file: { name: string; mimeType: string; buffer: Buffer }) {
		const [chooser] = await Promise.all([
			this.page.waitForEvent('filechooser'),
			this.page
				.locator('[data-exports]')
				.getByRole('button', { name: 'Kaart inlezen (.json)…' })
				.click(),
		]);
		await chooser.setFiles(file);
	}

	async exampleCard() {
		await this.page.getByRole('button', { name: 'Voorbeeldkaart invullen…' }).click();
		const dialog = this.page.getByRole('dialog', { name: 'Voorbeeldkaart invullen?' });
		if (await dialog.isVisible().catch(() => false))
			await dialog.getByRole('button', { name: 'Ja, vul het voorbeeld in' }).click();
		await expect(this.row('Afspraak', 1)).toBeVisible();
	}

	/**
	 * With the keyboard only: the school's name, then an agreement (add, title, text, one factor
	 * ticked with the space bar), and one example agreement taken over.
	 */
	async fillByKeyboard(school = 'Basisschool De Regenboog') {
		const keyboard = this.page.keyboard;
		await this.tabTo(this.schoolName);
		await keyboard.type(school);
		await this.tabTo(this.addButton('Afspraak toevoegen'));
		await keyboard.press('Enter');
		const row = this.row('Afspraak', 1);
		await expect(this.field('Onderwerp', row)).toBeFocused();
		await expect(this.formStatus).toHaveText('Afspraak 1 toegevoegd.');
		await keyboard.type('Welkom bij de deur');
		await keyboard.press('Tab');
		await expect(this.field('De afspraak', row)).toBeFocused();
		await keyboard.type('Elke ochtend staat de leerkracht bij de deur van de klas.');
		await keyboard.press('Tab');
		await expect(this.factorBox(row, 1)).toBeFocused();
		await keyboard.press('Space');
		await expect(this.factorBox(row, 1)).toBeChecked();
		return { school };
	}
}
