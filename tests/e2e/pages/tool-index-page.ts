import { expect, type Locator, type Page } from '@playwright/test';

/** "Alle gereedschappen": the filters, the text box, the live count and the cards. */
export class ToolIndexPage {
	static readonly path = '/gereedschappen/';
	readonly filters: Locator;
	readonly text: Locator;
	readonly status: Locator;
	readonly cards: Locator;
	readonly visibleCards: Locator;
	readonly reset: Locator;
	readonly empty: Locator;

	constructor(readonly page: Page) {
		this.filters = page.getByRole('form', { name: 'Filter de gereedschappen' });
		this.text = page.getByRole('searchbox', { name: 'Zoek in de gereedschappen' });
		this.status = page.locator('[data-tool-status]');
		this.cards = page.locator('[data-tool-cards] > li');
		this.visibleCards = page.locator('[data-tool-cards] > li:visible');
		this.reset = page.getByRole('button', { name: 'Alle filters wissen' });
		this.empty = page.getByText('Geen gereedschap past bij deze keuze');
	}

	async goto(query = '') {
		await this.page.goto(`${ToolIndexPage.path}${query}`);
	}

	/** The checkbox of a value in a group, by the group's legend and the value's visible label. */
	option(legend: string, label: string): Locator {
		return this.page.getByRole('group', { name: legend }).getByRole('checkbox', {
			name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`),
		});
	}

	/** Titles of the cards on screen, in page order. */
	async visibleTitles(): Promise<string[]> {
		return this.visibleCards.locator('h3').allInnerTexts();
	}

	/** Labels of every checked box, as "Sector: Voortgezet onderwijs". */
	async checkedOptions(): Promise<string[]> {
		return this.page.locator('[data-tool-filters] fieldset').evaluateAll((sets) =>
			sets.flatMap((set) => {
				const legend = set.querySelector('legend')?.textContent?.trim() ?? '';
				return [...set.querySelectorAll<HTMLInputElement>('input:checked')].map(
					(i) => `${legend}: ${i.closest('label')?.querySelector('span')?.textContent?.trim()}`,
				);
			}),
		);
	}

	async expectFound(count: number) {
		await expect(this.status).toHaveText(
			count === 0
				? 'Geen gereedschappen gevonden'
				: `${count} ${count === 1 ? 'gereedschap' : 'gereedschappen'} gevonden`,
		);
		await expect(this.visibleCards).toHaveCount(count);
	}
}
