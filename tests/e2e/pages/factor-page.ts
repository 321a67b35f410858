import { expect, type Locator, type Page } from '@playwright/test';

/** A factor page (`/succesfactoren/<id>/`), generated from `content/factors/` and the tools' frontmatter. */
export class FactorPage {
	readonly heading: Locator;
	readonly toolList: Locator;
	readonly activities: Locator;
	readonly cite: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.toolList = page.locator('[data-factor-tools]');
		this.activities = page.locator('.factor-page__activities li');
		this.cite = page.locator('section.cite');
	}

	async goto(factorId: string) {
		await this.page.goto(`/succesfactoren/${factorId}/`);
		await expect(this.heading).toBeVisible();
	}

	/** Page ids of the tools listed as serving this factor (for example `gereedschappen/informatiekaart`). */
	async toolIds(): Promise<string[]> {
		if ((await this.toolList.count()) === 0) return [];
		return this.toolList
			.locator('li[data-tool]')
			.evaluateAll((items) => items.map((li) => li.getAttribute('data-tool')!));
	}
}
