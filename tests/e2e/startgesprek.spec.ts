import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { docxText } from '../../src/lib/export/docx';
import { readZip } from '../../src/lib/files/zip';
import { axeViolations } from './support/axe';
import {
	makeClass,
	seedClassList,
	StartgesprekPage,
	STARTGESPREK_PATH,
} from './pages/startgesprek-page';
import { ToolPage } from './pages/tool-page';
import { expect, test, type Page } from './support/test';

const PAYLOAD = '<img src=x onerror=alert(1)>';

/** The text of each page of a PDF, through poppler's pdftotext (pages end with a form feed). */
function pdfPageTexts(bytes: Buffer): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'startgesprek-'));
	const file = join(dir, 'brieven.pdf');
	writeFileSync(file, bytes);
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
		.split('\f')
		.filter((page) => page.trim());
}

async function openWithClass(page: Page, count = 28) {
	const planner = new StartgesprekPage(page);
	await page.goto(STARTGESPREK_PATH);
	await seedClassList(page, [makeClass(count)]);
	await planner.goto();
	return planner;
}

/** Three afternoons from 13:00 to 16:40, a break on the first: 10 + 11 + 11 = 32 slots of 20 minutes. */
async function planThreeAfternoons(planner: StartgesprekPage) {
	await planner.teacher.fill('Juf Anouk');
	await planner.school.fill('De Regenboog');
	await planner.place.fill('lokaal 5');
	const first = await planner.addDay('2026-09-01', '13:00', '16:40');
	await planner.addBreak(first, '15:00', '15:20');
	await planner.addDay('2026-09-03', '13:00', '16:40');
	await planner.addDay('2026-09-08', '13:00', '16:40');
	await expect(first.locator('[data-day-status]')).toHaveText('10 gesprekken op deze dag.');
	await expect(planner.page.locator('[data-summary]')).toHaveText(
		'28 leerlingen in Groep 5, 32 tijden in de planning.',
	);
}

test.describe('startgesprek planner', () => {
	test('a class of 28 over three afternoons: assign, swap two families, print one letter each, export the calendar, reload', async ({
		page,
	}) => {
		test.setTimeout(240_000);
		const planner = await openWithClass(page);
		await planThreeAfternoons(planner);

		await planner.autoAssign();
		await expect(planner.conflicts).toHaveText(
			'Elke leerling heeft een eigen tijd. Er is niets dubbel geboekt.',
		);
		expect(await planner.shownTime('Sam Leerling01')).toBe('di 1 sep, 13:00–13:20');
		expect(await planner.shownTime('Eva Leerling02')).toBe('di 1 sep, 13:20–13:40');
		// The sixth slot ends at the break; the seventh family comes after it.
		expect(await planner.shownTime('Lina Leerling06')).toBe('di 1 sep, 14:40–15:00');
		expect(await planner.shownTime('Milan Leerling07')).toBe('di 1 sep, 15:20–15:40');
		expect(await planner.shownTime('Amir Leerling28')).toBe('di 8 sep, 15:00–15:20');

		// Two families swap.
		await planner.swap('Sam Leerling01', 'Eva Leerling02');
		await expect(planner.status).toContainText('Geruild.');
		expect(await planner.shownTime('Sam Leerling01')).toBe('di 1 sep, 13:20–13:40');
		expect(await planner.shownTime('Eva Leerling02')).toBe('di 1 sep, 13:00–13:20');

		// Moving a family onto a taken time shows the double booking; no time shows too.
		await planner
			.timeOf('Noah Leerling03')
			.selectOption({ label: 'di 1 sep, 14:00–14:20 (bezet: Yara Leerling04)' });
		await expect(planner.conflicts).toContainText(
			'Dubbel geboekt: di 1 sep, 14:00–14:20 hebben Noah Leerling03 en Yara Leerling04 dezelfde tijd.',
		);
		await expect(planner.schedule).toContainText(
			'Noah Leerling03 en Yara Leerling04 (dubbel geboekt)',
		);
		await planner.timeOf('Noah Leerling03').selectOption({ label: 'Geen tijd' });
		await expect(planner.conflicts).toContainText('Nog geen tijd: Noah Leerling03.');
		await page.getByRole('button', { name: 'Leerlingen zonder tijd indelen' }).click();
		await expect(planner.conflicts).toHaveText(
			'Elke leerling heeft een eigen tijd. Er is niets dubbel geboekt.',
		);
		const noah = await planner.shownTime('Noah Leerling03');
		expect(noah).toBe('di 1 sep, 13:40–14:00');

		// Sam's family reads Arabic.
		await planner.languageOf('Sam Leerling01').selectOption('ar');
		await planner.expectSaved();

		// The letters: one page per pupil, each with that pupil's time.
		await planner.choosePrint('letters');
		const pages = pdfPageTexts(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		expect(pages).toHaveLength(28);
		const pupils = makeClass(28).pupils;
		const expected = new Map<string, string>();
		for (const pupil of pupils) {
			const shown = await planner.shownTime(`${pupil.firstName} ${pupil.lastName}`);
			expected.set(pupil.firstName, /(\d\d:\d\d)–/.exec(shown)![1]!);
		}
		for (const pupil of pupils) {
			const word = new RegExp(`(^|[^\\p{L}])${pupil.firstName}([^\\p{L}]|$)`, 'u');
			const own = pages.filter((text) => word.test(text));
			expect(own, `brief voor ${pupil.firstName}`).toHaveLength(1);
			expect(own[0]).toContain(expected.get(pupil.firstName)!);
		}
		// In schedule order: Eva first at 13:00 on Tuesday 1 September, Sam's letter in Arabic.
		expect(pages[0]).toContain('Beste ouders en verzorgers van Eva');
		expect(pages[0]).toMatch(/dinsdag 1 september 2026/);
		expect(pages[0]).toContain('13:00 tot 13:20 uur');
		expect(pages[0]).toContain('lokaal 5');
		expect(pages[0]).toContain('Juf Anouk');
		expect(pages[1]).toContain('Sam');
		expect(pages[1]).toContain('13:20');
		expect(pages[1]).toMatch(/[\u0600-\u06FF]/);
		expect(pages.join('')).not.toContain('Gezinnen indelen');

		// The schedule prints as a list.
		await planner.choosePrint('schedule');
		const schedule = pdfPageTexts(
			await page.pdf({ preferCSSPageSize: true, printBackground: true }),
		).join('\n');
		expect(schedule).toContain('Startgesprekken Groep 5');
		expect(schedule).toMatch(/13:00–13:20\s+Eva Leerling02/);
		expect(schedule).toMatch(/15:00–15:20\s+Pauze/);
		expect(schedule).not.toContain('Beste ouders');

		// The calendar, read back with ical.js.
		const ics = await planner.exportIcs();
		expect(ics.name).toBe('startgesprekken-groep-5.ics');
		const calendar = new ICAL.Component(ICAL.parse(ics.bytes.toString('utf8')));
		const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events).toHaveLength(28);
		const sam = events.find((e) => e.summary === 'Startgesprek Sam Leerling01')!;
		expect(sam.startDate.toString()).toBe('2026-09-01T13:20:00');
		expect(sam.endDate.toString()).toBe('2026-09-01T13:40:00');
		expect(sam.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(
			'Europe/Amsterdam',
		);
		expect(sam.location).toBe('lokaal 5');
		expect(new Set(events.map((e) => e.uid)).size).toBe(28);

		// Everything is still there after a reload.
		await page.reload();
		await expect(planner.teacher).toHaveValue('Juf Anouk');
		await expect(planner.days).toHaveCount(3);
		expect(await planner.shownTime('Sam Leerling01')).toBe('di 1 sep, 13:20–13:40');
		expect(await planner.shownTime('Eva Leerling02')).toBe('di 1 sep, 13:00–13:20');
		expect(await planner.shownTime('Noah Leerling03')).toBe(noah);
		await expect(planner.languageOf('Sam Leerling01')).toHaveValue('ar');
		await expect(planner.conflicts).toHaveText(
			'Elke leerling heeft een eigen tijd. Er is niets dubbel geboekt.',
		);
	});

	test('the Word file has every letter on its own page, the Arabic one right to left; the writer loads only on the click', async ({
		page,
	}) => {
		const planner = await openWithClass(page, 6);
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await planner.addDay('2026-09-01', '13:00', '15:00');
		await planner.autoAssign();
		await planner.languageOf('Eva Leerling02').selectOption('ar');
		await planner.languageOf('Noah Leerling03').selectOption('tr');
		const before = scripts.length;
		const file = await planner.exportDocx();
		expect(scripts.length).toBeGreaterThan(before);
		expect(file.name).toBe('startgesprekken-groep-5-brieven.docx');
		const documentXml = new TextDecoder().decode(
			readZip(new Uint8Array(file.bytes), () => true).get('word/document.xml')!,
		);
		expect(documentXml.match(/<w:br w:type="page"\/>/g)).toHaveLength(5);
		const text = docxText(documentXml).join('\n');
		expect(text).toContain('Beste ouders en verzorgers van Sam');
		expect(text).toContain('Sayın Veliler');
		expect(text).toContain('13:40');
		// The Arabic letter's paragraphs run right to left.
		const arabic = documentXml.split('<w:br w:type="page"/>')[1]!;
		expect(arabic).toContain('<w:bidi/>');
		expect(arabic).toContain('<w:rtl/>');
		expect(arabic).toContain('w:bidi="ar"');
		await expect(planner.exportStatus).toHaveText(
			'Het Word-bestand met 6 brieven staat in je downloads.',
		);
	});

	test('presets add the chosen weekdays of the first school weeks or the end of the summer holiday', async ({
		page,
	}) => {
		const planner = await openWithClass(page, 3);
		await page.getByText('Meer dagen tegelijk toevoegen').click();
		await page.getByLabel('Eerste schooldag').fill('2026-08-31');
		await page.getByLabel('Periode').selectOption({ label: 'de eerste twee schoolweken' });
		await page.getByRole('button', { name: 'Deze dagen toevoegen' }).click();
		await expect(page.locator('[data-preset-message]')).toHaveText(
			'4 dagen toegevoegd. Haal weg wat je niet nodig hebt.',
		);
		await expect(planner.days.locator('legend')).toHaveText([
			'Dag 1: dinsdag 1 september 2026',
			'Dag 2: donderdag 3 september 2026',
			'Dag 3: dinsdag 8 september 2026',
			'Dag 4: donderdag 10 september 2026',
		]);
		await page
			.getByLabel('Periode')
			.selectOption({ label: 'de laatste week van de zomervakantie' });
		await page.getByLabel('maandag').check();
		await page.getByRole('button', { name: 'Deze dagen toevoegen' }).click();
		await expect(planner.days.locator('legend').nth(4)).toHaveText(
			'Dag 5: maandag 24 augustus 2026',
		);
		await expect(planner.days).toHaveCount(7);
		// Removing a day moves the focus to the next one and says so.
		await planner.days.nth(0).getByRole('button', { name: 'Dag verwijderen' }).click();
		await expect(planner.days).toHaveCount(6);
		await expect(page.getByLabel('Datum').first()).toBeFocused();
		// A slot length that does not fit: the page says so.
		await planner.slotMinutes.fill('200');
		await planner.slotMinutes.press('Tab');
		await expect(planner.status).toHaveText('Kies een duur tussen 5 en 90 minuten.');
		await expect(planner.slotMinutes).toHaveValue('20');
	});

	test('typed HTML shows as text in every field, the preview, the schedule and the print; nothing runs', async ({
		page,
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const planner = new StartgesprekPage(page);
		await page.goto(STARTGESPREK_PATH);
		await seedClassList(page, [
			{
				id: 'k1',
				name: PAYLOAD,
				pupils: [
					{ id: 'l1', firstName: PAYLOAD, lastName: 'Test' },
					{ id: 'l2', firstName: 'Eva' },
				],
			},
		]);
		await planner.goto();
		await planner.teacher.fill(PAYLOAD);
		await planner.school.fill(PAYLOAD);
		await planner.place.fill(PAYLOAD);
		await planner.addDay('2026-09-01', '13:00', '14:00');
		await planner.autoAssign();
		await planner.letterText.fill(
			`Welkom {leerling} ${PAYLOAD}\n\n{leerkracht} {school} {plaats} {klas}`,
		);
		await planner.expectSaved();
		await expect(planner.preview).toContainText(`Welkom ${PAYLOAD} ${PAYLOAD}`);
		await expect(planner.preview).toContainText(`${PAYLOAD} ${PAYLOAD} ${PAYLOAD} ${PAYLOAD}`);
		await expect(planner.schedule).toContainText(`${PAYLOAD} Test`);
		await expect(planner.printSheet).toContainText(`Welkom ${PAYLOAD}`);
		await expect(page.getByRole('option', { name: `${PAYLOAD} Test`, exact: true })).toHaveCount(1);
		await expect(
			page.getByRole('option', { name: `${PAYLOAD} Test (di 1 sep, 13:00–13:20)`, exact: true }),
		).toHaveCount(2);
		await planner.choosePrint('schedule');
		await expect(planner.printSheet).toContainText(`Startgesprekken ${PAYLOAD}`);
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		const text = pdfPageTexts(await page.pdf({ preferCSSPageSize: true })).join('');
		expect(text).toContain(PAYLOAD);
		const file = await planner.exportDocx();
		expect(
			docxText(
				new TextDecoder().decode(
					readZip(new Uint8Array(file.bytes), () => true).get('word/document.xml')!,
				),
			).join('\n'),
		).toContain(`Welkom ${PAYLOAD}`);
		expect(dialogs).toEqual([]);
	});

	test('the Arabic letter reads right to left; the letter text is edited per language and reset; screenshots', async ({
		page,
	}, testInfo) => {
		const planner = await openWithClass(page, 4);
		await planner.teacher.fill('Juf Anouk');
		await planner.place.fill('lokaal 5');
		await planner.school.fill('De Regenboog');
		const day = await planner.addDay('2026-09-01', '13:00', '14:40');
		await planner.addBreak(day, '13:40', '14:00');
		await planner.autoAssign();
		await planner.languageOf('Eva Leerling02').selectOption('ar');
		await planner.previewPupil.selectOption({ label: 'Eva Leerling02' });
		const letter = planner.preview.locator('.gk-letter');
		await expect(letter).toHaveAttribute('dir', 'rtl');
		await expect(letter).toHaveAttribute('lang', 'ar');
		await expect(letter).toContainText('الثلاثاء');
		await expect(letter).toContainText('13:20');
		// Right to left: the first line ends at the right edge of the sheet.
		const box = await planner.preview.boundingBox();
		const line = await letter
			.locator('p')
			.first()
			.evaluate((p) => {
				const range = document.createRange();
				range.selectNodeContents(p);
				const r = range.getBoundingClientRect();
				return { left: r.left, right: r.right };
			});
		expect(box!.x + box!.width - line.right).toBeLessThan(60);
		await page.setViewportSize({ width: 1280, height: 900 });
		await planner.preview.screenshot({ path: testInfo.outputPath('brief-arabisch.png') });
		await planner.schedule.screenshot({ path: testInfo.outputPath('rooster.png') });
		await page.setViewportSize({ width: 390, height: 844 });

		// Own text in Turkish, used for the Turkish family; reset asks first.
		await planner.letterLanguage.selectOption('tr');
		await expect(page.locator('[data-translation-notice]')).toBeVisible();
		await planner.letterText.fill('Merhaba {leerling}, saat {tijd}.');
		await planner.languageOf('Noah Leerling03').selectOption('tr');
		await planner.previewPupil.selectOption({ label: 'Noah Leerling03' });
		await expect(planner.preview.locator('.gk-letter')).toHaveText('Merhaba Noah, saat 14:00.');
		await page.getByRole('button', { name: 'Standaardtekst terugzetten…' }).click();
		await page
			.getByRole('dialog', { name: 'Standaardtekst terugzetten?' })
			.getByRole('button', { name: 'Ja, zet de standaardtekst terug' })
			.click();
		await expect(planner.preview.locator('.gk-letter')).toContainText('Sayın Veliler');
	});

	test('axe finds nothing on a filled-in plan with a double booking', async ({ page }) => {
		test.setTimeout(180_000);
		const planner = await openWithClass(page, 5);
		const day = await planner.addDay('2026-09-01', '13:00', '15:00');
		await planner.addBreak(day, '14:00', '14:20');
		await planner.autoAssign();
		await planner.timeOf('Sam Leerling01').selectOption({ index: 3 });
		await expect(planner.conflicts).toContainText('Dubbel geboekt');
		await page.getByText('Welke woorden tussen accolades kun je gebruiken?').click();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('the tool page offers the blank letter in six languages and links to the planner', async ({
		page,
	}) => {
		await page.goto('/gereedschappen/basisvormen/startgesprek/');
		const card = new ToolPage(page).card;
		const link = card.getByRole('link', {
			name: /Lege uitnodiging voor het startgesprek, in zes talen \(Word \(\.docx\), [\d,]+ kB\)/,
		});
		await expect(link).toHaveAttribute('href', '/downloads/startgesprek-uitnodiging-leeg.docx');
		const response = await page.request.get('/downloads/startgesprek-uitnodiging-leeg.docx');
		expect(response.ok()).toBe(true);
		const xml = new TextDecoder().decode(
			readZip(new Uint8Array(await response.body()), () => true).get('word/document.xml')!,
		);
		expect(docxText(xml).join('\n')).toContain('Beste ouders en verzorgers van');
		await card.getByRole('link', { name: /Aan de slag: Startgesprekken plannen/ }).click();
		await expect(page).toHaveURL(STARTGESPREK_PATH);
	});
});
