import { expect, type Locator, type Page } from '@playwright/test';
import { TemplateDataBlock } from './template-data';

export const NIEUWJAARSRECEPTIE_PATH = '/sjablonen/nieuwjaarsreceptie/';

/** The nieuwjaarsreceptie planner (`/sjablonen/nieuwjaarsreceptie/`). */
export class NieuwjaarsreceptiePage {
	readonly data: TemplateDataBlock;
	readonly date: Locator;
	readonly start: Locator;
	readonly end: Locator;
	readonly timeProblem: Locator;
	readonly place: Locator;
	readonly programme: Locator;
	readonly teacher: Locator;
	readonly school: Locator;
	readonly language: Locator;
	readonly letter: Locator;
	readonly preview: Locator;
	readonly printSheet: Locator;
	readonly printStatus: Locator;

	constructor(readonly page: Page) {
		this.data = new TemplateDataBlock(page);
		this.date = page.getByLabel('Datum', { exact: true });
		this.start = page.getByLabel('Van', { exact: true });
		this.end = page.getByLabel('Tot', { exact: true });
		this.timeProblem = page.locator('[data-nj-time-problem]');
		this.place = page.getByLabel('Plaats', { exact: true });
		this.programme = page.getByLabel('Programma', { exact: true });
		this.teacher = page.getByLabel('Je naam, zoals je ondertekent');
		this.school = page.getByLabel('Naam van de school');
		this.language = page.getByLabel('Tekst bewerken in');
		this.letter = page.locator('[data-letter-text]');
		this.preview = page.locator('[data-nj-preview]');
		this.printSheet = page.locator('.gk-print');
		this.printStatus = page.locator('[data-template="nieuwjaarsreceptie"] [data-action-message]');
	}

	async goto() {
		await this.page.goto(NIEUWJAARSRECEPTIE_PATH);
		await expect(this.data.status).not.toBeEmpty();
	}

	printLanguage(name: string): Locator {
		return this.page
			.getByRole('group', { name: 'Uitnodiging printen in' })
			.getByLabel(name, { exact: true });
	}

	async fill({
		date = '2026-09-10',
		start = '15:00',
		end = '16:00',
		place = 'het lokaal van groep 5',
		teacher = 'Juf Anouk',
		school = 'De Regenboog',
	} = {}) {
		await this.date.fill(date);
		await this.start.fill(start);
		await this.end.fill(end);
		await this.place.fill(place);
		await this.teacher.fill(teacher);
		await this.school.fill(school);
	}

	async expectSaved() {
		await this.data.waitUntilSaved();
	}
}
