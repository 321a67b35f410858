import { expect, type Page } from '@playwright/test';
import { ChecklistPage } from '../pages/checklist-page';
import { ClassListPage } from '../pages/class-list-page';
import { InformatiekaartPage, INFORMATIEKAART_PATH } from '../pages/informatiekaart-page';
import { CommunicatieplanPage, COMMUNICATIEPLAN_PATH } from '../pages/communicatieplan-page';
import { NieuwjaarsreceptiePage, NIEUWJAARSRECEPTIE_PATH } from '../pages/nieuwjaarsreceptie-page';
import { KwaliteitskaartPage, KWALITEITSKAART_PATH } from '../pages/kwaliteitskaart-page';
import { ZelfscanPage, ZELFSCAN_PATH } from '../pages/zelfscan-page';
import { BuddysPage, BUDDYS_PATH } from '../pages/buddys-page';
import { SearchDialog } from '../pages/search-dialog';
import {
	makeClass,
	seedClassList,
	StartgesprekPage,
	STARTGESPREK_PATH,
} from '../pages/startgesprek-page';

/**
 * What users do on the site beyond reading, for the CSP sweep (`csp.spec.ts`): each action runs in
 * its own test, and any Content-Security-Policy violation fails it. Scripts that only run on a
 * click or a keystroke are checked this way.
 *
 * Every template page (under /sjablonen/) must add its main actions here (fill in, save, import,
 * export, wipe), through its page object, and at least one of them with `keyboardOnly: true`;
 * `csp.spec.ts` fails for a template page without them. For example:
 *
 *   {
 *     name: 'checklist oudercontact: leerling toevoegen, scoren, exporteren naar Excel',
 *     path: '/sjablonen/checklist-oudercontact/',
 *     run: async (page) => {
 *       const checklist = new ChecklistPage(page);
 *       await checklist.addPupil('Sam');
 *       await checklist.score('Sam', 'contact', 3);
 *       await checklist.exportXlsx();
 *     },
 *   },
 */
export interface PageAction {
	/** What the user does, in a few words; the test's name. */
	name: string;
	/** The page the action starts on. */
	path: string;
	/** Does it like a user would, and asserts that it worked. */
	run(page: Page): Promise<void>;
	/** True when `run` uses only the keyboard (no clicks): each template needs one such action. */
	keyboardOnly?: boolean;
}

export const pageActions: PageAction[] = [
	{
		name: 'informatiekaart: invullen met alleen het toetsenbord',
		keyboardOnly: true,
		path: INFORMATIEKAART_PATH,
		run: async (page) => {
			const maker = new InformatiekaartPage(page);
			await maker.fillByKeyboard();
			await expect(maker.card).toContainText('Kennismakingsgesprek');
			await maker.expectSaved();
		},
	},
	{
		name: 'informatiekaart: voorbeeldkaart, Arabisch, logo, exporteren naar Word, agenda en JSON',
		path: INFORMATIEKAART_PATH,
		run: async (page) => {
			const maker = new InformatiekaartPage(page);
			await page.getByRole('button', { name: 'Voorbeeldkaart invullen…' }).click();
			await maker.chooseLanguage('ar', 'alone');
			await expect(maker.card).toHaveAttribute('dir', 'rtl');
			// A logo from the user's disk, shown as a data: URL (the policy allows no blob: images).
			const png = Buffer.from(
				'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
				'base64',
			);
			await maker.form
				.getByLabel('Logo van de school (niet verplicht)')
				.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
			await expect(maker.card.locator('img.ik-card__logo')).toHaveAttribute(
				'src',
				/^data:image\/png;base64,/,
			);
			await maker.field('Datum', maker.row('Contactmoment', 1)).fill('2026-09-08');
			expect((await maker.exportDocx()).name).toMatch(/\.docx$/);
			expect((await maker.exportIcs()).name).toMatch(/\.ics$/);
			expect((await maker.exportJson()).name).toMatch(/\.json$/);
		},
	},
	{
		name: 'informatiekaart: kaart inlezen, nieuwe kaart, alles wissen',
		path: INFORMATIEKAART_PATH,
		run: async (page) => {
			const maker = new InformatiekaartPage(page);
			await maker.schoolName.fill('De Regenboog');
			const saved = await maker.exportJson();
			await page.getByRole('button', { name: 'Nieuwe kaart…' }).click();
			await page
				.getByRole('dialog', { name: 'Nieuwe kaart beginnen?' })
				.getByRole('button', { name: 'Ja, begin een nieuwe kaart' })
				.click();
			await expect(maker.schoolName).toHaveValue('');
			await maker.importJson({
				name: saved.name,
				mimeType: 'application/json',
				buffer: saved.bytes,
			});
			await expect(maker.schoolName).toHaveValue('De Regenboog');
			await maker.wipe();
			await expect(maker.schoolName).toHaveValue('');
		},
	},
	{
		name: 'kwaliteitskaart: afspraak invullen en aan een succesfactor koppelen, alleen met het toetsenbord',
		keyboardOnly: true,
		path: KWALITEITSKAART_PATH,
		run: async (page) => {
			const maker = new KwaliteitskaartPage(page);
			await maker.fillByKeyboard();
			await expect(maker.coverageStatus).toContainText('De kaart dekt 1 van de 10 succesfactoren.');
			await maker.expectSaved();
		},
	},
	{
		name: 'kwaliteitskaart: voorbeeldkaart, logo, exporteren naar Word en JSON, afdrukken',
		path: KWALITEITSKAART_PATH,
		run: async (page) => {
			const maker = new KwaliteitskaartPage(page);
			await maker.exampleCard();
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
			expect((await maker.exportDocx()).name).toMatch(/\.docx$/);
			expect((await maker.exportJson()).name).toMatch(/\.json$/);
			await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
			await expect(maker.printCard).toContainText('Teamafspraken');
		},
	},
	{
		name: 'kwaliteitskaart: kaart inlezen, nieuwe kaart, alles wissen',
		path: KWALITEITSKAART_PATH,
		run: async (page) => {
			const maker = new KwaliteitskaartPage(page);
			await maker.schoolName.fill('De Regenboog');
			await maker.expectSaved();
			const saved = await maker.exportJson();
			await page.getByRole('button', { name: 'Nieuwe kaart…' }).click();
			await page
				.getByRole('dialog', { name: 'Nieuwe kaart beginnen?' })
				.getByRole('button', { name: 'Ja, begin een nieuwe kaart' })
				.click();
			await expect(maker.schoolName).toHaveValue('');
			await maker.importJson({
				name: saved.name,
				mimeType: 'application/json',
				buffer: saved.bytes,
			});
			await expect(maker.schoolName).toHaveValue('De Regenboog');
			await maker.data.wipe();
			await expect(maker.schoolName).toHaveValue('');
		},
	},
	{
		name: 'zelfscan: een factor beoordelen en bewijs noteren, alleen met het toetsenbord',
		keyboardOnly: true,
		path: ZELFSCAN_PATH,
		run: async (page) => {
			const scan = new ZelfscanPage(page);
			await scan.fillByKeyboard();
			await expect(scan.resultStatus).toContainText('1 van de 10 succesfactoren beoordeeld.');
			await scan.expectSaved();
		},
	},
	{
		name: 'zelfscan: beoordelen, nieuwe scan, vergelijken, bewaren als JSON, inlezen, afdrukken, alles wissen',
		path: ZELFSCAN_PATH,
		run: async (page) => {
			const scan = new ZelfscanPage(page);
			for (const n of [1, 5, 9]) await scan.rate(n, 2);
			await page.getByRole('button', { name: 'Nieuwe scan beginnen' }).click();
			await scan.rate(5, 1);
			await expect(scan.factorTable).toBeVisible();
			await expect(scan.advice.locator('[data-recommended-tools] li').first()).toBeVisible();
			const saved = await scan.exportJson();
			await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
			await expect(scan.report).toContainText('Zelfscan succesfactoren');
			await scan.data.wipe();
			await expect(scan.level(5, 1)).not.toBeChecked();
			await scan.importJson({
				name: saved.name,
				mimeType: 'application/json',
				buffer: saved.bytes,
			});
			await expect(scan.level(5, 1)).toBeChecked();
		},
	},
	{
		name: 'zoeken: dialoog openen, typen, een resultaat openen',
		path: '/',
		run: async (page) => {
			const search = new SearchDialog(page);
			await search.open();
			await search.search('ouders');
			// Pagefind searches in its Web Worker, from this site (worker-src 'self'), not on the main thread.
			expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContain(
				'/pagefind/pagefind-worker.js',
			);
			const first = search.results.first().getByRole('link').first();
			const href = await first.getAttribute('href');
			await first.click();
			await expect(page).toHaveURL(new URL(href!, page.url()).href);
			await page.waitForLoadState('networkidle');
		},
	},
	{
		name: 'zoeken met de sneltoets Ctrl+K',
		keyboardOnly: true,
		path: '/gereedschappen/informatiekaart/',
		run: async (page) => {
			const search = new SearchDialog(page);
			await expect(search.openButton).toBeEnabled();
			// Pagefind draws its field when the browser is idle, which a loaded test machine can delay
			// for many seconds; opening before that is covered by search-focus.spec.ts.
			await expect(page.locator('#starlight__search input')).toBeAttached({ timeout: 30_000 });
			await page.keyboard.press('Control+k');
			await expect(search.dialog).toBeVisible();
			await expect(search.input).toBeFocused();
			await page.keyboard.type('koelkast');
			await expect(search.results.first()).toContainText('Informatiekaart');
			await page.keyboard.press('Escape');
			await expect(search.dialog).toBeHidden();
		},
	},
	{
		name: 'thema wisselen naar licht; blijft licht na herladen',
		path: '/gereedschappen/informatiekaart/',
		run: async (page) => {
			await page.getByRole('combobox', { name: 'Selecteer thema' }).first().selectOption('light');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
			await page.reload();
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		},
	},
	{
		name: 'telefoon: menu en "Op deze pagina" openen',
		path: '/gereedschappen/informatiekaart/',
		run: async (page) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.reload();
			await page.getByRole('button', { name: 'Menu' }).click();
			await expect(page.locator('#starlight__sidebar')).toBeVisible();
			await page.getByRole('button', { name: 'Menu' }).click();
			await expect(page.locator('#starlight__sidebar')).toBeHidden();
			await page.locator('#starlight__mobile-toc summary').click();
			await expect(page.locator('#starlight__mobile-toc')).toHaveAttribute('open', '');
		},
	},
	{
		name: 'klassenlijst: klas maken, leerling toevoegen en verplaatsen, alleen met het toetsenbord',
		keyboardOnly: true,
		path: ClassListPage.path,
		run: async (page) => {
			const list = new ClassListPage(page);
			await list.newClassName.focus();
			await page.keyboard.type('Groep 7');
			await page.keyboard.press('Enter');
			for (const name of ['Sam', 'Eva']) {
				await page.keyboard.type(name);
				await page.keyboard.press('Enter');
			}
			await page.getByRole('button', { name: 'Eva omhoog' }).focus();
			await page.keyboard.press('Enter');
			expect(await list.pupils()).toEqual(['Eva||', 'Sam||']);
		},
	},
	{
		name: 'klassenlijst: bestand inlezen met voorbeeld, reservekopie opslaan, alles wissen',
		path: ClassListPage.path,
		run: async (page) => {
			const list = new ClassListPage(page);
			await list.previewFile({
				name: 'klas.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from('Roepnaam;Achternaam;Groep\nZoë;Öztürk;5A\n'),
			});
			await list.applyImport();
			expect(await list.pupils()).toEqual(['Zoë||Öztürk']);
			expect(JSON.parse(await list.data.exportBackup()).template).toBe('klassenlijst');
			await list.data.wipe();
			await expect(page.locator('[data-no-classes]')).toBeVisible();
		},
	},
	{
		name: 'checklist oudercontact: klas inlezen, scoren met alleen het toetsenbord, andere ronde kiezen',
		keyboardOnly: true,
		path: ChecklistPage.path,
		run: async (page) => {
			// The pupils come from the class list; put one class there first.
			await page.evaluate(() =>
				localStorage.setItem(
					'gereedschapskist:klassenlijst',
					JSON.stringify({
						version: 1,
						revision: 1,
						savedAt: '',
						data: {
							activeClassId: 'k1',
							classes: [
								{
									id: 'k1',
									name: 'Groep 6',
									pupils: [
										{ id: 'l1', firstName: 'Zoë', infix: '', lastName: 'Öztürk' },
										{ id: 'l2', firstName: 'Sam', infix: 'de', lastName: 'Vries' },
									],
								},
							],
						},
					}),
				),
			);
			await page.reload();
			const checklist = new ChecklistPage(page);
			await checklist.fillByKeyboard([
				{ scores: [3, 2, 4, 1, 2, 3], note: 'Belt graag', step: 'Uitnodigen' },
			]);
			await expect(checklist.score('Zoë Öztürk', 'Ik ken het gezin')).toHaveValue('1');
			await checklist.roundSelect.focus();
			await page.keyboard.press('ArrowDown');
			await expect(checklist.roundName).toHaveValue('Na de kerstvakantie');
			await checklist.data.waitUntilSaved();
		},
	},
	{
		name: 'checklist oudercontact: lijst aanpassen, Excel en CSV, afdrukken, alles wissen',
		path: ChecklistPage.path,
		run: async (page) => {
			await page.evaluate(() =>
				localStorage.setItem(
					'gereedschapskist:klassenlijst',
					JSON.stringify({
						version: 1,
						revision: 1,
						savedAt: '',
						data: {
							activeClassId: 'k1',
							classes: [
								{
									id: 'k1',
									name: 'Groep 6',
									pupils: [{ id: 'l1', firstName: 'Zoë', infix: '', lastName: 'Öztürk' }],
								},
							],
						},
					}),
				),
			);
			await page.reload();
			const checklist = new ChecklistPage(page);
			await checklist.score('Zoë Öztürk', 'Ik ken het gezin').selectOption('2');
			await checklist.openSettings();
			await page.getByRole('button', { name: '+ Onderwerp bij Contact' }).click();
			await expect(page.getByLabel('Onderwerp 2: kolomkop')).toBeFocused();
			await page.getByRole('button', { name: 'Stap toevoegen' }).click();
			await expect(checklist.score('Zoë Öztürk', 'Nieuw onderwerp')).toBeVisible();
			expect((await checklist.exportXlsx()).name).toMatch(/\.xlsx$/);
			expect((await checklist.exportCsv()).name).toMatch(/\.csv$/);
			await page.getByRole('button', { name: 'Vergelijking afdrukken…' }).click();
			await expect(checklist.printSheet).toContainText('vergelijking');
			await checklist.data.wipe();
			await expect(checklist.score('Zoë Öztürk', 'Ik ken het gezin')).toHaveValue('');
		},
	},
	{
		name: 'startgesprek: dag toevoegen, indelen en twee gezinnen ruilen met alleen het toetsenbord',
		keyboardOnly: true,
		path: STARTGESPREK_PATH,
		run: async (page) => {
			await seedClassList(page, [makeClass(4)]);
			const planner = new StartgesprekPage(page);
			await planner.goto();
			await planner.planByKeyboard('2026-09-01');
			expect(await planner.shownTime('Sam Leerling01')).toBe('di 1 sep, 13:20–13:40');
			expect(await planner.shownTime('Eva Leerling02')).toBe('di 1 sep, 13:00–13:20');
			await planner.expectSaved();
		},
	},
	{
		name: 'startgesprek: brief in het Arabisch, Word-bestand, agenda en reservekopie',
		path: STARTGESPREK_PATH,
		run: async (page) => {
			await seedClassList(page, [makeClass(3)]);
			const planner = new StartgesprekPage(page);
			await planner.goto();
			await planner.addDay('2026-09-01', '13:00', '14:00');
			await planner.autoAssign();
			await planner.languageOf('Eva Leerling02').selectOption('ar');
			await planner.previewPupil.selectOption({ label: 'Eva Leerling02' });
			await expect(planner.preview.locator('.gk-letter')).toHaveAttribute('dir', 'rtl');
			expect((await planner.exportDocx()).name).toMatch(/\.docx$/);
			expect((await planner.exportIcs()).name).toMatch(/\.ics$/);
			expect(JSON.parse(await planner.data.exportBackup()).template).toBe('startgesprek');
		},
	},
	{
		name: 'startgesprek: reservekopie inlezen, alles wissen',
		path: STARTGESPREK_PATH,
		run: async (page) => {
			await seedClassList(page, [makeClass(2)]);
			const planner = new StartgesprekPage(page);
			await planner.goto();
			await planner.teacher.fill('Juf Anouk');
			await planner.expectSaved();
			const backup = await planner.data.exportBackup();
			await planner.data.wipe();
			await expect(planner.teacher).toHaveValue('');
			await planner.data.importBackup(backup, { replacing: false });
			await expect(planner.teacher).toHaveValue('Juf Anouk');
		},
	},
	{
		name: 'communicatieplan: afspraak toevoegen en invullen met alleen het toetsenbord',
		keyboardOnly: true,
		path: COMMUNICATIEPLAN_PATH,
		run: async (page) => {
			await seedClassList(page, [makeClass(2)]);
			const plan = new CommunicatieplanPage(page);
			await plan.goto();
			await page.getByRole('button', { name: 'Afspraak toevoegen' }).focus();
			await page.keyboard.press('Enter');
			const what = plan.agreements.nth(0).getByLabel('Wat spreken jullie af?');
			await expect(what).toBeFocused();
			await page.keyboard.type('Bellen na het eerste rapport');
			await page.keyboard.press('Tab');
			await expect(plan.agreements.nth(0).getByLabel('Vorm van contact')).toBeFocused();
			await page.keyboard.press('ArrowDown');
			await expect(plan.agreements.nth(0).getByLabel('Vorm van contact')).toHaveValue('phone');
			await plan.expectSaved();
			await expect(plan.overview).toContainText('Bellen na het eerste rapport');
		},
	},
	{
		name: 'communicatieplan: afspraken voor twee leerlingen, agenda, reservekopie, wissen',
		path: COMMUNICATIEPLAN_PATH,
		run: async (page) => {
			await seedClassList(page, [makeClass(3)]);
			const plan = new CommunicatieplanPage(page);
			await plan.goto();
			await plan.addAgreement({ what: 'Telefoontje', form: 'Telefoongesprek', date: '2026-11-16' });
			await plan.choosePupil('Eva Leerling02');
			await plan.addAgreement({
				what: 'Huisbezoek',
				form: 'Huisbezoek',
				moment: 'na het eerste rapport',
			});
			expect((await plan.exportIcs()).name).toMatch(/\.ics$/);
			const backup = await plan.data.exportBackup();
			expect(JSON.parse(backup).template).toBe('communicatieplan');
			await plan.data.wipe();
			await expect(plan.overview).toContainText('Er zijn nog geen afspraken in deze klas.');
			await plan.data.importBackup(backup, { replacing: false });
			await expect(plan.overview.locator('tbody tr')).toHaveCount(2);
		},
	},
	{
		name: 'nieuwjaarsreceptie: plaats en programma typen met alleen het toetsenbord',
		keyboardOnly: true,
		path: NIEUWJAARSRECEPTIE_PATH,
		run: async (page) => {
			await seedClassList(page, [makeClass(2)]);
			const planner = new NieuwjaarsreceptiePage(page);
			await planner.goto();
			await planner.place.focus();
			await page.keyboard.type('Het lokaal van groep 5');
			await page.keyboard.press('Tab');
			await expect(planner.programme).toBeFocused();
			await page.keyboard.press('Control+End');
			await page.keyboard.type(' Neem gerust opa en oma mee.');
			await planner.expectSaved();
			await expect(planner.preview).toContainText('Plaats: Het lokaal van groep 5');
			await expect(planner.preview).toContainText('Neem gerust opa en oma mee.');
		},
	},
	{
		name: 'nieuwjaarsreceptie: invullen, te lang, printtalen kiezen, reservekopie, wissen',
		path: NIEUWJAARSRECEPTIE_PATH,
		run: async (page) => {
			await seedClassList(page, [makeClass(2)]);
			const planner = new NieuwjaarsreceptiePage(page);
			await planner.goto();
			await planner.fill({ end: '17:00' });
			await expect(planner.timeProblem).toContainText('hooguit een uur');
			await planner.end.fill('16:00');
			await planner.printLanguage('Turks').check();
			await planner.expectSaved();
			const backup = await planner.data.exportBackup();
			expect(JSON.parse(backup).template).toBe('nieuwjaarsreceptie');
			await planner.data.wipe();
			await expect(planner.place).toHaveValue('');
			await planner.data.importBackup(backup, { replacing: false });
			await expect(planner.place).toHaveValue('het lokaal van groep 5');
		},
	},
	{
		name: 'buddy’s: een ouder toevoegen met toestemming, alleen met het toetsenbord',
		keyboardOnly: true,
		path: BUDDYS_PATH,
		run: async (page) => {
			const buddys = new BuddysPage(page);
			await buddys.goto();
			await buddys.name.focus();
			await page.keyboard.type('Fatima el Amrani');
			await page.keyboard.press('Tab');
			await page.keyboard.type('Yasmina, groep 5');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await expect(page.getByLabel('Talen die de ouder spreekt')).toBeFocused();
			await page.keyboard.type('Arabisch, Nederlands');
			await page.keyboard.press('Tab');
			await expect(buddys.offer('Taal')).toBeFocused();
			await page.keyboard.press('Space');
			await buddys.consent.focus();
			await page.keyboard.press('Enter');
			await expect(buddys.parentProblem).toContainText('toestemming');
			await expect(buddys.consent).toBeFocused();
			await page.keyboard.press('Space');
			await page.keyboard.press('Enter');
			await expect(buddys.parentRow('Fatima el Amrani')).toContainText('Taal');
			await expect(buddys.name).toBeFocused();
			await buddys.expectSaved();
		},
	},
	{
		name: 'buddy’s: ouders toevoegen, voorstel koppelen, zelf koppelen, afdrukken, reservekopie, wissen',
		path: BUDDYS_PATH,
		run: async (page) => {
			const buddys = new BuddysPage(page);
			await buddys.goto();
			await buddys.addParent({ name: 'Karin de Vries', offers: ['Dyslexie', 'Thuis leren'] });
			await buddys.addParent({ name: 'Piet Jansen', needs: ['Dyslexie'] });
			await buddys.suggestion('Karin de Vries', 'Piet Jansen').click();
			await buddys.pairByHand(
				'Piet Jansen',
				'Karin de Vries',
				'Iets anders (zie notitie)',
				'Buren',
			);
			await expect(buddys.pairs.locator('tbody tr')).toHaveCount(2);
			await page.evaluate(() => (window.print = () => undefined));
			await page.getByRole('button', { name: 'Afdrukken…' }).click();
			await expect(buddys.printStatus).toContainText('2 koppelingen en 2 ouders');
			await buddys.expectSaved();
			const backup = await buddys.data.exportBackup();
			expect(JSON.parse(backup).template).toBe('buddys');
			await buddys.data.wipe();
			await expect(buddys.parents).toHaveText('Er staan nog geen ouders op de lijst.');
			await buddys.data.importBackup(backup, { replacing: false });
			await expect(buddys.pairs.locator('tbody tr')).toHaveCount(2);
		},
	},
];
