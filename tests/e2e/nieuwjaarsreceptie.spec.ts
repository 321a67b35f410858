import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxText } from '../../src/lib/export/docx';
import { readZip } from '../../src/lib/files/zip';
import { axeViolations } from './support/axe';
import { NieuwjaarsreceptiePage, NIEUWJAARSRECEPTIE_PATH } from './pages/nieuwjaarsreceptie-page';
import { makeClass, seedClassList } from './pages/startgesprek-page';
import { ToolPage } from './pages/tool-page';
import { expect, test, type Page } from './support/test';

const PAYLOAD = '<img src=x onerror=alert(1)>';

function pdfPageTexts(bytes: Buffer): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'nieuwjaarsreceptie-'));
	const file = join(dir, 'uitnodiging.pdf');
	writeFileSync(file, bytes);
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
		.split('\f')
		.filter((page) => page.trim());
}

async function open(page: Page, className = 'Groep 5') {
	const planner = new NieuwjaarsreceptiePage(page);
	await page.goto(NIEUWJAARSRECEPTIE_PATH);
	await seedClassList(page, [{ ...makeClass(3), name: className }]);
	await planner.goto();
	return planner;
}

test.describe('nieuwjaarsreceptie planner', () => {
	test('an hour at most, with a Dutch message; invitations print one language per page, Arabic right to left; reload keeps it', async ({
		page,
	}) => {
		test.setTimeout(180_000);
		const planner = await open(page);
		await planner.fill({ end: '16:30' });
		await expect(planner.timeProblem).toHaveText(
			'Een nieuwjaarsreceptie duurt hooguit een uur. Kies een eindtijd tot en met 16:00.',
		);
		await expect(planner.end).toHaveAttribute('aria-invalid', 'true');
		await page.getByRole('button', { name: 'Afdrukken…' }).click();
		await expect(planner.printStatus).toHaveText(
			'Er is niets geprint. Een nieuwjaarsreceptie duurt hooguit een uur. Kies een eindtijd tot en met 16:00.',
		);
		expect(pdfPageTexts(await page.pdf({ preferCSSPageSize: true })).join('')).not.toContain(
			'Beste ouders',
		);

		await planner.end.fill('16:00');
		await expect(planner.timeProblem).toHaveText('');
		await expect(planner.preview).toContainText('Datum: donderdag 10 september 2026');
		await expect(planner.preview).toContainText('Tijd: 15:00 tot 16:00 uur');
		await expect(planner.preview).toContainText('nieuwjaarsreceptie van Groep 5');
		await expect(planner.preview).toContainText('Een drankje en een hapje.');

		await planner.printLanguage('Arabisch').check();
		await planner.printLanguage('Pools').check();
		await planner.expectSaved();
		const pages = pdfPageTexts(await page.pdf({ preferCSSPageSize: true }));
		expect(pages).toHaveLength(3);
		expect(pages[0]).toContain('Beste ouders en verzorgers');
		expect(pages[1]).toMatch(/[\u0600-\u06FF]/);
		expect(pages[1]).toContain('15:00');
		expect(pages[2]).toContain('Szanowni Rodzice');
		expect(pages[2]).toContain('10 września 2026');
		await expect(planner.printSheet.locator('article').nth(1)).toHaveAttribute('dir', 'rtl');
		// The teacher's own Dutch programme inside the Arabic letter keeps its own direction.
		await expect(
			planner.printSheet.locator('article').nth(1).locator('p', { hasText: 'Een drankje' }),
		).toHaveAttribute('dir', 'auto');

		await planner.language.selectOption('ar');
		await expect(planner.preview.locator('.gk-letter')).toHaveAttribute('dir', 'rtl');
		await expect(planner.preview.locator('.gk-letter')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('[data-translation-notice]')).toBeVisible();

		await page.reload();
		await expect(planner.end).toHaveValue('16:00');
		await expect(planner.place).toHaveValue('het lokaal van groep 5');
		await expect(planner.printLanguage('Arabisch')).toBeChecked();
		await expect(planner.printLanguage('Turks')).not.toBeChecked();
	});

	test('typed HTML shows as text in every field, the preview and the print; nothing runs; axe finds nothing', async ({
		page,
	}) => {
		test.setTimeout(180_000);
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const planner = await open(page, PAYLOAD);
		await planner.fill({ place: PAYLOAD, teacher: PAYLOAD, school: PAYLOAD });
		await planner.programme.fill(PAYLOAD);
		await planner.letter.fill(`{klas} {plaats} {programma} {leerkracht} {school} ${PAYLOAD}`);
		await planner.expectSaved();
		await expect(planner.preview).toHaveText(Array(6).fill(PAYLOAD).join(' '));
		await expect(planner.printSheet).toContainText(Array(6).fill(PAYLOAD).join(' '));
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(pdfPageTexts(await page.pdf({ preferCSSPageSize: true })).join('')).toContain(PAYLOAD);
		expect(dialogs).toEqual([]);
		await page.getByText('Welke woorden tussen accolades kun je gebruiken?').click();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('the tool page offers the blank invitation in six languages and links to the planner', async ({
		page,
	}) => {
		await page.goto('/gereedschappen/basisvormen/nieuwjaarsreceptie/');
		const card = new ToolPage(page).card;
		await expect(
			card.getByRole('link', {
				name: /Lege uitnodiging voor de nieuwjaarsreceptie, in zes talen \(Word \(\.docx\), [\d,]+ kB\)/,
			}),
		).toHaveAttribute('href', '/downloads/nieuwjaarsreceptie-uitnodiging-leeg.docx');
		const response = await page.request.get('/downloads/nieuwjaarsreceptie-uitnodiging-leeg.docx');
		expect(response.ok()).toBe(true);
		const xml = new TextDecoder().decode(
			readZip(new Uint8Array(await response.body()), () => true).get('word/document.xml')!,
		);
		expect(docxText(xml).join('\n')).toContain('nieuwjaarsreceptie van ……');
		await card.getByRole('link', { name: /Aan de slag: Nieuwjaarsreceptie plannen/ }).click();
		await expect(page).toHaveURL(NIEUWJAARSRECEPTIE_PATH);
	});
});
