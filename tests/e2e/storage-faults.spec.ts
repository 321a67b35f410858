import { ClassListPage } from './pages/class-list-page';
import { TemplateDataBlock } from './pages/template-data';
import { sitemapPaths } from './support/sitemap';
import { expect, test } from './support/test';

/** Every template page: when the browser lets the page store nothing (storage switched off), it says so at once. */
for (const path of sitemapPaths().filter((p) => p.startsWith('/sjablonen/'))) {
	test(`${path}: with storage switched off the page says so and offers a backup`, async ({
		page,
	}) => {
		await page.addInitScript(() => {
			// As in a browser with site data blocked: touching localStorage throws.
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('De toegang tot opslag is geweigerd.', 'SecurityError');
				},
			});
		});
		await page.goto(path);
		const data = new TemplateDataBlock(page);
		await expect(data.problem).toContainText('Je browser laat deze pagina niets bewaren');
		await expect(data.problem.getByRole('button', { name: 'Reservekopie opslaan' })).toBeVisible();
		await expect(data.status).toHaveText('Niet opgeslagen.');
	});
}

test('a full storage: the page says the change is not saved, offers a backup with it, and keeps working', async ({
	page,
}) => {
	const list = new ClassListPage(page);
	await list.goto();
	await list.addClass('Groep 5');
	await list.data.waitUntilSaved();
	// From now on the browser's storage is full.
	await page.evaluate(() => {
		Storage.prototype.setItem = function () {
			throw new DOMException('Quota exceeded', 'QuotaExceededError');
		};
	});
	await list.addPupil('Sam', 'de', 'Vries');
	await expect(list.data.problem).toContainText(
		'De opslag van je browser is vol. Je laatste wijzigingen zijn niet bewaard.',
	);
	// The backup offered holds what is on the screen, including the change that could not be stored.
	const download = page.waitForEvent('download');
	await list.data.problem.getByRole('button', { name: 'Reservekopie opslaan' }).click();
	const { readFileSync } = await import('node:fs');
	const backup = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
	expect(backup.data.classes[0].pupils.map((p: { firstName: string }) => p.firstName)).toEqual([
		'Sam',
	]);
	expect(await list.pupils()).toEqual(['Sam|de|Vries']);
});

test('two tabs editing the same class list do not silently overwrite each other', async ({
	page,
	context,
}) => {
	test.slow();
	// The test holds the clock, so both tabs can have typed before either saves (saving waits for a pause).
	await context.clock.install();
	const first = new ClassListPage(page);
	await first.goto();
	await first.addClass('Groep 5');
	await first.data.waitUntilSaved();
	const other = new ClassListPage(await context.newPage());
	await other.goto();
	expect(await other.classes()).toEqual(['Groep 5 (0)']);

	// A change in one tab shows up in the other when that tab has nothing unsaved.
	await other.addPupil('Eva', '', 'Claes');
	await other.data.waitUntilSaved();
	await expect.poll(() => first.pupils(), { timeout: 20_000 }).toEqual(['Eva||Claes']);

	const states = () =>
		Promise.all([first, other].map((tab) => tab.data.root.getAttribute('data-save-state')));
	// Both type before either has saved: the second save is refused, and that tab asks which version to keep.
	// Typed without switching tabs (a tab that goes to the background saves at once, which is right, but not this case).
	const type = (tab: ClassListPage, field: string, value: string) =>
		tab.page.getByRole('textbox', { name: field }).evaluate((input: HTMLInputElement, text) => {
			input.value = text;
			input.dispatchEvent(new Event('input', { bubbles: true }));
		}, value);
	// Installed clocks keep running; pause it so no save happens until the test lets time pass.
	await context.clock.pauseAt(Date.now() + 60_000);
	await type(first, 'Roepnaam 1', 'Eva-Lotte');
	await type(other, 'Achternaam 1', 'Claessens');
	expect(await states()).toEqual(['pending', 'pending']);
	await context.clock.runFor(2_000);
	// At least one tab asks (both may: each saw the other's save arrive after its own).
	await expect.poll(states, { timeout: 20_000 }).toContain('problem');
	const loser = (await states())[0] === 'problem' ? first : other;
	const winner = loser === first ? other : first;
	await expect(loser.data.problem).toContainText('ook in een ander tabblad gewijzigd');
	// Neither edit is lost: one is stored, the other is still on screen in the tab that asks.
	const onScreen = [...(await first.pupils()), ...(await other.pupils())];
	expect(onScreen).toEqual(expect.arrayContaining(['Eva-Lotte||Claes', 'Eva||Claessens']));
	// Keep this tab's version: it is saved, and the other tab follows.
	await loser.data.problem
		.getByRole('button', { name: 'Bewaar de versie van dit tabblad' })
		.click();
	await context.clock.runFor(2_000);
	await loser.data.waitUntilSaved();
	const kept = await loser.pupils();
	expect(
		JSON.parse((await loser.stored())!).data.classes[0].pupils.map(
			(p: { firstName: string; lastName: string }) => `${p.firstName}||${p.lastName}`,
		),
	).toEqual(kept);
	if ((await states())[winner === first ? 0 : 1] !== 'problem')
		await expect.poll(() => winner.pupils(), { timeout: 20_000 }).toEqual(kept);
});
