import { expect, type Locator, type Page } from '@playwright/test';
import { TemplateDataBlock } from './template-data';

export const BUDDYS_PATH = '/sjablonen/buddys/';

export interface BuddyParentInput {
	name: string;
	child?: string;
	contact?: string;
	languages?: string;
	/** Visible labels of the themes: "Taal", "Dyslexie", "Nieuw op school", … */
	offers?: string[];
	needs?: string[];
	offerNote?: string;
	needNote?: string;
	/** Ticks the consent box (default); false leaves it empty. */
	consent?: boolean;
}

/** The buddy's template (`/sjablonen/buddys/`): the parent form, the list, suggestions, pairs, print. */
export class BuddysPage {
	readonly data: TemplateDataBlock;
	readonly parentForm: Locator;
	readonly name: Locator;
	readonly consent: Locator;
	readonly parentProblem: Locator;
	readonly saveParent: Locator;
	readonly parents: Locator;
	readonly suggestions: Locator;
	readonly pairForm: Locator;
	readonly pairProblem: Locator;
	readonly pairs: Locator;
	readonly printSheet: Locator;
	readonly printStatus: Locator;

	constructor(readonly page: Page) {
		this.data = new TemplateDataBlock(page);
		this.parentForm = page.locator('[data-bd-parent-form]');
		this.name = page.getByLabel('Naam van de ouder');
		this.consent = page.getByLabel(/heeft toestemming gegeven/);
		this.parentProblem = page.locator('[data-bd-parent-problem]');
		this.saveParent = page.locator('[data-bd-save-parent]');
		this.parents = page.locator('[data-bd-parents]');
		this.suggestions = page.locator('[data-bd-suggestions]');
		this.pairForm = page.locator('[data-bd-pair-form]');
		this.pairProblem = page.locator('[data-bd-pair-problem]');
		this.pairs = page.locator('[data-bd-pairs]');
		this.printSheet = page.locator('.bd-print');
		this.printStatus = page.locator('[data-template="buddys"] [data-action-message]');
	}

	async goto() {
		await this.page.goto(BUDDYS_PATH);
		await expect(this.data.status).not.toBeEmpty();
	}

	offer(label: string): Locator {
		return this.page
			.getByRole('group', { name: 'Kan een andere ouder helpen met' })
			.getByLabel(label, { exact: true });
	}

	need(label: string): Locator {
		return this.page
			.getByRole('group', { name: 'Zoekt zelf hulp bij' })
			.getByLabel(label, { exact: true });
	}

	/** Fills in the parent form (fields left out stay as they are) and presses its button. */
	async addParent(parent: BuddyParentInput) {
		await this.name.fill(parent.name);
		const text: [string, string | undefined][] = [
			['Ouder van (kind en klas)', parent.child],
			['Telefoon of e-mail', parent.contact],
			['Talen die de ouder spreekt', parent.languages],
			['Wat de ouder nog meer kan bieden', parent.offerNote],
			['Waar de ouder nog meer hulp bij zoekt', parent.needNote],
		];
		for (const [label, value] of text)
			if (value !== undefined) await this.page.getByLabel(label, { exact: true }).fill(value);
		for (const label of parent.offers ?? []) await this.offer(label).check();
		for (const label of parent.needs ?? []) await this.need(label).check();
		if (parent.consent ?? true) await this.consent.check();
		await this.saveParent.click();
	}

	/** The row of a parent in the list. */
	parentRow(name: string): Locator {
		return this.parents
			.locator('tbody tr')
			.filter({ has: this.page.locator('th', { hasText: name }) });
	}

	/** The "Koppelen" button of the suggestion "<helper> kan <seeker> helpen: <topic>". */
	suggestion(helper: string, seeker: string): Locator {
		return this.suggestions.getByRole('button', {
			name: new RegExp(`^Koppelen: ${helper} kan ${seeker} helpen`),
		});
	}

	async pairByHand(helper: string, seeker: string, topic: string, note = '') {
		await this.page.getByLabel('Ouder die helpt').selectOption({ label: helper });
		await this.page.getByLabel('Ouder die hulp krijgt').selectOption({ label: seeker });
		await this.page.getByLabel('Waarover').selectOption({ label: topic });
		await this.page.getByLabel('Notitie', { exact: true }).fill(note);
		await this.pairForm.getByRole('button', { name: 'Koppelen' }).click();
	}

	async expectSaved() {
		await this.data.waitUntilSaved();
	}
}
