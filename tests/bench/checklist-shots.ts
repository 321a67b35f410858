// Screenshots of the checklist at 1280 and 390 px and its two print PDFs (by hand, not a test).
import { spawn, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = Number(process.argv[2] ?? 4402);
const base = `http://127.0.0.1:${port}`;
const out = '/tmp/co/shots';
execFileSync('mkdir', ['-p', out]);
const server = spawn('node_modules/.bin/node', ['tests/e2e/support/serve-nginx.ts', String(port)], {
	stdio: 'ignore',
});
try {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${base}/`)).ok) break;
		} catch {}
		await new Promise((r) => setTimeout(r, 200));
	}
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--disable-gpu'],
	});
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
	await page.goto(`${base}/sjablonen/checklist-oudercontact/`);
	const names = [
		'Sam de Vries',
		'Zoë Öztürk',
		'Fatima El Amrani',
		'Daan Bakker',
		'Noor Yılmaz',
		'Liam van Dijk',
		'Eva Claes',
		'Ayoub Amrani',
	];
	await page.evaluate((names) => {
		const pupils = names.map((n, i) => {
			const [f, ...rest] = n.split(' ');
			return {
				id: `l${i}`,
				firstName: f,
				infix: rest.length > 1 ? rest.slice(0, -1).join(' ') : '',
				lastName: rest.at(-1) ?? '',
			};
		});
		localStorage.setItem(
			'gereedschapskist:klassenlijst',
			JSON.stringify({
				version: 1,
				revision: 1,
				savedAt: '',
				data: { activeClassId: 'k1', classes: [{ id: 'k1', name: 'Groep 6', pupils }] },
			}),
		);
		const items = ['c1', 's1', 's2', 'a1', 'a2', 'a3'];
		const entries = (shift: number) =>
			Object.fromEntries(
				pupils.map((p, i) => [
					p.id,
					{
						scores: Object.fromEntries(items.map((it, j) => [it, 1 + ((i * 3 + j + shift) % 4)])),
						note: i % 3 === 0 ? 'Moeder komt vaak even binnen bij het ophalen.' : '',
						step: i % 2 === 0 ? 'Vader uitnodigen voor het gesprek.' : '',
					},
				]),
			);
		localStorage.setItem(
			'gereedschapskist:checklist-oudercontact',
			JSON.stringify({
				version: 1,
				revision: 1,
				savedAt: '',
				data: {
					itemSet: 'school',
					groups: [
						{ id: 'contact', title: 'Contact' },
						{ id: 'samenwerking', title: 'Samenwerking' },
						{ id: 'achtergrond', title: 'Achtergrond van de leerling' },
					],
					items: [
						{ id: 'c1', group: 'contact', short: 'Ouder op gesprek en ouderavond', text: '' },
						{ id: 's1', group: 'samenwerking', short: 'Ouder zoekt mij makkelijk op', text: '' },
						{ id: 's2', group: 'samenwerking', short: 'Ik zoek de ouder makkelijk op', text: '' },
						{ id: 'a1', group: 'achtergrond', short: 'Ik ken het gezin', text: '' },
						{
							id: 'a2',
							group: 'achtergrond',
							short: 'Thuis leert en krijgt het kind steun',
							text: '',
						},
						{
							id: 'a3',
							group: 'achtergrond',
							short: 'Ik ken andere belangrijke volwassenen',
							text: '',
						},
					],
					scale: [
						{ value: 1, label: 'Klopt niet' },
						{ value: 2, label: 'Klopt een beetje' },
						{ value: 3, label: 'Klopt grotendeels' },
						{ value: 4, label: 'Klopt helemaal' },
					],
					rounds: [
						{ id: 'r1', name: 'Voor de herfstvakantie', date: '2026-10-09', entries: entries(0) },
						{ id: 'r2', name: 'Na de kerstvakantie', date: '2027-01-22', entries: entries(1) },
					],
				},
			}),
		);
	}, names);
	await page.reload();
	await page.waitForLoadState('networkidle');
	await page.screenshot({ path: `${out}/desktop-top.png` });
	await page.locator('[data-fill]').screenshot({ path: `${out}/desktop-fill.png` });
	await page.locator('[data-compare]').screenshot({ path: `${out}/desktop-compare.png` });
	await page.locator('[data-settings] summary').click();
	await page.locator('[data-settings]').screenshot({ path: `${out}/desktop-settings.png` });
	await page.locator('[data-settings] summary').click();
	await page.getByRole('button', { name: 'Lijst afdrukken…' }).click();
	writeFileSync(
		`${out}/list.pdf`,
		await page.pdf({ preferCSSPageSize: true, printBackground: true }),
	);
	await page.getByRole('button', { name: 'Vergelijking afdrukken…' }).click();
	writeFileSync(
		`${out}/compare.pdf`,
		await page.pdf({ preferCSSPageSize: true, printBackground: true }),
	);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.reload();
	await page.waitForLoadState('networkidle');
	await page.locator('[data-fill]').screenshot({ path: `${out}/phone-fill.png` });
	await page.locator('[data-compare]').screenshot({ path: `${out}/phone-compare.png` });
	await browser.close();
	for (const name of ['list', 'compare'])
		execFileSync('pdftoppm', ['-png', '-r', '60', `${out}/${name}.pdf`, `${out}/${name}`]);
} finally {
	server.kill('SIGTERM');
}
