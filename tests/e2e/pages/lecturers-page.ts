import { expect, type Locator, type Page } from '@playwright/test';

/** One assignment on the lecturers page: its heading, the pages it links to and the indicators it works on. */
export interface Assignment {
	title: string;
	links: string[];
	indicators: { factorPath: string; text: string }[];
}

/** The page for teacher education (`/voor-de-lerarenopleiding/`), with an assignment per tool. */
export class LecturersPage {
	readonly heading: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
	}

	async goto() {
		await this.page.goto('/voor-de-lerarenopleiding/');
		await expect(this.heading).toBeVisible();
	}

	/** The assignments under "Een opdracht per gereedschap": every level-3 section up to the next level-2 heading. */
	async assignments(): Promise<Assignment[]> {
		return this.page.locator('.sl-markdown-content').evaluate((content) => {
			const start = content
				.querySelector('#een-opdracht-per-gereedschap')
				?.closest('.sl-heading-wrapper');
			const result: Assignment[] = [];
			let current: Assignment | undefined;
			for (let el = start?.nextElementSibling; el; el = el.nextElementSibling) {
				if (el.matches('.level-h2')) break;
				if (el.matches('.level-h3')) {
					current = {
						title: el.querySelector('h3')!.textContent!.trim(),
						links: [],
						indicators: [],
					};
					result.push(current);
					continue;
				}
				if (!current) continue;
				current.links.push(...[...el.querySelectorAll('a')].map((a) => new URL(a.href).pathname));
				for (const li of el.matches('.indicator-list') ? el.querySelectorAll('li') : []) {
					const a = li.querySelector('a')!;
					current.indicators.push({
						factorPath: new URL(a.href).pathname,
						text: li
							.textContent!.slice(a.textContent!.length)
							.replace(/^\s*:\s*/, '')
							.trim(),
					});
				}
			}
			return result;
		});
	}
}
