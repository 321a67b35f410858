import type { Locator, Page } from '@playwright/test';

/** "Jaarplanning": the download, and the timeline's moments with their tools. */
export class YearPlanPage {
	static readonly path = '/jaarplanning/';
	readonly download: Locator;
	readonly steps: Locator;

	constructor(readonly page: Page) {
		this.download = page.getByRole('link', { name: /Download de jaarplanning als agendabestand/ });
		this.steps = page.locator('.year-plan__steps > li');
	}

	async goto() {
		await this.page.goto(YearPlanPage.path);
	}

	/** One moment of the timeline, by its heading. */
	step(title: string): Locator {
		return this.steps.filter({
			has: this.page.getByRole('heading', { level: 3, name: title, exact: true }),
		});
	}

	/** The tools listed at a moment, in order. */
	async toolsAt(title: string): Promise<string[]> {
		return this.step(title).getByRole('link').allInnerTexts();
	}

	/** The moments' headings, in page order. */
	async momentTitles(): Promise<string[]> {
		return this.steps.locator('h3').allInnerTexts();
	}
}
