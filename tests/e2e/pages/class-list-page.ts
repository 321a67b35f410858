import { expect, type Locator, type Page } from '@playwright/test';
import { TemplateDataBlock } from './template-data';

/** The class list page (`/sjablonen/klassenlijst/`): classes, pupils, import with preview. */
export class ClassListPage {
	static readonly path = '/sjablonen/klassenlijst/';
	readonly data: TemplateDataBlock;
	readonly classSelect: Locator;
	readonly newClassName: Locator;
	readonly pupilRows: Locator;
	readonly importProblem: Locator;
	readonly preview: Locator;

	constructor(readonly page: Page) {
		this.data = new TemplateDataBlock(page);
		this.classSelect = page.getByLabel('Klas die je bewerkt');
		this.newClassName = page.getByLabel('Nieuwe klas', { exact: true });
		this.pupilRows = page.locator('[data-pupils] tr');
		this.importProblem = page.locator('[data-template="klassenlijst"] [data-action-message]');
		this.preview = page.locator('[data-import-preview]');
	}

	async goto() {
		await this.page.goto(ClassListPage.path);
		await expect(this.data.status).not.toBeEmpty();
	}

	async addClass(name: string) {
		await this.newClassName.fill(name);
		await this.page.getByRole('button', { name: 'Klas toevoegen' }).click();
	}

	async addPupil(firstName: string, infix = '', lastName = '') {
		const form = this.page.locator('[data-add-pupil]');
		await form.getByLabel('Roepnaam').fill(firstName);
		await form.getByLabel('Tussenvoegsel').fill(infix);
		await form.getByLabel('Achternaam').fill(lastName);
		await form.getByRole('button', { name: 'Leerling toevoegen' }).click();
	}

	/** Chooses a file for import (as the file dialog would) and asks for the preview. */
	async previewFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
		await this.page.locator('[data-import-file]').setInputFiles(file);
		await this.page.getByRole('button', { name: 'Bekijk wat er gebeurt' }).click();
	}

	async previewPaste(text: string) {
		await this.page.getByLabel('Of plak hier namen').fill(text);
		await this.page.getByRole('button', { name: 'Bekijk wat er gebeurt' }).click();
	}

	async applyImport() {
		await this.page.getByRole('button', { name: 'Inlezen', exact: true }).click();
	}

	/** The pupils of the shown class as "roepnaam|tussenvoegsel|achternaam", in list order. */
	async pupils(): Promise<string[]> {
		return this.pupilRows.evaluateAll((rows) =>
			rows.map((row) =>
				[...row.querySelectorAll('input')]
					.map((input) => (input as HTMLInputElement).value)
					.join('|'),
			),
		);
	}

	/** The class options as shown ("5A (3)"). */
	async classes(): Promise<string[]> {
		return this.classSelect.locator('option').allInnerTexts();
	}

	/** What is stored on this device under the class list's key. */
	async stored(): Promise<string | null> {
		return this.page.evaluate(() => localStorage.getItem('gereedschapskist:klassenlijst'));
	}
}
