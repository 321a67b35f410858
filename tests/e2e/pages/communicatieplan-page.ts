import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { TemplateDataBlock } from './template-data';

export const COMMUNICATIEPLAN_PATH = '/sjablonen/communicatieplan-op-maat/';

export interface AgreementInput {
	what: string;
	/** The label of the form in the list ("Telefoongesprek"), or `Anders` with `formOther`. */
	form?: string;
	formOther?: string;
	date?: string;
	time?: string;
	moment?: string;
	withPupil?: boolean;
	initiative?: string;
}

/** The communicatieplan op maat (`/sjablonen/communicatieplan-op-maat/`). */
export class CommunicatieplanPage {
	readonly data: TemplateDataBlock;
	readonly pupil: Locator;
	readonly agreements: Locator;
	readonly overview: Locator;
	readonly printSheet: Locator;
	readonly printWho: Locator;
	readonly teacher: Locator;
	readonly school: Locator;
	readonly status: Locator;
	readonly exportStatus: Locator;

	constructor(readonly page: Page) {
		this.data = new TemplateDataBlock(page);
		this.pupil = page.getByLabel('Leerling', { exact: true });
		this.agreements = page.locator('[data-cp-agreements] > li');
		this.overview = page.locator('[data-cp-overview]');
		this.printSheet = page.locator('.cp-print');
		this.printWho = page.getByLabel('Afdrukken voor');
		this.teacher = page.getByLabel('Je naam en rol');
		this.school = page.getByLabel('Naam van de school');
		this.status = page.locator('[data-save-status]');
		this.exportStatus = page.locator('[data-template="communicatieplan"] [data-action-message]');
	}

	async goto() {
		await this.page.goto(COMMUNICATIEPLAN_PATH);
		await expect(this.data.status).not.toBeEmpty();
	}

	async choosePupil(name: string) {
		const value = await this.pupil
			.locator('option', { hasText: `${name} (` })
			.first()
			.getAttribute('value');
		await this.pupil.selectOption(value!);
	}

	/** Adds an agreement for the chosen pupil and fills it in. */
	async addAgreement(input: AgreementInput) {
		const index = await this.agreements.count();
		await this.page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
		const item = this.agreements.nth(index);
		await expect(item.getByLabel('Wat spreken jullie af?')).toBeFocused();
		await item.getByLabel('Wat spreken jullie af?').fill(input.what);
		if (input.form) await item.getByLabel('Vorm van contact').selectOption({ label: input.form });
		if (input.formOther !== undefined) await item.getByLabel('Welke vorm?').fill(input.formOther);
		if (input.moment !== undefined) {
			await item.getByLabel('Op een moment in het jaar').check();
			await item.getByLabel('Welk moment?').fill(input.moment);
		} else {
			if (input.date) await item.getByLabel('Datum', { exact: true }).fill(input.date);
			if (input.time) await item.getByLabel('Tijd (niet verplicht)').fill(input.time);
		}
		if (input.withPupil === false) await item.getByLabel('Nee, zonder de leerling').check();
		if (input.initiative)
			await item.getByLabel('Wie neemt het initiatief?').selectOption({ label: input.initiative });
		return item;
	}

	async exportIcs(): Promise<{ name: string; bytes: Buffer }> {
		const download = this.page.waitForEvent('download');
		await this.page
			.getByRole('button', { name: 'Afspraken met een datum voor je agenda (.ics)' })
			.click();
		const file = await download;
		return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
	}

	async expectSaved() {
		await this.data.waitUntilSaved();
	}
}
