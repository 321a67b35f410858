/**
 * Figures for the checklist oudercontact, measured in Chromium (not a test; run by hand after a build):
 *
 *   node_modules/.bin/node tests/bench/checklist-figures.ts [port]
 *
 * - JavaScript (gzip, level 6) the page loads before any import or export: every script file it
 *   fetches plus its inline scripts;
 * - the time to read a class list of 1,000 rows (preview, then apply) on the class list page;
 * - the time per keystroke while scoring 40 pupils (from the key press to the next frame painted),
 *   for a score (digit, then Tab) and for a letter typed into a note.
 */
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const port = Number(process.argv[2] ?? 4402);
const base = `http://127.0.0.1:${port}`;
const server = spawn('node_modules/.bin/node', ['tests/e2e/support/serve-nginx.ts', String(port)], {
	stdio: 'ignore',
});
const stop = () => server.kill('SIGTERM');

async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${base}/`)).ok) return;
		} catch {}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('server did not start');
}

const stats = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
	return {
		n: values.length,
		median: +at(0.5).toFixed(1),
		p95: +at(0.95).toFixed(1),
		max: +sorted.at(-1)!.toFixed(1),
	};
};

function classList(classes: number, perClass: number) {
	const names = ['Sam', 'Zoë', 'Fatima', 'Daan', 'Noor', 'Liam', 'Eva', 'Ayoub', 'Mila', 'Jip'];
	const rows = ['\uFEFFGroep;Achternaam;Roepnaam;Tussenvoegsel'];
	for (let c = 0; c < classes; c++)
		for (let p = 0; p < perClass; p++)
			rows.push(
				`Klas ${c + 1};Achternaam${p};${names[p % names.length]};${p % 3 === 0 ? 'van der' : ''}`,
			);
	return rows.join('\r\n');
}

try {
	await waitForServer();
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--disable-gpu'],
	});
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });

	// 1,000 rows: 25 classes of 40.
	await page.goto(`${base}/sjablonen/klassenlijst/`);
	page.on('console', (m) => console.error('console:', m.text()));
	page.on('crash', () => console.error('page crashed'));
	await page.locator('[data-import-file]').setInputFiles({
		name: 'klassen.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(classList(25, 40)),
	});
	const importTimes = await page.evaluate(async () => {
		const preview = document.querySelector<HTMLElement>('[data-import-preview]')!;
		const status = document.querySelector<HTMLElement>('[data-save-status]')!;
		const until = async (check: () => boolean) => {
			while (!check()) await new Promise((resolve) => setTimeout(resolve, 2));
		};
		const t0 = performance.now();
		document.querySelector<HTMLButtonElement>('[data-preview-import]')!.click();
		await until(() => !preview.hidden);
		await new Promise(requestAnimationFrame);
		const t1 = performance.now();
		const previewMs = t1 - t0;
		document.querySelector<HTMLButtonElement>('[data-apply-import]')!.click();
		await until(() => /ingelezen/.test(status.textContent ?? ''));
		await new Promise(requestAnimationFrame);
		return { preview: previewMs, apply: performance.now() - t1 };
	});

	// The checklist with the first class (40 pupils): what it loads before any import or export.
	const scripts = new Map<string, Buffer>();
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script')
			scripts.set(new URL(response.url()).pathname, await response.body());
	});
	await page.goto(`${base}/sjablonen/checklist-oudercontact/`);
	await page.waitForLoadState('networkidle');
	const inline: string[] = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
	);
	const gz = (text: string | Buffer) => gzipSync(text, { level: 6 }).length;
	const files = [...scripts].map(([path, body]) => ({ path, gzip: gz(body) }));
	const jsGzip =
		files.reduce((sum, f) => sum + f.gzip, 0) + inline.reduce((sum, s) => sum + gz(s), 0);
	const rows = await page.locator('[data-score-table] tbody tr').count();

	// Keystrokes: a listener on the document notes the key press; after the page's own handler, the next painted frame ends it.
	await page.evaluate(() => {
		const w = window as unknown as { times: number[]; handler: number[]; start: number };
		w.times = [];
		w.handler = [];
		// Only a key that changes a field starts a measurement (not Tab).
		document.addEventListener(
			'keydown',
			(event) => (w.start = event.key.length === 1 ? performance.now() : w.start),
			true,
		);
		const done = () => {
			const start = w.start;
			// The page's own listener ran before this one (it sits on the table): the handler's time…
			w.handler.push(performance.now() - start);
			// …and until the next frame is painted.
			requestAnimationFrame(() => setTimeout(() => w.times.push(performance.now() - start), 0));
		};
		document.addEventListener('change', done);
		document.addEventListener(
			'input',
			(event) => event.target instanceof HTMLTextAreaElement && done(),
		);
	});
	await page.locator('[data-score-table] tbody select').first().focus();
	for (let pupil = 0; pupil < rows; pupil++) {
		for (let item = 0; item < 6; item++) {
			await page.keyboard.press(String(1 + ((pupil + item) % 4)));
			await page.keyboard.press('Tab');
		}
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
	}
	await page.waitForTimeout(200);
	const [scoreTimes, scoreHandler]: number[][] = await page.evaluate(() => {
		const w = window as unknown as { times: number[]; handler: number[] };
		return [w.times.splice(0), w.handler.splice(0)];
	});
	await page.locator('[data-score-table] textarea').nth(20).focus();
	await page.keyboard.type('Moeder belt graag na schooltijd, vader werkt in ploegendienst.', {
		delay: 30,
	});
	await page.waitForTimeout(200);
	const [noteTimes, noteHandler]: number[][] = await page.evaluate(() => {
		const w = window as unknown as { times: number[]; handler: number[] };
		return [w.times.splice(0), w.handler.splice(0)];
	});
	await page.waitForTimeout(600);
	const storedScores = await page.evaluate(() => {
		const data = JSON.parse(
			localStorage.getItem('gereedschapskist:checklist-oudercontact') ?? '{}',
		).data;
		return Object.keys(data?.rounds?.[0]?.entries ?? {}).length;
	});

	console.log(
		JSON.stringify(
			{
				checklistPage: {
					pupils: rows,
					jsGzipKB: +(jsGzip / 1000).toFixed(1),
					files,
					inlineScripts: inline.length,
				},
				import1000Rows: {
					previewMs: Math.round(importTimes.preview),
					applyMs: Math.round(importTimes.apply),
				},
				keystrokeMs: {
					scoreToNextFrame: stats(scoreTimes),
					scoreHandler: stats(scoreHandler),
					noteToNextFrame: stats(noteTimes),
					noteHandler: stats(noteHandler),
					pupilsWithScoresSaved: storedScores,
				},
			},
			null,
			2,
		),
	);
	await browser.close();
} finally {
	stop();
}
