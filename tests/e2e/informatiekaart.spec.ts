import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { docxText } from '../../src/lib/export/docx';
import { parseIcs } from '../../src/lib/export/ics';
import { readZip } from '../../src/lib/files/zip';
import { TRANSLATION_NOTICE } from '../../src/lib/i18n/languages';
import { InformatiekaartPage, INFORMATIEKAART_PATH } from './pages/informatiekaart-page';
import { ToolPage } from './pages/tool-page';
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

/** The text of a PDF, through poppler's pdftotext. */
function pdfText(bytes: Buffer): string {
	const dir = mkdtempSync(join(tmpdir(), 'informatiekaart-'));
	const file = join(dir, 'kaart.pdf');
	writeFileSync(file, bytes);
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

function pdfPages(bytes: Buffer): { pages: number; size: string } {
	const dir = mkdtempSync(join(tmpdir(), 'informatiekaart-'));
	const file = join(dir, 'kaart.pdf');
	writeFileSync(file, bytes);
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return {
		pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
		size: /Page size:\s+(.+)/.exec(info)![1]!.trim(),
	};
}

/** Fills in a card quickly (with clicks and fill), for the export tests. */
async function fillCard(maker: InformatiekaartPage, school = 'Basisschool De Regenboog') {
	await maker.schoolName.fill(school);
	await maker.field('Groep').fill('Groep 5');
	await maker.field('Naam').fill('Juf Sanne');
	await maker.addButton('Contactmoment toevoegen').click();
	const first = maker.row('Contactmoment', 1);
	await maker.field('Datum', first).fill('2026-09-08');
	await maker.field('Begintijd', first).fill('15:00');
	await maker.field('Eindtijd', first).fill('15:30');
	await maker.addButton('Contactmoment toevoegen').click();
	const second = maker.row('Contactmoment', 2);
	await maker.field('Datum', second).fill('2026-11-16');
	await maker.field('Tot en met (bij meer dagen)', second).fill('2026-11-19');
	await maker.addButton('Vakantie of studiedag toevoegen').click();
	const holiday = maker.row('Vrije dag of vakantie', 1);
	await maker.field('Eerste dag', holiday).fill('2026-10-19');
	await maker.field('Laatste dag', holiday).fill('2026-10-23');
	await maker.addButton('Vakantie of studiedag toevoegen').click();
	const studyDay = maker.row('Vrije dag of vakantie', 2);
	await maker.field('Eerste dag', studyDay).fill('2027-02-03');
	await maker.field('Hoe melden ouders hun kind ziek?').fill('Bel de school.');
	await maker.field('Vóór hoe laat?').fill('08:15');
	await maker.expectSaved();
}

test.describe('informatiekaart maker', () => {
	test('filled in by keyboard only, the card is still there after a reload', async ({ page }) => {
		// Many presses of Tab and keys, each a round trip to the browser: slow on a busy machine.
		test.setTimeout(240_000);
		const maker = new InformatiekaartPage(page);
		await maker.goto();
		await maker.fillByKeyboard();
		await expect(maker.card.locator('.ik-card__school')).toHaveText('Basisschool De Regenboog');
		await expect(maker.card).toContainText('Kennismakingsgesprek');
		await expect(maker.card).toContainText('di 8 sep · 15:00–15:30');
		await expect(maker.card).toContainText('Herfstvakantie');
		await expect(maker.card).toContainText('Meld het vóór 08:15.');
		await maker.expectSaved();

		await page.reload();
		await expect(maker.dataStatus).toHaveText(
			'Je eerder ingevulde gegevens zijn geladen van dit apparaat.',
		);
		await expect(maker.schoolName).toHaveValue('Basisschool De Regenboog');
		await expect(maker.field('Datum', maker.row('Contactmoment', 1))).toHaveValue('2026-09-08');
		await expect(maker.field('Eerste dag', maker.row('Vrije dag of vakantie', 1))).toHaveValue(
			'2026-10-19',
		);
		await expect(maker.card).toContainText('di 8 sep · 15:00–15:30');
		await expect(maker.card).toContainText('ma 19 – vr 23 okt');
	});

	test('rows are added, moved and removed by keyboard, with the focus where the user expects it', async ({
		page,
	}) => {
		test.setTimeout(240_000);
		const maker = new InformatiekaartPage(page);
		await maker.goto();
		const keyboard = page.keyboard;
		await maker.tabTo(maker.addButton('Contactmoment toevoegen'));
		await keyboard.press('Enter');
		// On to the add button (now after row 1), and a second moment.
		await maker.tabTo(maker.addButton('Contactmoment toevoegen'));
		await keyboard.press('Enter');
		await expect(maker.field('Wat', maker.row('Contactmoment', 2))).toBeFocused();
		await expect(maker.field('Wat', maker.row('Contactmoment', 1))).toHaveValue('introduction');
		await expect(maker.field('Wat', maker.row('Contactmoment', 2))).toHaveValue(
			'informationEvening',
		);

		// Move row 2 up: it becomes row 1, and the focus stays with it (on "Omlaag", as "Omhoog" is now off).
		const up = maker
			.row('Contactmoment', 2)
			.getByRole('button', { name: 'Omhoog (contactmoment 2)' });
		await maker.tabTo(up);
		await keyboard.press('Enter');
		await expect(maker.formStatus).toHaveText('Contactmoment verplaatst naar plek 1 van 2.');
		await expect(maker.field('Wat', maker.row('Contactmoment', 1))).toHaveValue(
			'informationEvening',
		);
		await expect(
			maker.row('Contactmoment', 1).getByRole('button', { name: 'Omlaag (contactmoment 1)' }),
		).toBeFocused();
		await expect(maker.card.locator('.ik-card__moment-title').first()).toHaveText(
			'Informatieavond',
		);

		// Remove row 1: the focus goes to the row that took its place.
		await maker.tabTo(
			maker.row('Contactmoment', 1).getByRole('button', { name: 'Verwijderen (contactmoment 1)' }),
		);
		await keyboard.press('Enter');
		await expect(maker.formStatus).toHaveText('Contactmoment 1 verwijderd. Er is nog 1.');
		await expect(maker.field('Wat', maker.row('Contactmoment', 1))).toBeFocused();
		await expect(maker.field('Wat', maker.row('Contactmoment', 1))).toHaveValue('introduction');
		// The last one: the focus goes to the add button.
		await maker.tabTo(
			maker.row('Contactmoment', 1).getByRole('button', { name: 'Verwijderen (contactmoment 1)' }),
		);
		await keyboard.press('Enter');
		await expect(maker.addButton('Contactmoment toevoegen')).toBeFocused();
		await expect(maker.form.getByText('Nog geen contactmomenten.')).toBeVisible();
	});

	test('a school name with HTML shows as text in the preview and in every export; no dialog opens', async ({
		page,
	}) => {
		const dialogs = forbidDialogs(page);
		const maker = new InformatiekaartPage(page);
		await maker.goto();
		await fillCard(maker, PAYLOAD);
		await expect(maker.card.locator('.ik-card__school')).toHaveText(PAYLOAD);
		expect(await maker.card.locator('img').count()).toBe(0);
		await expect(maker.printCards.first().locator('.ik-card__school')).toHaveText(PAYLOAD);

		const docx = await maker.exportDocx();
		expect(docx.name).toBe('informatiekaart-img-src-x-onerror-alert-1-groep-5.docx');
		const documentXml = new TextDecoder().decode(
			readZip(new Uint8Array(docx.bytes), () => true).get('word/document.xml'),
		);
		expect(documentXml).not.toContain('<img');
		expect(docxText(documentXml)).toContain(PAYLOAD);

		const ics = await maker.exportIcs();
		expect(parseIcs(ics.bytes.toString('utf8'))[0]!.description).toContain(PAYLOAD);

		const json = await maker.exportJson();
		expect(JSON.parse(json.bytes.toString('utf8')).data.school.name).toBe(PAYLOAD);

		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		expect(pdfText(pdf)).toContain(PAYLOAD);
		expect(dialogs).toEqual([]);
	});

	test('the Word file holds the card, and the Word writer loads only when asked for', async ({
		page,
	}) => {
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		const maker = new InformatiekaartPage(page);
		await maker.goto();
		await fillCard(maker);
		await page.waitForLoadState('networkidle');
		const atStart = [...scripts];
		// Nothing loaded at the start knows how to write a Word document.
		for (const path of atStart) {
			const code = await (await page.request.get(path)).text();
			expect(code, path).not.toContain('wordprocessingml');
		}

		const { name, bytes } = await maker.exportDocx();
		expect(name).toBe('informatiekaart-basisschool-de-regenboog-groep-5.docx');
		const loaded = scripts.filter((path) => !atStart.includes(path));
		expect(loaded.length).toBeGreaterThan(0);
		await expect(maker.exportStatus).toHaveText('Het Word-bestand staat in je downloads.');

		const files = readZip(new Uint8Array(bytes), () => true);
		const text = docxText(new TextDecoder().decode(files.get('word/document.xml'))).map((line) =>
			line.replace(/\u2009/g, ' '),
		);
		expect(text[0]).toBe('Basisschool De Regenboog');
		expect(text).toContain('Hier verwachten we alle ouders');
		expect(text).toContain('Kennismakingsgesprek · di 8 sep · 15:00–15:30');
		expect(text).toContain('Herfstvakantie · ma 19 – vr 23 okt');
	});

	test('the calendar file parses, with the contact moments at their times and the holidays as whole days', async ({
		page,
	}) => {
		const maker = new InformatiekaartPage(page);
		await maker.goto();
		await fillCard(maker);
		const { name, bytes } = await maker.exportIcs();
		expect(name).toBe('informatiekaart-basisschool-de-regenboog-groep-5.ics');
		await expect(maker.exportStatus).toHaveText(
			'Het agendabestand met 4 afspraken staat in je downloads.',
		);
		const text = bytes.toString('utf8');

		const calendar = new ICAL.Component(ICAL.parse(text));
		for (const zone of calendar.getAllSubcomponents('vtimezone'))
			ICAL.TimezoneService.register(zone);
		const events = Object.fromEntries(
			calendar
				.getAllSubcomponents('vevent')
				.map((c) => new ICAL.Event(c))
				.map((e) => [e.summary, e]),
		);
		expect(Object.keys(events).sort()).toEqual([
			'Herfstvakantie',
			'Informatieavond',
			'Kennismakingsgesprek',
			'Studiedag (leerlingen vrij)',
		]);
		expect(events['Kennismakingsgesprek']!.startDate.toString()).toBe('2026-09-08T15:00:00');
		expect(events['Kennismakingsgesprek']!.endDate.toString()).toBe('2026-09-08T15:30:00');
		expect(events['Kennismakingsgesprek']!.startDate.zone.tzid).toBe('Europe/Amsterdam');
		expect(events['Informatieavond']!.startDate.toString()).toBe('2026-11-16');
		expect(events['Informatieavond']!.endDate.toString()).toBe('2026-11-20');
		expect(events['Herfstvakantie']!.startDate.isDate).toBe(true);
		expect(events['Herfstvakantie']!.startDate.toString()).toBe('2026-10-19');
		expect(events['Herfstvakantie']!.endDate.toString()).toBe('2026-10-24');
		expect(events['Studiedag (leerlingen vrij)']!.endDate.toString()).toBe('2027-02-04');
	});

	test('the JSON file round-trips exactly; a bad file gets a Dutch message and changes nothing', async ({
		page,
	}) => {
		const maker = new InformatiekaartPage(page);
		await maker.goto();
		await fillCard(maker);
		await maker.chooseLanguage('tr');
		await maker.expectSaved();
		const saved = await maker.exportJson();
		expect(saved.name).toBe('informatiekaart-basisschool-de-regenboog-groep-5.json');
		const before = await maker.stored();
		expect(JSON.parse(saved.bytes.toString('utf8')).data).toEqual(before);

		// A bad file: a message in Dutch, and the card as it was.
		await maker.importJson({
			name: 'kapot.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format": "iets anders"'),
		});
		await expect(maker.problem).toContainText(
			'Dit bestand is geen geldige reservekopie: de inhoud is geen leesbare JSON. Er is niets veranderd.',
		);
		await maker.importJson({
			name: 'ander.json',
			mimeType: 'application/json',
			buffer: Buffer.from(
				JSON.stringify({
					format: 'gereedschapskist-ouderbetrokkenheid',
					template: 'klassenlijst',
					version: 1,
					data: {},
				}),
			),
		});
		await expect(maker.problem).toContainText(
			'Dit is een reservekopie van een ander sjabloon ("klassenlijst"), niet van de informatiekaart. Er is niets veranderd.',
		);
		expect(await maker.stored()).toEqual(before);
		await expect(maker.schoolName).toHaveValue('Basisschool De Regenboog');

		// Wipe, read the file back, save it again: the same card.
		await maker.wipe();
		await expect(maker.schoolName).toHaveValue('');
		await maker.importJson({ name: saved.name, mimeType: 'application/json', buffer: saved.bytes });
		await expect(maker.schoolName).toHaveValue('Basisschool De Regenboog');
		await expect(maker.field('Taal voor ouders')).toHaveValue('tr');
		expect(await maker.stored()).toEqual(before);
		const again = await maker.exportJson();
		expect(JSON.parse(again.bytes.toString('utf8')).data).toEqual(
			JSON.parse(saved.bytes.toString('utf8')).data,
		);
	});

	test('"new card" and "wipe" ask first; cancelling changes nothing', async ({ page }) => {
		const maker = new InformatiekaartPage(page);
		await maker.goto();
		await maker.schoolName.fill('De Regenboog');
		await maker.expectSaved();
		await page.getByRole('button', { name: 'Nieuwe kaart…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Nieuwe kaart beginnen?' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
		await dialog.getByRole('button', { name: 'Annuleren' }).click();
		await expect(maker.schoolName).toHaveValue('De Regenboog');
		await page.getByRole('button', { name: 'Nieuwe kaart…' }).click();
		await dialog.getByRole('button', { name: 'Ja, begin een nieuwe kaart' }).click();
		await expect(maker.schoolName).toHaveValue('');
		await expect(maker.schoolName).toBeFocused();

		await maker.schoolName.fill('Het Voorbeeldcollege');
		await page.getByRole('button', { name: 'Alles wissen…' }).click();
		await page
			.getByRole('dialog', { name: 'Alles wissen?' })
			.getByRole('button', { name: 'Annuleren' })
			.click();
		await expect(maker.schoolName).toHaveValue('Het Voorbeeldcollege');
		await maker.wipe();
		await expect(maker.schoolName).toHaveValue('');
		expect(await maker.stored()).toBeNull();
	});

	test('the example card fills in a positive start for po or vo; example sentences go into a field', async ({
		page,
	}) => {
		const maker = new InformatiekaartPage(page);
		await maker.goto();
		await maker.form.getByLabel('Voortgezet onderwijs (vo)').check();
		await page.getByRole('button', { name: 'Voorbeeldkaart invullen…' }).click();
		await expect(maker.schoolName).toHaveValue('Het Voorbeeldcollege');
		await expect(maker.card).toContainText('Mentor: Meneer Yilmaz');
		await expect(maker.card).toContainText('datum volgt');

		const closing = maker.field('Laatste zin op de kaart (niet verplicht)');
		await closing.fill('');
		const examples = closing.locator('xpath=..').locator('details');
		await examples.locator('summary').click();
		await examples.getByRole('button', { name: 'Gebruik deze zin (voorbeeld 2)' }).click();
		await expect(closing).toHaveValue('Heeft u een vraag? Neem gerust contact op.');
		await expect(closing).toBeFocused();
		await expect(maker.card.locator('.ik-card__closing')).toHaveText(
			'Heeft u een vraag? Neem gerust contact op.',
		);
	});

	test('labels in Arabic read right to left, beside the Dutch or alone; the team’s text stays as typed', async ({
		page,
	}) => {
		const maker = new InformatiekaartPage(page);
		await maker.goto();
		await expect(page.getByText(TRANSLATION_NOTICE)).toBeVisible();
		await fillCard(maker);
		await maker.chooseLanguage('ar');
		const heading = maker.card.locator('.ik-card__section--moments .ik-card__heading');
		await expect(heading.locator('[lang="ar"]')).toHaveText('مواعيد ننتظر فيها جميع أولياء الأمور');
		await expect(heading.locator('[lang="ar"]')).toHaveAttribute('dir', 'rtl');
		await expect(heading).toContainText('Hier verwachten we alle ouders');

		await maker.chooseLanguage('ar', 'alone');
		await expect(maker.card).toHaveAttribute('dir', 'rtl');
		await expect(maker.card).toHaveAttribute('lang', 'ar');
		await expect(heading).toHaveText('مواعيد ننتظر فيها جميع أولياء الأمور');
		expect(await maker.card.evaluate((card) => getComputedStyle(card).direction)).toBe('rtl');
		// The heading starts at the right, as Arabic does.
		const [cardBox, headingText] = [
			await maker.card.boundingBox(),
			await heading.locator('.ik-w__main').boundingBox(),
		];
		expect(cardBox!.x + cardBox!.width - (headingText!.x + headingText!.width)).toBeLessThan(
			cardBox!.width * 0.1,
		);
		await expect(maker.card.locator('.ik-card__school')).toHaveText('Basisschool De Regenboog');
		await expect(maker.card.locator('.ik-card__school [dir="auto"]')).toHaveAttribute('lang', 'nl');
		await expect(maker.printCards.first()).toHaveAttribute('dir', 'rtl');
	});

	test('axe finds nothing with a full card in Arabic beside Dutch, the examples open, and the confirm dialog', async ({
		page,
	}) => {
		// Two full scans of a long form: slow on a busy machine.
		test.setTimeout(300_000);
		const maker = new InformatiekaartPage(page);
		await maker.goto();
		await page.getByRole('button', { name: 'Voorbeeldkaart invullen…' }).click();
		await maker.chooseLanguage('ar');
		await maker.form.locator('details.gk-examples summary').first().click();
		const axe = () =>
			new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
				.analyze();
		const summary = (result: Awaited<ReturnType<typeof axe>>) =>
			result.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
			);
		expect(summary(await axe())).toEqual([]);
		await page.getByRole('button', { name: 'Nieuwe kaart…' }).click();
		await expect(page.getByRole('dialog', { name: 'Nieuwe kaart beginnen?' })).toBeVisible();
		expect(summary(await axe())).toEqual([]);
	});

	test('prints one A5 card, or two on landscape A4, and nothing else', async ({ page }) => {
		const maker = new InformatiekaartPage(page);
		await maker.goto();
		await fillCard(maker);
		const a5 = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		expect(pdfPages(a5)).toEqual({ pages: 1, size: expect.stringContaining('(A5)') });
		const text = pdfText(a5);
		expect(text).toContain('Basisschool De Regenboog');
		expect(text).toContain('Hier verwachten we alle ouders');
		expect(text).not.toContain('Kaart invullen');
		expect(text).not.toContain('Gereedschapskist');

		await page.getByLabel('A4 liggend: twee kaarten naast elkaar, één keer doorknippen').check();
		await maker.expectSaved();
		const a4 = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const info = pdfPages(a4);
		expect(info.pages).toBe(1);
		expect(info.size).toMatch(/^841\.\d+ x 59[45]\.\d+ pts/);
		expect(pdfText(a4).match(/Basisschool De Regenboog/g)).toHaveLength(2);
	});

	test('the preview sits beside the form on a desktop and below it on a phone; the card stays A5-shaped', async ({
		page,
	}) => {
		const maker = new InformatiekaartPage(page);
		await page.setViewportSize({ width: 1280, height: 800 });
		await maker.goto();
		const formBox = (await page.locator('.ik-form-area').boundingBox())!;
		const previewBox = (await page.locator('.ik-preview-area').boundingBox())!;
		expect(previewBox.x).toBeGreaterThan(formBox.x + formBox.width - 1);
		await expect(page.locator('.right-sidebar-container')).toHaveCount(0);

		await page.setViewportSize({ width: 390, height: 844 });
		await page.reload();
		const phoneForm = (await page.locator('.ik-form-area').boundingBox())!;
		const phonePreview = (await page.locator('.ik-preview-area').boundingBox())!;
		expect(phonePreview.y).toBeGreaterThan(phoneForm.y + phoneForm.height - 1);
		const frame = (await page.locator('[data-preview-frame]').boundingBox())!;
		expect(frame.width).toBeLessThanOrEqual(390);
		expect(frame.height / frame.width).toBeCloseTo(210 / 148, 1);
	});

	test('the tool page links to the maker', async ({ page }) => {
		const tool = new ToolPage(page);
		await tool.goto('/gereedschappen/informatiekaart/');
		const link = tool.card.getByRole('link', { name: 'Aan de slag: Informatiekaart maken' });
		await expect(link).toHaveAttribute('href', INFORMATIEKAART_PATH);
		await link.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Informatiekaart maken');
	});
});
