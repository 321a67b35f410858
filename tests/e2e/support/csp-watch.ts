import type { BrowserContext, ConsoleMessage, Page, Worker } from '@playwright/test';

/**
 * Collects every Content-Security-Policy violation in a browser context, two ways:
 * - the `securitypolicyviolation` event in each page, reported by an init script (which the page's
 *   CSP does not apply to) through a binding, so it survives navigations;
 * - the browser's console errors about the policy, from pages and their workers (a worker's
 *   violation, such as Pagefind's wasm being refused, only shows there).
 * Errors about the Permissions-Policy header are collected too: they mean the header is wrong.
 */
export class CspWatch {
	/** One line per violation, readable in a test failure. */
	readonly violations: string[] = [];
	private readonly seen = new Set<string>();

	private constructor() {}

	/** Starts watching `context`: every page opened in it from now on, and their workers. */
	static async attach(context: BrowserContext): Promise<CspWatch> {
		const watch = new CspWatch();
		await context.exposeBinding('__gkCspViolation', ({ page }, text: string) =>
			watch.add(`${path(page.url())}: ${text}`),
		);
		await context.addInitScript(() => {
			const report = (window as unknown as { __gkCspViolation: (text: string) => void })
				.__gkCspViolation;
			document.addEventListener(
				'securitypolicyviolation',
				(e) => {
					const where = e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : '';
					const sample = e.sample ? ` “${e.sample}”` : '';
					report(`${e.effectiveDirective} blokkeerde ${e.blockedURI || 'inline'}${sample}${where}`);
				},
				true,
			);
		});
		const onConsole = (message: ConsoleMessage, where: string) => {
			if (/Content[ -]Security[ -]Policy|Permissions-Policy/i.test(message.text())) {
				watch.add(`${where}: console ${message.type()}: ${message.text()}`);
			}
		};
		const watchPage = (page: Page) => {
			page.on('console', (message) => onConsole(message, path(page.url())));
			page.on('worker', (worker: Worker) =>
				worker.on('console', (message) => onConsole(message, `worker ${path(worker.url())}`)),
			);
		};
		context.pages().forEach(watchPage);
		context.on('page', watchPage);
		return watch;
	}

	/** Forgets what was collected, for a test that provokes a violation on purpose and has checked it. */
	clear() {
		this.violations.length = 0;
		this.seen.clear();
	}

	private add(line: string) {
		if (this.seen.has(line)) return;
		this.seen.add(line);
		this.violations.push(line);
	}
}

function path(url: string): string {
	try {
		const { pathname, search } = new URL(url);
		return pathname + search;
	} catch {
		return url;
	}
}
