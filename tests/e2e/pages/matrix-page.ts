import { expect, type Locator, type Page } from '@playwright/test';

/** The matrix (`/matrix/`): tools down, the ten factors across. */
export class MatrixPage {
	readonly table: Locator;
	readonly region: Locator;

	constructor(readonly page: Page) {
		this.table = page.getByRole('table', { name: /Gereedschappen en de tien succesfactoren/ });
		this.region = page.getByRole('region', { name: /Gereedschappen en de tien succesfactoren/ });
	}

	async goto() {
		await this.page.goto('/matrix/');
		await expect(this.table).toBeVisible();
	}

	/** Page ids of the tools, in row order. */
	async toolIds(): Promise<string[]> {
		return this.table
			.locator('tbody tr')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-tool')!));
	}

	/** The cell of one tool and one factor number. */
	cell(toolId: string, factor: number): Locator {
		return this.table.locator(`tbody tr[data-tool="${toolId}"] td[data-factor="${factor}"]`);
	}

	/** What the cell says in words, without the mark and the text for screen readers: "Ja" or "Nee". */
	async cellWord(toolId: string, factor: number): Promise<string> {
		return this.cell(toolId, factor)
			.locator('a')
			.evaluate((a) =>
				[...a.childNodes]
					.filter((n) => n.nodeType === Node.TEXT_NODE)
					.map((n) => n.textContent)
					.join('')
					.trim(),
			);
	}

	/**
	 * Every row at once (one round trip instead of one per cell): per tool id, for factors 1 to 10,
	 * the word the cell says and where its link leads.
	 */
	async rows(): Promise<Map<string, { word: string; href: string }[]>> {
		const rows = await this.table.locator('tbody tr').evaluateAll((trs) =>
			trs.map((tr) => ({
				id: tr.getAttribute('data-tool')!,
				cells: Array.from({ length: 10 }, (_, i) => {
					const a = tr.querySelector(`td[data-factor="${i + 1}"] a`);
					return {
						word: a
							? [...a.childNodes]
									.filter((n) => n.nodeType === Node.TEXT_NODE)
									.map((n) => n.textContent)
									.join('')
									.trim()
							: '',
						href: a?.getAttribute('href') ?? '',
					};
				}),
			})),
		);
		return new Map(rows.map((r) => [r.id, r.cells]));
	}

	/** Where the cell's link leads. */
	async cellHref(toolId: string, factor: number): Promise<string> {
		return (await this.cell(toolId, factor).locator('a').getAttribute('href'))!;
	}
}
