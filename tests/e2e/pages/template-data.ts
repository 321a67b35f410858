import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The data block every template page has (kit/TemplateData.astro): notice, status, problems, backup and wipe. */
export class TemplateDataBlock {
	readonly root: Locator;
	readonly notice: Locator;
	readonly status: Locator;
	readonly problem: Locator;
	readonly exportButton: Locator;
	readonly importButton: Locator;
	readonly wipeButton: Locator;

	constructor(readonly page: Page) {
		this.root = page.locator('[data-template-data]');
		this.notice = this.root.locator('.gk-data__notice');
		this.status = this.root.locator('[data-save-status]');
		this.problem = this.root.locator('[data-storage-problem]');
		this.exportButton = this.root.getByRole('button', { name: 'Reservekopie opslaan (.json)' });
		this.importButton = this.root.getByRole('button', { name: 'Reservekopie inlezen…' });
		this.wipeButton = this.root.getByRole('button', { name: 'Alles wissen…' });
	}

	/** Waits until every change is saved (the controller marks the block `data-save-state="saved"`). */
	async waitUntilSaved() {
		await expect(this.root).toHaveAttribute('data-save-state', 'saved');
	}

	/** Downloads the JSON backup and returns its text. */
	async exportBackup(): Promise<string> {
		const download = this.page.waitForEvent('download');
		await this.exportButton.click();
		const file = await (await download).path();
		return readFileSync(file, 'utf8');
	}

	/**
	 * Loads a backup file, as choosing it in the file dialog would. When the page has data, it asks
	 * before replacing them: `replacing` says whether to expect (and confirm) that question.
	 */
	async importBackup(text: string, { replacing = true, name = 'reservekopie.json' } = {}) {
		await this.root
			.locator('[data-backup-file]')
			.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
		if (replacing)
			await this.page
				.getByRole('dialog', { name: 'Reservekopie inlezen?' })
				.getByRole('button', { name: 'Inlezen en vervangen' })
				.click();
	}

	async wipe() {
		await this.wipeButton.click();
		await this.page
			.getByRole('dialog', { name: 'Alles wissen?' })
			.getByRole('button', { name: 'Ja, wis alles' })
			.click();
	}
}
