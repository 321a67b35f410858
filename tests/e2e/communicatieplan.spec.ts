import ICAL from 'ical.js';
import { axeViolations } from './support/axe';
import { CommunicatieplanPage, COMMUNICATIEPLAN_PATH } from './pages/communicatieplan-page';
import { makeClass, seedClassList } from './pages/startgesprek-page';
import { ToolPage } from './pages/tool-page';
import { pdfPageTexts, PrintRecorder } from './support/print';
import { expect, test, type Page } from './support/test';

const PAYLOAD = '<img src=x onerror=alert(1)>';

async function open(page: Page, count = 5) {
	const plan = new CommunicatieplanPage(page);
	await page.goto(COMMUNICATIEPLAN_PATH);
	await seedClassList(page, [makeClass(count)]);
	await plan.goto();
	return plan;
}

/** The plans of three pupils, after the examples in the handreiking. */
async function recordThree(plan: CommunicatieplanPage) {
	await plan.teacher.fill('Juf Anouk, groep 5');
	await plan.choosePupil('Sam Leerling01');
	await plan.addAgreement({
		what: 'Bellen of er bijzonderheden zijn',
		form: 'Telefoongesprek',
		date: '2026-11-16',
		time: '15:30',
	});
	await plan.addAgreement({
		what: 'Kijken of de doelen gehaald zijn',
		form: 'Gesprek op school',
		date: '2027-06-03',
	});
	await plan.choosePupil('Eva Leerling02');
	await plan.addAgreement({
		what: 'Huisbezoek om verder af te spreken',
		form: 'Huisbezoek',
		moment: 'meteen na het eerste rapport',
	});
	await plan.choosePupil('Noah Leerling03');
	await plan.addAgreement({
		what: 'Gesprek met de ouders',
		form: 'Anders',
		formOther: 'Gesprek in de bibliotheek',
		date: '2026-10-05',
		withPupil: false,
		initiative: 'De ouders',
	});
	await plan.expectSaved();
}

test.describe('communicatieplan op maat', () => {
	test('record a plan for three pupils; the overview is by month; a page per pupil prints; reload keeps it all', async ({
		page,
	}) => {
		test.setTimeout(180_000);
		const plan = await open(page);
		await recordThree(plan);

		await expect(plan.overview.locator('caption')).toHaveText([
			'oktober 2026',
			'november 2026',
			'juni 2027',
			'Zonder vaste datum',
		]);
		const rows = plan.overview.locator('tbody tr');
		await expect(rows.nth(0)).toHaveText(
			/maandag 5 oktober 2026.*Noah Leerling03.*Gesprek met de ouders.*Gesprek in de bibliotheek.*nee.*De ouders/,
		);
		await expect(rows.nth(1)).toHaveText(
			/maandag 16 november 2026, 15:30 uur.*Sam Leerling01.*Telefoongesprek/,
		);
		await expect(rows.nth(3)).toHaveText(
			/meteen na het eerste rapport.*Eva Leerling02.*Huisbezoek/,
		);
		await expect(plan.pupil.locator('option:checked')).toHaveText('Noah Leerling03 (1 afspraak)');

		const printer = await PrintRecorder.start(page);
		const printButton = page.getByRole('button', { name: 'Afdrukken…' });
		const pages = pdfPageTexts(await printer.printFrom(printButton));
		expect(pages).toHaveLength(3);
		expect(pages[0]).toContain('Communicatieplan van Sam Leerling01');
		expect(pages[0]).toContain('Bellen of er bijzonderheden zijn');
		expect(pages[0]).toContain('Juf Anouk, groep 5');
		expect(pages[1]).toContain('Communicatieplan van Eva Leerling02');
		expect(pages[1]).toContain('meteen na het eerste rapport');
		expect(pages[2]).toMatch(/Noah erbij\s+nee/);
		expect(pages.join('')).not.toContain('Afspraken per leerling');

		// One pupil only.
		await plan.printWho.selectOption({ label: 'Eva Leerling02' });
		expect(pdfPageTexts(await printer.printFrom(printButton))).toHaveLength(1);

		// The calendar: the three dated agreements; the one with a moment is left out, and the page says so.
		const ics = await plan.exportIcs();
		await expect(plan.exportStatus).toHaveText(
			'Het agendabestand met 3 afspraken staat in je downloads. 1 afspraak heeft geen datum en staat er niet in.',
		);
		const events = new ICAL.Component(ICAL.parse(ics.bytes.toString('utf8')))
			.getAllSubcomponents('vevent')
			.map((v) => new ICAL.Event(v));
		expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
			['Telefoongesprek: Sam Leerling01 – Bellen of er bijzonderheden zijn', '2026-11-16T15:30:00'],
			['Gesprek op school: Sam Leerling01 – Kijken of de doelen gehaald zijn', '2027-06-03'],
			['Gesprek in de bibliotheek: Noah Leerling03 – Gesprek met de ouders', '2026-10-05'],
		]);

		await page.reload();
		await expect(plan.teacher).toHaveValue('Juf Anouk, groep 5');
		await plan.choosePupil('Sam Leerling01');
		await expect(plan.agreements).toHaveCount(2);
		await expect(plan.agreements.nth(0).getByLabel('Wat spreken jullie af?')).toHaveValue(
			'Bellen of er bijzonderheden zijn',
		);
		await expect(plan.agreements.nth(0).getByLabel('Tijd (niet verplicht)')).toHaveValue('15:30');
		await plan.choosePupil('Eva Leerling02');
		await expect(plan.agreements.nth(0).getByLabel('Welk moment?')).toHaveValue(
			'meteen na het eerste rapport',
		);
		await plan.choosePupil('Noah Leerling03');
		await expect(plan.agreements.nth(0).getByLabel('Nee, zonder de leerling')).toBeChecked();
		await expect(plan.agreements.nth(0).getByLabel('Welke vorm?')).toHaveValue(
			'Gesprek in de bibliotheek',
		);
		await expect(plan.overview.locator('tbody tr')).toHaveCount(4);
	});

	test('removing an agreement asks first and moves the focus; axe finds nothing', async ({
		page,
	}) => {
		test.setTimeout(180_000);
		const plan = await open(page, 2);
		await plan.addAgreement({ what: 'Eerste', form: 'E-mail', date: '2026-09-20' });
		await plan.addAgreement({ what: 'Tweede', form: 'Videogesprek' });
		expect(await axeViolations(page)).toEqual([]);
		await plan.agreements.nth(0).getByRole('button', { name: 'Afspraak 1 verwijderen' }).click();
		await page
			.getByRole('dialog', { name: 'Afspraak verwijderen?' })
			.getByRole('button', { name: 'Annuleren' })
			.click();
		await expect(plan.agreements).toHaveCount(2);
		await plan.agreements.nth(0).getByRole('button', { name: 'Afspraak 1 verwijderen' }).click();
		await page
			.getByRole('dialog', { name: 'Afspraak verwijderen?' })
			.getByRole('button', { name: 'Ja, verwijder' })
			.click();
		await expect(plan.agreements).toHaveCount(1);
		await expect(plan.agreements.nth(0).getByLabel('Wat spreken jullie af?')).toHaveValue('Tweede');
		await expect(plan.agreements.nth(0).getByLabel('Wat spreken jullie af?')).toBeFocused();
	});

	test('typed HTML shows as text in every field, the overview and the print; nothing runs', async ({
		page,
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const plan = new CommunicatieplanPage(page);
		await page.goto(COMMUNICATIEPLAN_PATH);
		await seedClassList(page, [
			{ id: 'k1', name: PAYLOAD, pupils: [{ id: 'l1', firstName: PAYLOAD }] },
		]);
		await plan.goto();
		await plan.teacher.fill(PAYLOAD);
		await plan.school.fill(PAYLOAD);
		await plan.addAgreement({ what: PAYLOAD, form: 'Anders', formOther: PAYLOAD, moment: PAYLOAD });
		await plan.addAgreement({ what: PAYLOAD, date: '2026-10-01' });
		await plan.expectSaved();
		await expect(plan.overview).toContainText(`${PAYLOAD}${PAYLOAD}${PAYLOAD}`);
		await expect(plan.printSheet).toContainText(`Communicatieplan van ${PAYLOAD}`);
		await expect(plan.printSheet).toContainText(`Met vriendelijke groet, ${PAYLOAD}`);
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		const printer = await PrintRecorder.start(page);
		expect(
			pdfPageTexts(await printer.printFrom(page.getByRole('button', { name: 'Afdrukken…' }))).join(
				'',
			),
		).toContain(PAYLOAD);
		const ics = (await plan.exportIcs()).bytes.toString('utf8');
		expect(
			new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!).summary,
		).toBe(`Gesprek op school: ${PAYLOAD} – ${PAYLOAD}`);
		expect(dialogs).toEqual([]);
	});

	test('the tool page links to the template', async ({ page }) => {
		await page.goto('/gereedschappen/basisvormen/communicatieplan-op-maat/');
		await new ToolPage(page).card
			.getByRole('link', { name: /Aan de slag: Communicatieplan op maat invullen/ })
			.click();
		await expect(page).toHaveURL(COMMUNICATIEPLAN_PATH);
	});
});
