import type { BrowserContext, Page } from '@playwright/test';

/**
 * Records every pointer input that reaches the pages of a browser context: mouse, touch, pen and
 * wheel. A test that promises to use only the keyboard (`keyboardOnly: true` in page-actions.ts)
 * attaches one and expects `inputs` to stay empty.
 *
 * Playwright's `locator.click()`, `dblclick()`, `check()`, `uncheck()`, `hover()`, `tap()`,
 * `dragTo()` and `page.mouse` all send real input events through the browser, which arrive with
 * `isTrusted`; an init script (which the page's CSP does not apply to) reports them through a
 * binding, so the record survives navigations and reloads. Enter or Space on a button also fires a
 * `click`, but no `pointerdown` or `mousedown`, so clicks themselves are not counted; neither are
 * the untrusted events that page scripts dispatch.
 *
 * Not pointer input, so allowed: `focus()`, `page.keyboard`, `fill()` and `pressSequentially()`
 * (typing), `selectOption()` (what the arrow keys do in a list), and `setInputFiles()`, which stands
 * in for the file dialog that Enter on a file button opens (a test cannot type into that dialog).
 */
export class PointerWatch {
	/** One line per input, with the element it reached: readable in a test failure. */
	readonly inputs: string[] = [];

	private constructor() {}

	/** Starts watching `context`: every page opened in it from now on. */
	static async attach(context: BrowserContext): Promise<PointerWatch> {
		const watch = new PointerWatch();
		await context.exposeBinding('__gkPointerInput', ({ page }, text: string) => {
			const line = `${new URL(page.url()).pathname}: ${text}`;
			if (!watch.inputs.includes(line)) watch.inputs.push(line);
		});
		await context.addInitScript(() => {
			const report = (window as unknown as { __gkPointerInput: (text: string) => void })
				.__gkPointerInput;
			const describe = (target: EventTarget | null) => {
				if (!(target instanceof Element)) return String(target);
				const name =
					target.getAttribute('aria-label') ?? target.textContent?.trim().slice(0, 40) ?? '';
				return `<${target.tagName.toLowerCase()}${target.id ? `#${target.id}` : ''}>${name ? ` “${name}”` : ''}`;
			};
			const types = [
				'pointerdown',
				'pointermove',
				'mousedown',
				'mousemove',
				'touchstart',
				'wheel',
				'contextmenu',
			];
			for (const type of types) {
				window.addEventListener(
					type,
					(e) => {
						if (e.isTrusted) report(`${type} op ${describe(e.target)}`);
					},
					{ capture: true, passive: true },
				);
			}
		});
		return watch;
	}

	/**
	 * The inputs so far, once `page` has reported everything it received: the page's reports and
	 * the answer to an evaluate travel in order on the same connection.
	 */
	async settledInputs(page: Page): Promise<string[]> {
		if (!page.isClosed()) await page.evaluate(() => undefined);
		return this.inputs;
	}
}
