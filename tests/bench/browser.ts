/**
 * What Chromium actually downloads: the scripts a page loads without any interaction (to check the
 * static count in weight.ts), and the search: bytes and time to the first result, for a first and a
 * second query. Playwright drives Debian's Chromium; bytes are what went over the wire (compressed
 * body and headers, as Playwright's `request.sizes()` reports them).
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './lighthouse.ts';

export async function launchBrowser(): Promise<Browser> {
	// Playwright adds its own headless flag; the rest are the benchmark's flags.
	return chromium.launch({
		executablePath: chromiumPath(),
		args: CHROMIUM_FLAGS.filter((f) => f !== '--headless'),
	});
}

interface Transfer {
	url: string;
	type: string;
	bytes: number;
}

/**
 * Records every finished request of a page's context (the page and its workers: Pagefind searches
 * in a worker) with its type and its bytes on the wire (compressed body plus headers).
 */
function recordNetwork(context: BrowserContext): Transfer[] {
	const transfers: Transfer[] = [];
	context.on('requestfinished', (request) => {
		// Listed at once, so the order of finishing is kept; the sizes arrive a moment later.
		const transfer = { url: request.url(), type: request.resourceType(), bytes: 0 };
		transfers.push(transfer);
		void request.sizes().then(
			(sizes) => (transfer.bytes = sizes.responseBodySize + sizes.responseHeadersSize),
			() => {},
		);
	});
	return transfers;
}

/** Waits until no request has finished for `quietMs` (at most `maxMs`). */
async function settle(transfers: Transfer[], quietMs = 1500, maxMs = 10_000) {
	const start = Date.now();
	let count = -1;
	let since = Date.now();
	while (Date.now() - start < maxMs) {
		if (transfers.length !== count) {
			count = transfers.length;
			since = Date.now();
		} else if (Date.now() - since >= quietMs) return;
		await new Promise((r) => setTimeout(r, 100));
	}
}

export interface LoadedScripts {
	/** Site paths of the scripts downloaded up to the `load` event. */
	atLoad: string[];
	/** Scripts downloaded after `load` without interaction (idle-time imports), with their bytes. */
	afterLoad: { path: string; bytes: number }[];
	/** Bytes on the wire for the whole page until the network was quiet. */
	totalBytes: number;
}

/** The scripts Chromium downloads for `url` with a cold cache, before and after the `load` event. */
export async function loadedScripts(browser: Browser, url: string): Promise<LoadedScripts> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const transfers = recordNetwork(context);
		await page.goto(url, { waitUntil: 'load' });
		const atLoad = transfers.filter((t) => t.type === 'script').map((t) => new URL(t.url).pathname);
		await settle(transfers);
		const after = transfers.filter(
			(t) => t.type === 'script' && !atLoad.includes(new URL(t.url).pathname),
		);
		return {
			atLoad: [...new Set(atLoad)].sort(),
			afterLoad: after.map((t) => ({ path: new URL(t.url).pathname, bytes: t.bytes })),
			totalBytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
		};
	} finally {
		await context.close();
	}
}

export interface SearchQueryFigures {
	query: string;
	/** From typing the query to the first result on screen (Pagefind waits ~300 ms after typing before it searches). */
	ms: number;
	/** Bytes on the wire for `/pagefind/` requests caused by this query. */
	bytes: number;
	requests: number;
}

export interface SearchFigures {
	/** Search code fetched before the dialog is opened (Starlight loads Pagefind's UI when the browser is idle). */
	idleBytes: number;
	idleFiles: string[];
	queries: SearchQueryFigures[];
}

const isPagefind = (t: Transfer) => new URL(t.url).pathname.startsWith('/pagefind/');

/**
 * Opens `url` with a cold cache, waits for the page to settle, opens the search dialog and types
 * each query in turn, timing until its first result is visible.
 */
export async function measureSearch(
	browser: Browser,
	url: string,
	queries: string[],
): Promise<SearchFigures> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const transfers = recordNetwork(context);
		const beforeLoad = new Set<string>();
		await page.goto(url, { waitUntil: 'load' });
		for (const t of transfers) beforeLoad.add(t.url);
		await settle(transfers);
		const idle = transfers.filter((t) => !beforeLoad.has(t.url));

		// Opening the dialog may already fetch Pagefind's index: that counts for the first query.
		let mark = transfers.length;
		const openButton = page.locator('site-search button[data-open-modal]');
		await openButton.click();
		const dialog = page.locator('site-search dialog');
		const input = dialog.locator('input.pagefind-ui__search-input');
		await input.waitFor({ state: 'visible' });

		const figures: SearchQueryFigures[] = [];
		for (const query of queries) {
			const start = performance.now();
			await input.fill(query);
			// Done when Pagefind's message names this query and a result is on screen.
			await page.waitForFunction(
				(q) => {
					const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
					const result = document.querySelector('.pagefind-ui__result-title');
					return message.includes(q) && !!result && (result as HTMLElement).offsetParent !== null;
				},
				query,
				{ polling: 'raf', timeout: 15_000 },
			);
			const ms = performance.now() - start;
			await settle(transfers, 1000);
			const mine = transfers.slice(mark).filter(isPagefind);
			mark = transfers.length;
			figures.push({
				query,
				ms: Math.round(ms),
				bytes: mine.reduce((s, t) => s + t.bytes, 0),
				requests: mine.length,
			});
		}
		return {
			idleBytes: idle.reduce((s, t) => s + t.bytes, 0),
			idleFiles: idle.map((t) => new URL(t.url).pathname),
			queries: figures,
		};
	} finally {
		await context.close();
	}
}
