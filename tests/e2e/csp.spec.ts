import { parsePolicy } from '../../src/deploy/policy';
import { pageActions } from './support/page-actions';
import { PointerWatch } from './support/pointer-watch';
import { ToolIndexPage } from './pages/tool-index-page';
import { sitemapPaths } from './support/sitemap';
import { expect, test } from './support/test';

// Every test here fails on any CSP violation through the shared fixture (support/test.ts);
// these tests make sure every page and every user action is exercised under the policy.

/** Every page in the sitemap, the 404 page, and a missing URL (nginx answers it with the 404 page). */
for (const path of [...sitemapPaths(), '/404.html', '/bestaat-niet/']) {
	test(`no CSP violation on ${path}, and its <meta> policy equals the header`, async ({ page }) => {
		const response = await page.goto(path);
		await page.waitForLoadState('networkidle');
		const header = parsePolicy(response!.headers()['content-security-policy'] ?? '');
		const meta = parsePolicy(
			(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ??
				'',
		);
		// A <meta> policy cannot hold frame-ancestors; everything else is the same policy.
		expect(header.get('frame-ancestors')).toEqual(["'none'"]);
		header.delete('frame-ancestors');
		expect(meta).toEqual(header);
	});
}

for (const action of pageActions) {
	test(`no CSP violation when a user does: ${action.name}`, async ({ page, context }) => {
		// Whole user journeys (a form typed key by key, exports): more than the default 30 s on a busy machine.
		test.setTimeout(90_000);
		// A keyboard-only action is held to it: any mouse, touch or wheel input fails it (see PointerWatch).
		const pointer = action.keyboardOnly ? await PointerWatch.attach(context) : undefined;
		await page.goto(action.path);
		await action.run(page);
		if (pointer)
			expect(
				await pointer.settledInputs(page),
				'muis- of aanraakinvoer in een actie met keyboardOnly: true',
			).toEqual([]);
	});
}

test('every template page has its main actions in the sweep, one of them by keyboard only', () => {
	const missing = sitemapPaths()
		.filter((path) => path.startsWith('/sjablonen/'))
		.filter((path) => {
			const actions = pageActions.filter((action) => action.path === path);
			return actions.length === 0 || !actions.some((action) => action.keyboardOnly);
		});
	expect(missing, 'voeg acties toe in tests/e2e/support/page-actions.ts').toEqual([]);
});

test('a keyboard-only action that uses the mouse is caught: clicks, ticks, hovers and the wheel count, typing does not', async ({
	page,
	context,
}) => {
	const pointer = await PointerWatch.attach(context);
	const index = new ToolIndexPage(page);
	await index.goto();
	// The keyboard, and what stands in for it (selectOption for the arrow keys in a list), leave no trace.
	await index.text.focus();
	await page.keyboard.type('ouders');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await expect(index.option('Succesfactor', '1. Ouders voelen zich welkom')).toBeChecked();
	await index.reset.focus();
	await page.keyboard.press('Enter');
	await page.getByRole('combobox', { name: 'Selecteer thema' }).first().selectOption('light');
	expect(await pointer.settledInputs(page)).toEqual([]);
	// Each way of using the mouse is recorded.
	const mouseUses: [string, () => Promise<unknown>, RegExp][] = [
		['locator.click()', () => index.reset.click(), /mousedown op <button/],
		[
			'locator.check()',
			() => index.option('Succesfactor', '1. Ouders voelen zich welkom').check(),
			/pointerdown op <input/,
		],
		['locator.hover()', () => index.cards.first().hover(), /pointermove op /],
		['page.mouse.wheel()', () => page.mouse.wheel(0, 100), /wheel op /],
	];
	for (const [use, run, recorded] of mouseUses) {
		pointer.inputs.length = 0;
		await run();
		// The wheel reaches the page after the call returns (scrolling runs on its own): wait for it.
		await expect
			.poll(async () => (await pointer.settledInputs(page)).join('\n'), { message: use })
			.toMatch(recorded);
	}
});

test('a page whose inline script no longer matches its hash is caught (a stale hash fails the tests)', async ({
	page,
	csp,
}) => {
	// Serve the real page, with the real headers, but change one character of Starlight's theme script.
	await page.route('**/gereedschappen/informatiekaart/', async (route) => {
		const response = await route.fetch();
		const html = await response.text();
		const changed = html.replace(
			"localStorage.getItem('starlight-theme')",
			'localStorage.getItem("starlight-theme")',
		);
		expect(changed).not.toBe(html);
		await route.fulfill({ response, body: changed });
	});
	await page.goto('/gereedschappen/informatiekaart/');
	await expect
		.poll(() => csp.violations.filter((v) => v.includes('script-src')).length)
		.toBeGreaterThanOrEqual(2);
	expect(csp.violations.join('\n')).toMatch(/script-src-elem blokkeerde inline/);
	expect(csp.violations.join('\n')).toMatch(
		/Executing inline script violates the following Content Security Policy directive 'script-src/,
	);
	// Caught as expected; the fixture must not fail this test for it.
	csp.clear();
});

test('a style attribute that a script sets is caught unless the policy lists its value; the CSSOM is allowed', async ({
	page,
	csp,
}) => {
	await page.goto('/');
	// What templates should do instead (see README): set properties, not the attribute.
	await page.evaluate(() => document.body.style.setProperty('outline', '5px solid green'));
	await expect(page.locator('body')).toHaveCSS('outline-color', 'rgb(0, 128, 0)');
	expect(csp.violations).toEqual([]);
	await page.evaluate(() => document.body.setAttribute('style', 'outline: 5px solid red'));
	await expect.poll(() => csp.violations.join('\n')).toMatch(/style-src-attr blokkeerde inline/);
	csp.clear();
});
