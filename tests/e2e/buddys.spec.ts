import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from './support/axe';
import { BuddysPage, BUDDYS_PATH } from './pages/buddys-page';
import { ToolPage } from './pages/tool-page';
import { expect, test, type Page } from './support/test';

const PAYLOAD = '<img src=x onerror=alert(1)>';

function pdfText(bytes: Buffer): string {
	const dir = mkdtempSync(join(tmpdir(), 'buddys-'));
	const file = join(dir, 'buddys.pdf');
	writeFileSync(file, bytes);
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function open(page: Page) {
	const buddys = new BuddysPage(page);
	await buddys.goto();
	return buddys;
}

/** Four parents as a teacher meets them in the startgesprekken. */
async function fillClass(buddys: BuddysPage) {
	await buddys.addParent({
		name: 'Fatima el Amrani',
		child: 'Yasmina, groep 5',
		contact: '06 12345678',
		languages: 'Arabisch, Nederlands',
		offers: ['Taal', 'Nieuw op school'],
	});
	await buddys.addParent({
		name: 'Samira Haddad',
		child: 'Omar, groep 3',
		languages: 'Arabisch',
		needs: ['Taal', 'Nieuw op school'],
	});
	await buddys.addParent({
		name: 'Anna Kowalska',
		child: 'Zofia, groep 5',
		languages: 'Pools',
		needs: ['Taal'],
	});
	await buddys.addParent({
		name: 'Karin de Vries',
		contact: 'karin@example.org',
		offers: ['Dyslexie'],
	});
	await buddys.addParent({ name: 'Piet Jansen', child: 'Daan, groep 6', needs: ['Dyslexie'] });
}

test.describe('buddy’s', () => {
	test('a parent goes on the list only with consent; the message is Dutch and nothing is lost', async ({
		page,
	}) => {
		const buddys = await open(page);
		await expect(page.getByText('Alleen met toestemming.')).toBeVisible();
		await buddys.addParent({
			name: 'Fatima el Amrani',
			languages: 'Arabisch',
			offers: ['Taal'],
			consent: false,
		});
		await expect(buddys.parentProblem).toHaveText(
			'Zet een ouder alleen op de lijst als die daar toestemming voor heeft gegeven. Vink de toestemming aan als dat zo is.',
		);
		await expect(buddys.consent).toBeFocused();
		await expect(buddys.consent).toHaveAttribute('aria-invalid', '');
		await expect(buddys.parents).toHaveText('Er staan nog geen ouders op de lijst.');
		// What was typed is still there: ticking the box is enough.
		await expect(buddys.name).toHaveValue('Fatima el Amrani');
		await expect(buddys.offer('Taal')).toBeChecked();
		await buddys.consent.check();
		await buddys.saveParent.click();
		await expect(buddys.parentRow('Fatima el Amrani')).toContainText('Arabisch');
		await expect(buddys.parentRow('Fatima el Amrani').locator('td').nth(3)).toHaveText(
			/^Ja, \d+ \w+ \d{4}$/,
		);
		await expect(buddys.name).toHaveValue('');
		await expect(buddys.consent).not.toBeChecked();
	});

	test('suggestions match needs to offers, a language buddy shares a language; pairs made and removed by hand; reload keeps it all', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const buddys = await open(page);
		await fillClass(buddys);
		await expect(buddys.parents.locator('caption')).toHaveText('Ouders op de lijst (5)');

		await expect(buddys.suggestions.locator('li strong')).toHaveText([
			'Fatima el Amrani kan Samira Haddad helpen: taal',
			'Fatima el Amrani kan Samira Haddad helpen: nieuw op school',
			'Karin de Vries kan Piet Jansen helpen: dyslexie',
		]);
		await expect(buddys.suggestions.locator('li').first()).toContainText(
			'ze spreken allebei arabisch',
		);
		// Nobody on the list speaks Polish: the teacher sees that she has to look further.
		await expect(buddys.suggestions.locator('.bd-open')).toContainText(
			'Anna Kowalska: taal (pools)',
		);

		await buddys.suggestion('Fatima el Amrani', 'Samira Haddad').first().click();
		await expect(buddys.pairs.locator('tbody tr')).toHaveCount(1);
		await expect(buddys.pairs.locator('tbody tr').first()).toContainText(
			'Fatima el AmraniSamira HaddadTaal',
		);
		await expect(buddys.suggestions.getByRole('button').first()).toBeFocused();
		await expect(buddys.suggestions.locator('li strong')).toHaveText([
			'Fatima el Amrani kan Samira Haddad helpen: nieuw op school',
			'Karin de Vries kan Piet Jansen helpen: dyslexie',
		]);

		// By hand: the same pair twice is refused; a different pair is made.
		await buddys.pairByHand(
			'Fatima el Amrani (Yasmina, groep 5)',
			'Samira Haddad (Omar, groep 3)',
			'Taal',
		);
		await expect(buddys.pairProblem).toHaveText(
			'Deze twee ouders zijn hier al aan elkaar gekoppeld.',
		);
		await buddys.pairByHand(
			'Karin de Vries',
			'Piet Jansen (Daan, groep 6)',
			'Dyslexie',
			'Elkaar voorgesteld op het schoolplein',
		);
		await expect(buddys.pairProblem).toHaveText('');
		await expect(buddys.pairs.locator('tbody tr')).toHaveCount(2);
		await expect(buddys.suggestions.locator('li strong')).toHaveText([
			'Fatima el Amrani kan Samira Haddad helpen: nieuw op school',
		]);

		// Editing a parent: Anna turns out to speak Arabic too, so Fatima can help her.
		await buddys
			.parentRow('Anna Kowalska')
			.getByRole('button', { name: 'Anna Kowalska bewerken' })
			.click();
		await expect(buddys.name).toBeFocused();
		await expect(buddys.name).toHaveValue('Anna Kowalska');
		await page.getByLabel('Talen die de ouder spreekt').fill('Pools, Arabisch');
		await buddys.saveParent.click();
		await expect(buddys.parents.locator('caption')).toHaveText('Ouders op de lijst (5)');
		await expect(buddys.suggestions.locator('li strong')).toContainText([
			'Fatima el Amrani kan Anna Kowalska helpen: taal',
		]);
		await expect(buddys.suggestions.locator('.bd-open')).toHaveCount(0);

		await buddys.pairs
			.getByRole('button', { name: 'Ontkoppelen: Karin de Vries en Piet Jansen' })
			.click();
		await expect(buddys.pairs.locator('tbody tr')).toHaveCount(1);
		await expect(page.locator('#bd-pairs-h')).toBeFocused();
		await buddys.expectSaved();

		await page.reload();
		await expect(buddys.parents.locator('caption')).toHaveText('Ouders op de lijst (5)');
		await expect(buddys.pairs.locator('tbody tr')).toHaveCount(1);
		await expect(buddys.parentRow('Anna Kowalska')).toContainText('Pools, Arabisch');
	});

	test('a parent who withdraws is removed with every pair, after a question', async ({ page }) => {
		const buddys = await open(page);
		await fillClass(buddys);
		await buddys.suggestion('Fatima el Amrani', 'Samira Haddad').first().click();
		await buddys.suggestion('Karin de Vries', 'Piet Jansen').click();
		await expect(buddys.pairs.locator('tbody tr')).toHaveCount(2);
		await buddys
			.parentRow('Fatima el Amrani')
			.getByRole('button', { name: 'Fatima el Amrani verwijderen' })
			.click();
		const dialog = page.getByRole('dialog', { name: 'Fatima el Amrani van de lijst halen?' });
		await expect(dialog).toContainText('de koppeling met deze ouder');
		await dialog.getByRole('button', { name: 'Annuleren' }).click();
		await expect(buddys.parentRow('Fatima el Amrani')).toHaveCount(1);
		await buddys
			.parentRow('Fatima el Amrani')
			.getByRole('button', { name: 'Fatima el Amrani verwijderen' })
			.click();
		await dialog.getByRole('button', { name: 'Ja, verwijder deze ouder' }).click();
		await expect(buddys.parentRow('Fatima el Amrani')).toHaveCount(0);
		await expect(buddys.pairs.locator('tbody tr')).toHaveCount(1);
		await expect(buddys.pairs).not.toContainText('Fatima');
		await expect(page.getByLabel('Ouder die helpt').locator('option')).toHaveText([
			'Kies een ouder',
			'Samira Haddad (Omar, groep 3)',
			'Anna Kowalska (Zofia, groep 5)',
			'Karin de Vries',
			'Piet Jansen (Daan, groep 6)',
		]);
	});

	test('prints the pairs with both parents’ contact details and the list', async ({ page }) => {
		const buddys = await open(page);
		await fillClass(buddys);
		await buddys.suggestion('Fatima el Amrani', 'Samira Haddad').first().click();
		await buddys.expectSaved();
		await page.getByRole('button', { name: 'Afdrukken…' }).evaluate((button) => {
			window.print = () => undefined;
			(button as HTMLButtonElement).click();
		});
		await expect(buddys.printStatus).toHaveText(
			'Het printvenster is geopend met 1 koppeling en 5 ouders.',
		);
		const text = pdfText(await page.pdf({ preferCSSPageSize: true }));
		expect(text).toContain('Buddy’s: koppelingen');
		expect(text).toMatch(/Fatima el Amrani\s+Samira Haddad\s+Taal/);
		expect(text).toContain('06 12345678');
		expect(text).toContain('karin@example.org');
		expect(text).toContain('Bewaar hem veilig');
		// Only the sheet is printed, not the form or the site around it.
		expect(text).not.toContain('Naam van de ouder');
		expect(text).not.toContain('Reservekopie');
	});

	test('HTML typed in every field shows as text in the list, the suggestions and the print; nothing runs', async ({
		page,
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const buddys = await open(page);
		await buddys.addParent({
			name: `${PAYLOAD}1`,
			child: PAYLOAD,
			contact: PAYLOAD,
			languages: PAYLOAD,
			offers: ['Taal'],
			offerNote: PAYLOAD,
			needNote: PAYLOAD,
		});
		await buddys.addParent({ name: `${PAYLOAD}2`, languages: PAYLOAD, needs: ['Taal'] });
		await expect(buddys.parentRow(`${PAYLOAD}1`).locator('th')).toHaveText(
			`${PAYLOAD}1${PAYLOAD}${PAYLOAD}`,
		);
		await expect(buddys.parentRow(`${PAYLOAD}1`).locator('td').nth(1)).toHaveText(
			`Taal, ${PAYLOAD}`,
		);
		await expect(buddys.suggestions.locator('li strong')).toHaveText(
			`${PAYLOAD}1 kan ${PAYLOAD}2 helpen: taal`,
		);
		await buddys.suggestions.getByRole('button').click();
		await expect(buddys.pairs.locator('tbody td').first()).toHaveText(`${PAYLOAD}1`);
		await buddys.pairByHand(
			`${PAYLOAD}2`,
			`${PAYLOAD}1 (${PAYLOAD})`,
			'Iets anders (zie notitie)',
			PAYLOAD,
		);
		await expect(buddys.pairs.locator('tbody tr').nth(1).locator('td').nth(3)).toHaveText(PAYLOAD);
		await expect(buddys.printSheet).toContainText(`${PAYLOAD}1${PAYLOAD}`);
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(pdfText(await page.pdf({ preferCSSPageSize: true }))).toContain(PAYLOAD);
		expect(dialogs).toEqual([]);
	});

	test('axe finds nothing with a full list, suggestions and pairs on screen, and a problem shown', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const buddys = await open(page);
		await fillClass(buddys);
		await buddys.suggestion('Fatima el Amrani', 'Samira Haddad').first().click();
		await buddys.addParent({ name: 'Zonder toestemming', consent: false });
		await expect(buddys.parentProblem).not.toBeEmpty();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('the tool page links to the template', async ({ page }) => {
		await page.goto('/gereedschappen/basisvormen/buddys/');
		await new ToolPage(page).card
			.getByRole('link', { name: /Aan de slag: Buddy’s koppelen/ })
			.click();
		await expect(page).toHaveURL(BUDDYS_PATH);
	});
});
