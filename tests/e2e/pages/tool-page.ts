import { expect, type Locator, type Page } from '@playwright/test';

/** The sections every tool page has, as headings, in this order; "In het sociale domein" only where the source has it. */
export const TOOL_SECTIONS = [
	'Wat',
	'Waarom',
	'Hoe',
	'Voorbereiding',
	'In het sociale domein',
	'Verantwoording',
	'Meer lezen',
] as const;

/** A tool page (`/gereedschappen/…`): card on top, fixed sections, the ten factors and the citation below. */
export class ToolPage {
	readonly heading: Locator;
	readonly card: Locator;
	readonly factorSection: Locator;
	readonly cite: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.card = page.locator('section.tool-card');
		this.factorSection = page.locator('section.tool-factors');
		this.cite = page.locator('section.cite');
	}

	async goto(path: string) {
		await this.page.goto(path);
		await expect(this.heading).toBeVisible();
	}

	/** The texts of the content's level-2 headings, in page order. */
	async sectionHeadings(): Promise<string[]> {
		return this.page.locator('.sl-markdown-content h2:not(.sr-only)').allInnerTexts();
	}

	/** A value of the tool card, by its label ("Voor wie", "Wanneer", …). */
	cardValue(label: string): Locator {
		return this.card
			.locator('div', { has: this.page.locator('dt', { hasText: label }) })
			.locator('dd');
	}

	/** The entry for one factor in the factor section (`#factor-<n>`). */
	factorItem(n: number): Locator {
		return this.page.locator(`#factor-${n}`);
	}

	/** Whether the page says the tool serves factor n ("van toepassing" / "niet van toepassing"). */
	async factorApplies(n: number): Promise<boolean> {
		const status = (await this.factorItem(n).locator('.tool-factors__status').innerText()).trim();
		return status === 'van toepassing';
	}

	/** For factors 1 to 10 at once: whether the page says the tool serves it. */
	async factorStatuses(): Promise<boolean[]> {
		return this.page.evaluate(() =>
			Array.from(
				{ length: 10 },
				(_, i) =>
					document.querySelector(`#factor-${i + 1} .tool-factors__status`)?.textContent?.trim() ===
					'van toepassing',
			),
		);
	}

	/** The heading anchor link next to a heading, by the heading's id. */
	anchorLink(id: string): Locator {
		return this.page
			.locator(`h2#${id}, h3#${id}`)
			.locator('xpath=following-sibling::a[contains(@class, "sl-anchor-link")]');
	}

	/** The APA reference in the "Deze pagina citeren" block, as text. */
	async citation(): Promise<string> {
		return (await this.cite.locator('[data-cite-reference]').innerText())
			.replace(/\s+/g, ' ')
			.trim();
	}
}
