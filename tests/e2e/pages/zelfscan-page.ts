import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { TemplateDataBlock } from './template-data';

export const ZELFSCAN_PATH = '/sjablonen/zelfscan/';

/** The zelfscan succesfactoren (`/sjablonen/zelfscan/`): scans, ratings, result, comparison, advice. */
export class ZelfscanPage {
	readonly form: Locator;
	readonly status: Locator;
	readonly resultStatus: Locator;
	readonly clusterTable: Locator;
	readonly factorTable: Locator;
	readonly advice: Locator;
	readonly report: Locator;
	readonly data: TemplateDataBlock;

	constructor(readonly page: Page) {
		this.data = new TemplateDataBlock(page);
		this.form = page.locator('form[data-form]');
		this.status = page.locator('[data-template="zelfscan"] [data-save-status]');
		this.resultStatus = page.locator('[data-result-status]');
		this.clusterTable = page.locator('[data-result] table[data-cluster-table]');
		this.factorTable = page.locator('[data-result] table[data-factor-table]');
		this.advice = page.locator('[data-advice]');
		this.report = page.locator('.zs-print .zs-report');
	}

	async goto() {
		await this.page.goto(ZELFSCAN_PATH);
		await expect(this.form.locator('fieldset').first()).toBeVisible();
	}

	/** The fieldset of factor n. */
	factor(n: number): Locator {
		return this.form.locator(`.zs-factor[data-factor="${n}"]`);
	}

	level(n: number, level: number): Locator {
		return this.factor(n).getByRole('radio', { name: new RegExp(`^${level}\\. `) });
	}

	async rate(n: number, level: number) {
		await this.level(n, level).check();
	}

	note(n: number): Locator {
		return this.page.getByLabel(`Waaruit blijkt dat? (factor ${n})`);
	}

	/** Ids of the recommended tools, in the order shown. */
	async recommendedTools(): Promise<string[]> {
		return this.advice
			.locator('[data-recommended-tools] > li')
			.evaluateAll((items) => items.map((li) => li.getAttribute('data-tool')!));
	}

	async recommendedActivities(): Promise<string[]> {
		return this.advice
			.locator('[data-recommended-activities] > li')
			.evaluateAll((items) => items.map((li) => li.getAttribute('data-activity')!));
	}

	async weakest(): Promise<number[]> {
		return (
			await this.advice
				.locator('[data-weakest] > li')
				.evaluateAll((items) => items.map((li) => li.getAttribute('data-factor')!))
		).map(Number);
	}

	/** The row of a cluster in the result table, as its cells' text. */
	async clusterRow(id: string): Promise<string[]> {
		return this.clusterTable.locator(`tr[data-cluster="${id}"] > *`).allInnerTexts();
	}

	async expectSaved() {
		await this.data.waitUntilSaved();
	}

	async exportJson(): Promise<{ name: string; bytes: Buffer }> {
		const [download] = await Promise.all([
			this.page.waitForEvent('download'),
			this.page
				.locator('[data-exports]')
				.getByRole('button', { name: 'Scans bewaren (.json)' })
				.click(),
		]);
		return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
	}

	async importJson(file: { name: string; mimeType: string; buffer: Buffer }) {
		const [chooser] = await Promise.all([
			this.page.waitForEvent('filechooser'),
			this.page
				.locator('[data-exports]')
				.getByRole('button', { name: 'Scans inlezen (.json)…' })
				.click(),
		]);
		await chooser.setFiles(file);
	}

	async tabTo(target: Locator, max = 150) {
		for (let i = 0; i < max; i++) {
			if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
				return;
			await this.page.keyboard.press('Tab');
		}
		throw new Error(`Niet bereikt met Tab: ${target}`);
	}

	/** With the keyboard only: a label for the scan, factor 1 on level 2 (arrow keys in the radio group), a note. */
	async fillByKeyboard() {
		const keyboard = this.page.keyboard;
		await this.tabTo(this.page.getByLabel('Wie deed de scan? (niet verplicht)'));
		await keyboard.type('Team onderbouw');
		await this.tabTo(this.level(1, 1));
		// Tab lands on the group; Space picks the first level, an arrow key the next.
		await keyboard.press('Space');
		await keyboard.press('ArrowDown');
		await expect(this.level(1, 2)).toBeChecked();
		await this.tabTo(this.note(1));
		await keyboard.type('Bij het brengen groeten we ouders, maar niet elke leraar.');
	}
}
