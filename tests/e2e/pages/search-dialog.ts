import { expect, type Locator, type Page } from '@playwright/test';

/** Starlight's search dialog (Pagefind), as a user opens and types in it. */
export class SearchDialog {
	readonly openButton: Locator;
	readonly dialog: Locator;
	readonly input: Locator;
	readonly results: Locator;
	readonly message: Locator;

	constructor(readonly page: Page) {
		this.openButton = page.locator('site-search button[data-open-modal]');
		this.dialog = page.getByRole('dialog', { name: 'Zoeken' });
		this.input = this.dialog.getByRole('textbox', { name: 'Zoeken' });
		this.results = this.dialog.locator('.pagefind-ui__result');
		this.message = this.dialog.locator('.pagefind-ui__message');
	}

	async open() {
		await expect(this.openButton).toBeEnabled();
		await this.openButton.click();
		await expect(this.dialog).toBeVisible();
	}

	/** Types the query and waits until Pagefind says it has results for exactly this query. */
	async search(query: string) {
		await this.input.fill(query);
		await expect(this.message).toContainText(`voor ${query}`, { timeout: 10_000 });
		await expect(this.message).not.toContainText('Zoeken naar');
		await expect(this.results.first()).toBeVisible({ timeout: 10_000 });
	}

	/** How many results Pagefind reports ("12 resultaten voor …"); it shows them five at a time. */
	async resultCount(): Promise<number> {
		const text = (await this.message.innerText()).trim();
		const match = /^(\d+) resulta/.exec(text);
		return match ? Number(match[1]) : 0;
	}

	/** Titles of the results on screen (the first five, until "Meer resultaten laden"), best first. */
	async resultTitles(): Promise<string[]> {
		// Pagefind draws a placeholder (". . .") per result until its fragment has loaded; read the
		// titles only when none is left, or a slow machine reads dots instead of titles.
		await expect(this.results.locator('.pagefind-ui__loading')).toHaveCount(0, { timeout: 10_000 });
		return this.results
			.locator('.pagefind-ui__result-title:not(.pagefind-ui__result-nested *)')
			.allInnerTexts();
	}

	/** A filter group ("Soort pagina", "Succesfactor", …) in the dialog's filter panel. */
	filterGroup(name: string): Locator {
		return this.dialog
			.locator('details.pagefind-ui__filter-block')
			.filter({ has: this.page.locator('summary', { hasText: name }) });
	}

	/**
	 * Waits until the filter panel shows every group in `names`. Pagefind UI keeps the groups of its
	 * first search's answer; when that search ends before every filter list has loaded (a busy
	 * machine), a group is missing until the next search. A reader would type again; so does this,
	 * once.
	 */
	async expectFilterGroups(names: readonly string[]) {
		await expect(this.filterGroup(names[0])).toBeVisible({ timeout: 20_000 });
		if ((await this.dialog.locator('details.pagefind-ui__filter-block').count()) < names.length) {
			const query = await this.input.inputValue();
			await this.input.fill('');
			await this.search(query);
		}
		for (const name of names)
			await expect(this.filterGroup(name), `filtergroep ${name}`).toBeVisible({ timeout: 10_000 });
	}

	/** Opens a filter group (a `<details>`) if it is closed. */
	async openFilterGroup(name: string) {
		const group = this.filterGroup(name);
		await expect(group).toBeVisible();
		if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
		return group;
	}

	/** The checkbox of one filter value, such as "Gereedschap". */
	filterOption(group: string, value: string): Locator {
		return this.filterGroup(group).getByRole('checkbox', {
			name: new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
		});
	}
}
