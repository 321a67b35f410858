/**
 * The `test` every e2e spec imports: Playwright's, plus a CSP check on every test. Whatever a test
 * does (load a page, search, fill in a template, import, export), a Content-Security-Policy
 * violation anywhere in its browser context fails it, with the violations listed.
 *
 *   import { expect, test } from './support/test';
 *
 * A test that opens its own context with `browser.newContext()` calls `CspWatch.attach(context)`
 * itself and checks `watch.violations`.
 */
import { expect, test as base } from '@playwright/test';
import { CspWatch } from './csp-watch';

export const test = base.extend<{ csp: CspWatch }>({
	csp: [
		async ({ context }, use) => {
			const watch = await CspWatch.attach(context);
			await use(watch);
			expect(watch.violations, 'Content-Security-Policy-overtredingen').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
export type { Page, Locator } from '@playwright/test';
