import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxText } from '../../src/lib/export/docx';
import { readZip } from '../../src/lib/files/zip';
import { KwaliteitskaartPage, KWALITEITSKAART_PATH } from './pages/kwaliteitskaart-page';
import { ToolPage } from './pages/tool-page';
import { axeViolations } from './support/axe';
import { expect, test, type Page } from './support/test';

const PAYLOAD = '<img src=x onerror=alert(1)>';

/** Fails the test if any dialog (alert, confirm, prompt) opens: typed HTML must never run. */
function forbidDialogs(page: Page) {
	const opened: string[] = [];
	page.on('dialog', (dialog) => {
		opened.push(dialog.message());
		void dialog.dismiss();
	});
	return opened;
}

function pdfInfo(bytes: Buffer): { text: string; pages: number; size: string } {
	const dir = mkdtempSync(join(tmpdir(), 'kwaliteitskaart-'));
	const file = join(dir, 'kaart.pdf');
	writeFileSync(file, bytes);
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return {
		text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
		pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
		size: /Page size:\s+(.+)/.exec(info)![1]!.trim(),
	};
}

const wordText = (bytes: Buffer) =>
	docxText(
		new TextDecoder().decode(
			readZip(new Uint8Array(bytes), (name) => name === 'word/document.xml').get(
				'word/document.xml',
			),
		),
	);

/** Five agreements of the team's own, with the factors each serves: together 1–7, so 8, 9 and 10 stay open. */
const AGREEMENTS: { title: string; text: string; factors: number[] }[] = [
	{
		title: 'Welkom bij de deur',
		text: 'Elke ochtend staat de leerkracht om 8.20 uur bij de deur van de klas.',
		factors: [1],
	},
	{
		title: 'Kennismaken in week één',
		text: 'In de eerste schoolweek voert de leerkracht met elk gezin een kennismakingsgesprek.',
		factors: [2, 3],
	},
	{
		title: 'Kind erbij',
		text: 'Bij elk gesprek over een kind is het kind er zelf ook bij.',
		factors: [4],
	},
	{
		title: 'Vragen en luisteren',
		text: 'In een gesprek stelt de leerkracht eerst vragen aan de ouders en luistert.',
		factors: [5, 6],
	},
	{
		title: 'Goed nieuws',
		text: 'Elke maand stuurt de leerkracht elke ouder een bericht over iets wat goed ging.',
		factors: [7],
	},
];

test.describe('kwaliteitskaart maker', () => {
	test('five agreements tagged to factors: the coverage names the open factors, Word holds the agreements, a reload keeps it all', async ({
		page,
	}) => {
		const maker = new KwaliteitskaartPage(page);
		await maker.goto();
		await expect(maker.coverageStatus).toHaveText(
			'Nog geen afspraak is gekoppeld aan een succesfactor. Alle 10 staan nog open.',
		);
		await maker.schoolName.fill('Basisschool De Regenboog');
		await maker.field('Versiedatum').fill('2026-10-14');
		for (const agreement of AGREEMENTS)
			await maker.addAgreement(agreement.title, agreement.text, agreement.factors);

		await expect(maker.coverageStatus).toHaveText(
			'De kaart dekt 7 van de 10 succesfactoren. Nog open: 8, 9 en 10.',
		);
		expect(await maker.openFactors()).toEqual([8, 9, 10]);
		expect(await maker.coveredFactors()).toEqual([1, 2, 3, 4, 5, 6, 7]);
		await expect(maker.coverage.locator('[data-covered] li[data-factor="3"]')).toContainText(
			'Kennismaken in week één',
		);
		// Each open factor links to its page and to tools that serve it.
		for (const n of [8, 9, 10]) {
			const item = maker.coverage.locator(`[data-open] li[data-factor="${n}"]`);
			await expect(item.getByRole('link').first()).toHaveAttribute(
				'href',
				new RegExp(`^/succesfactoren/${n}-`),
			);
		}
		await expect(
			maker.coverage
				.locator('[data-open] li[data-factor="9"]')
				.getByRole('link', { name: 'Communicatieplan op maat' }),
		).toHaveAttribute('href', '/gereedschappen/basisvormen/communicatieplan-op-maat/');
		await expect(maker.card).toContainText('Versie van 14 oktober 2026');
		await expect(maker.card).toContainText('Goed nieuws');

		const docx = await maker.exportDocx();
		expect(docx.name).toBe('kwaliteitskaart-basisschool-de-regenboog.docx');
		await expect(maker.exportStatus).toHaveText('Het Word-bestand staat in je downloads.');
		const text = wordText(docx.bytes);
		expect(text[0]).toBe('Kwaliteitskaart communicatie met ouders');
		expect(text).toContain('Basisschool De Regenboog · Versie van 14 oktober 2026');
		for (const agreement of AGREEMENTS) {
			expect(text).toContain(agreement.title);
			expect(text).toContain(agreement.text);
		}
		expect(text).toContain('De kaart dekt 7 van de 10 succesfactoren. Nog open: 8, 9 en 10.');

		await maker.expectSaved();
		await page.reload();
		await expect(maker.data.status).toHaveText(
			'Je eerder ingevulde gegevens zijn geladen van dit apparaat.',
		);
		await expect(maker.schoolName).toHaveValue('Basisschool De Regenboog');
		await expect(maker.field('Onderwerp', maker.row('Afspraak', 5))).toHaveValue('Goed nieuws');
		await expect(maker.factorBox(maker.row('Afspraak', 4), 6)).toBeChecked();
		expect(await maker.openFactors()).toEqual([8, 9, 10]);
	});

	test('filled in by keyboard only; an example is taken over with one key press', async ({
		page,
	}) => {
		test.setTimeout(240_000);
		const maker = new KwaliteitskaartPage(page);
		await maker.goto();
		await maker.fillByKeyboard();
		await expect(maker.coverageStatus).toHaveText(
			'De kaart dekt 1 van de 10 succesfactoren. Nog open: 2, 3, 4, 5, 6, 7, 8, 9 en 10.',
		);

		// The examples under the agreements: open the disclosure, take over "Ziek melden".
		const examples = maker.form.locator(
			'section[aria-labelledby="kk-part-agreements"] details.gk-examples',
		);
		await maker.tabTo(examples.locator('summary'));
		await page.keyboard.press('Enter');
		await maker.tabTo(examples.getByRole('button', { name: /^Overnemen \(Ziek melden\)$/ }));
		await page.keyboard.press('Enter');
		const row = maker.row('Afspraak', 2);
		await expect(maker.field('Onderwerp', row)).toBeFocused();
		await expect(maker.field('Onderwerp', row)).toHaveValue('Ziek melden');
		await expect(maker.field('De afspraak', row)).toHaveValue(/vóór 8\.15 uur/);
		await expect(maker.factorBox(row, 3)).toBeChecked();
		await expect(maker.formStatus).toHaveText(
			'Afspraak 2 toegevoegd: Ziek melden. Pas de tekst gerust aan.',
		);
		await expect(maker.coverageStatus).toHaveText(
			'De kaart dekt 2 van de 10 succesfactoren. Nog open: 2, 4, 5, 6, 7, 8, 9 en 10.',
		);

		// Move it up and remove it again, with the focus where a keyboard user expects it.
		await maker.tabTo(row.getByRole('button', { name: 'Omhoog (afspraak 2)' }));
		await page.keyboard.press('Enter');
		await expect(maker.field('Onderwerp', maker.row('Afspraak', 1))).toHaveValue('Ziek melden');
		await expect(
			maker.row('Afspraak', 1).getByRole('button', { name: 'Omlaag (afspraak 1)' }),
		).toBeFocused();
		await maker.tabTo(
			maker.row('Afspraak', 1).getByRole('button', { name: 'Verwijderen (afspraak 1)' }),
		);
		await page.keyboard.press('Enter');
		await expect(maker.field('Onderwerp', maker.row('Afspraak', 1))).toBeFocused();
		await expect(maker.field('Onderwerp', maker.row('Afspraak', 1))).toHaveValue(
			'Welkom bij de deur',
		);
		await maker.expectSaved();
	});

	test('HTML typed into the fields shows as text in the preview, the print and the Word file; no dialog opens', async ({
		page,
	}) => {
		const dialogs = forbidDialogs(page);
		const maker = new KwaliteitskaartPage(page);
		await maker.goto();
		await maker.schoolName.fill(PAYLOAD);
		await maker.field('Tekst van de inleiding').fill(PAYLOAD);
		await maker.addButton('Doel toevoegen').click();
		await maker.field('Doel in een paar woorden', maker.row('Doel', 1)).fill(PAYLOAD);
		await maker.addButton('Middel toevoegen').click();
		await maker.field('Naam van het middel', maker.row('Middel', 1)).fill(PAYLOAD);
		await maker.field('Hoe vaak', maker.row('Middel', 1)).fill(PAYLOAD);
		await maker.addAgreement(PAYLOAD, `${PAYLOAD} <script>alert(2)</script>`, [9]);
		await maker.field('Zo evalueren we').fill(PAYLOAD);
		await maker.field('Zo borgen we de kaart').fill(PAYLOAD);
		await maker.expectSaved();

		await expect(maker.card.locator('.kk-card__school')).toHaveText(PAYLOAD);
		await expect(maker.card.locator('.kk-card__agreement-title')).toHaveText(PAYLOAD);
		expect(await maker.card.locator('img, script').count()).toBe(0);
		await expect(maker.printCard.locator('.kk-card__school')).toHaveText(PAYLOAD);
		await expect(maker.coverage.locator('[data-covered] li[data-factor="9"]')).toContainText(
			PAYLOAD,
		);

		const docx = await maker.exportDocx();
		const xml = new TextDecoder().decode(
			readZip(new Uint8Array(docx.bytes), () => true).get('word/document.xml'),
		);
		expect(xml).not.toContain('<img');
		expect(xml).not.toContain('<script');
		expect(docxText(xml)).toContain(PAYLOAD);
		const pdf = pdfInfo(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		expect(pdf.text).toContain(PAYLOAD);
		expect(dialogs).toEqual([]);
	});

	test('prints on A4 with the card only; a logo is kept as a data URL and goes into Word', async ({
		page,
	}) => {
		const maker = new KwaliteitskaartPage(page);
		await maker.goto();
		await maker.exampleCard();
		await maker.schoolName.fill('Basisschool De Regenboog');
		const png = Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
			'base64',
		);
		await maker.form
			.getByLabel('Logo van de school (niet verplicht)')
			.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
		await expect(maker.card.locator('img.kk-card__logo')).toHaveAttribute(
			'src',
			/^data:image\/png;base64,/,
		);
		await expect(maker.card.locator('img.kk-card__logo')).toHaveAttribute(
			'alt',
			'Logo van Basisschool De Regenboog',
		);
		// A file that only claims to be a picture: refused with a Dutch message, the logo stays.
		await maker.form.getByLabel('Logo van de school (niet verplicht)').setInputFiles({
			name: 'logo.png',
			mimeType: 'image/png',
			buffer: Buffer.from('dit is geen plaatje'),
		});
		await expect(maker.form.locator('#kk-school-logo-error')).not.toBeEmpty();
		await expect(maker.card.locator('img.kk-card__logo')).toHaveCount(1);
		await maker.expectSaved();

		const pdf = pdfInfo(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		expect(pdf.size).toContain('(A4)');
		expect(pdf.text).toContain('Kwaliteitskaart communicatie met ouders');
		expect(pdf.text).toContain('Teamafspraken');
		expect(pdf.text).not.toContain('Kaart invullen');
		expect(pdf.text).not.toContain('Welke succesfactoren dekt de kaart?');

		const files = readZip(new Uint8Array((await maker.exportDocx()).bytes), () => true);
		expect([...files.keys()].some((name) => /^word\/media\/image1\.png$/.test(name))).toBe(true);
	});

	test('the JSON file loads again next year, exactly as saved', async ({ page }) => {
		const maker = new KwaliteitskaartPage(page);
		await maker.goto();
		await maker.exampleCard();
		await maker.schoolName.fill('Basisschool De Regenboog');
		await maker.expectSaved();
		const before = await maker.stored();
		const saved = await maker.exportJson();
		expect(saved.name).toMatch(
			/^kwaliteitskaart-basisschool-de-regenboog-\d{4}-\d{2}-\d{2}\.json$/,
		);
		expect(JSON.parse(saved.bytes.toString('utf8')).data).toEqual(before);
		await maker.data.wipe();
		await expect(maker.schoolName).toHaveValue('');
		await maker.importJson({ name: saved.name, mimeType: 'application/json', buffer: saved.bytes });
		await expect(maker.schoolName).toHaveValue('Basisschool De Regenboog');
		expect(await maker.stored()).toEqual(before);
	});

	test('axe finds nothing with the example card, the examples open, and the confirm dialog', async ({
		page,
	}) => {
		test.setTimeout(300_000);
		const maker = new KwaliteitskaartPage(page);
		await maker.goto();
		await maker.exampleCard();
		for (const details of await maker.form.locator('details.gk-examples').all())
			await details.locator('summary').click();
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Nieuwe kaart…' }).click();
		await expect(page.getByRole('dialog', { name: 'Nieuwe kaart beginnen?' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('the tool page links to the maker', async ({ page }) => {
		const tool = new ToolPage(page);
		await tool.goto('/gereedschappen/kwaliteitskaart/');
		const link = tool.card.getByRole('link', { name: 'Aan de slag: Kwaliteitskaart maken' });
		await expect(link).toHaveAttribute('href', KWALITEITSKAART_PATH);
		await link.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kwaliteitskaart maken');
	});
});
