import { expect, type Locator, type Page } from '@playwright/test';

/** Starlight's search dialog (Pagefind), as a user opens and types in it. */
export class SearchDialog {
	readonly openButton: Locator;
	readonly dialog: Locator;
	readonly input: Locator;
	readonly results: Locator;

	constructor(readonly page: Page) {
		this.openButton = page.locator('site-search button[data-open-modal]');
		this.dialog = page.getByRole('dialog', { name: 'Zoeken' });
		this.input = this.dialog.getByRole('textbox', { name: 'Zoeken' });
		this.results = this.dialog.locator('.pagefind-ui__result');
	}

	async open() {
		await expect(this.openButton).toBeEnabled();
		await this.openButton.click();
		await expect(this.dialog).toBeVisible();
	}

	async search(query: string) {
		await this.input.fill(query);
		await expect(this.results.first()).toBeVisible({ timeout: 10_000 });
	}

	/** Titles of the results, best first. */
	async resultTitles(): Promise<string[]> {
		return this.results.locator('.pagefind-ui__result-title').allInnerTexts();
	}
}
