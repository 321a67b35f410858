import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { TemplateDataBlock } from './template-data';

/** The checklist oudercontact (`/sjablonen/checklist-oudercontact/`): class, rounds, score table, comparison, downloads. */
export class ChecklistPage {
	static readonly path = '/sjablonen/checklist-oudercontact/';
	readonly data: TemplateDataBlock;
	readonly classSelect: Locator;
	readonly roundSelect: Locator;
	readonly roundName: Locator;
	readonly roundDate: Locator;
	readonly scoreTable: Locator;
	readonly scoreRows: Locator;
	readonly fillCount: Locator;
	readonly compareTable: Locator;
	readonly compareSummary: Locator;
	readonly summaryTable: Locator;
	readonly chart: Locator;
	readonly exportStatus: Locator;
	readonly pageStatus: Locator;
	readonly settings: Locator;
	readonly printSheet: Locator;

	constructor(readonly page: Page) {
		this.data = new TemplateDataBlock(page);
		this.classSelect = page.getByLabel('Klas', { exact: true });
		this.roundSelect = page.getByLabel('Ronde die je invult');
		this.roundName = page.getByLabel('Naam van de ronde');
		this.roundDate = page.getByLabel('Datum van de ronde');
		this.scoreTable = page.locator('[data-score-table]');
		this.scoreRows = this.scoreTable.locator('tbody tr');
		this.fillCount = page.locator('[data-fill-count]');
		this.compareTable = page.locator('[data-compare-table]');
		this.compareSummary = page.locator('[data-compare-summary]');
		this.summaryTable = page.locator('[data-summary-table]');
		this.chart = page.locator('[data-chart]');
		this.exportStatus = page.locator(
			'[data-template="checklist-oudercontact"] [data-action-message]',
		);
		this.pageStatus = page.locator('[data-save-status]');
		this.settings = page.locator('[data-settings]');
		this.printSheet = page.locator('.co-print');
	}

	async goto() {
		await this.page.goto(ChecklistPage.path);
		await expect(this.data.status).not.toBeEmpty();
	}

	/** The score field of a pupil for an item (by its column heading). */
	score(pupil: string, item: string): Locator {
		return this.scoreTable.getByRole('combobox', { name: `${pupil} ${item}`, exact: true });
	}

	note(pupil: string): Locator {
		return this.scoreTable.getByRole('textbox', { name: `Notitie ${pupil}`, exact: true });
	}

	step(pupil: string): Locator {
		return this.scoreTable.getByRole('textbox', { name: `Verbeterstap ${pupil}`, exact: true });
	}

	/**
	 * Fills in the whole list from the first score field down, with the keyboard only: per pupil a
	 * digit per item (Tab to the next), then the note and the next step. `rows[i]` is the i-th pupil.
	 */
	async fillByKeyboard(rows: { scores: number[]; note?: string; step?: string }[]) {
		await this.scoreTable.locator('tbody select').first().focus();
		for (const row of rows) {
			for (const score of row.scores) {
				await this.page.keyboard.type(String(score));
				await this.page.keyboard.press('Tab');
			}
			if (row.note) await this.page.keyboard.type(row.note);
			await this.page.keyboard.press('Tab');
			if (row.step) await this.page.keyboard.type(row.step);
			await this.page.keyboard.press('Tab');
		}
	}

	/** The scores as shown, per pupil row: "Sam de Vries|3|2|…". */
	async scores(): Promise<string[]> {
		return this.scoreRows.evaluateAll((rows) =>
			rows.map((row) =>
				[
					row.querySelector('th')!.textContent,
					...[...row.querySelectorAll('select')].map((s) => (s as HTMLSelectElement).value || '-'),
				].join('|'),
			),
		);
	}

	/** The comparison table's rows as text, cell by cell. */
	async comparison(): Promise<string[][]> {
		return this.compareTable
			.locator('tbody tr')
			.evaluateAll((rows) =>
				rows.map((row) => [...row.children].map((cell) => cell.textContent!.trim())),
			);
	}

	/** What is stored on this device under the checklist's key. */
	async stored(): Promise<unknown> {
		const raw = await this.page.evaluate(() =>
			localStorage.getItem('gereedschapskist:checklist-oudercontact'),
		);
		return raw === null ? null : JSON.parse(raw).data;
	}

	private async download(button: string): Promise<{ name: string; bytes: Buffer }> {
		const download = this.page.waitForEvent('download');
		await this.page.getByRole('button', { name: button }).click();
		const file = await download;
		return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
	}

	exportXlsx() {
		return this.download('Excel-bestand (.xlsx)');
	}

	exportCsv() {
		return this.download('CSV-bestand (.csv)');
	}

	async openSettings() {
		if ((await this.settings.getAttribute('open')) === null)
			await this.settings.locator('summary').click();
	}
}
