/**
 * Nothing jumps: on every page of the sitemap, at a phone's and a laptop's width, the layout of the
 * first paint is the layout after the scripts have run. A teacher who clicks a card while it moves
 * clicks the wrong tool.
 *
 * Made independent of the machine's speed: the page's script files are held back until the browser
 * has painted the page without them, and only then let through. So whatever a script moves always
 * moves after the first paint, and counts, as on the slowest laptop; a fast machine cannot hide it.
 * The browser's own `layout-shift` entries (those without recent input) are summed, as Core Web
 * Vitals do, and the elements that moved are named.
 */
import type { Page, Route } from '@playwright/test';
import { sitemapPaths } from './support/sitemap';
import { expect, test } from './support/test';

/** At most this much cumulative layout shift per page ("good" is 0.1; we hold ourselves to less). */
const MAX_SHIFT = 0.02;
const WIDTHS = [390, 1280];

interface Shift {
	value: number;
	sources: string[];
}

/**
 * Starlight's own chrome (not our code) sometimes shifts in a fresh tab: the table of contents
 * ("Op deze pagina") in the right sidebar is laid out by its custom element once it has measured
 * the headings. Such a shift, moving only Starlight's elements, is left out here.
 */
const STARLIGHT_CHROME =
	/^(STARLIGHT-TOC|MOBILE-STARLIGHT-TOC|NAV\.right-sidebar|DIV\.right-sidebar|ASIDE\.right-sidebar)/;

async function holdScriptsUntilPainted(page: Page): Promise<() => void> {
	const held: Route[] = [];
	let released = false;
	await page.route(/\.m?js(\?.*)?$/, (route) => (released ? route.continue() : held.push(route)));
	return () => {
		released = true;
		for (const route of held.splice(0)) void route.continue();
	};
}

async function layoutShifts(page: Page): Promise<Shift[]> {
	return page.evaluate(
		() =>
			new Promise<Shift[]>((resolve) => {
				const describe = (node: Node | null) => {
					if (!(node instanceof Element)) return node ? node.nodeName : '(weg)';
					const classes = [...node.classList]
						.slice(0, 2)
						.map((c) => `.${c}`)
						.join('');
					return `${node.tagName}${classes}${node.id ? `#${node.id}` : ''}`;
				};
				// Buffered: every shift since the page started, not only those after this call.
				new PerformanceObserver((list) => {
					const entries = list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
						sources?: { node: Node | null }[];
					})[];
					resolve(
						entries
							.filter((e) => !e.hadRecentInput)
							.map((e) => ({
								value: e.value,
								sources: (e.sources ?? []).map((s) => describe(s.node)),
							})),
					);
				}).observe({ type: 'layout-shift', buffered: true });
				// No entries at all: the observer is never called; an empty list is the answer.
				requestAnimationFrame(() => requestAnimationFrame(() => resolve([])));
			}),
	);
}

for (const width of WIDTHS) {
	test.describe(`at ${width} pixels wide`, () => {
		test.use({ viewport: { width, height: width < 500 ? 844 : 900 }, colorScheme: 'light' });

		for (const path of sitemapPaths()) {
			test(`${path}: nothing moves after the first paint`, async ({ page }) => {
				const release = await holdScriptsUntilPainted(page);
				await page.goto(path, { waitUntil: 'commit' });
				await page.waitForFunction(
					() => performance.getEntriesByName('first-contentful-paint').length > 0,
				);
				release();
				await page.waitForLoadState('networkidle');
				// Two frames after the last script: whatever it changed has been laid out.
				await page.evaluate(
					() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
				);

				const shifts = (await layoutShifts(page)).filter(
					(s) => !s.sources.length || !s.sources.every((name) => STARLIGHT_CHROME.test(name)),
				);
				const total = shifts.reduce((sum, s) => sum + s.value, 0);
				const moved = [...new Set(shifts.flatMap((s) => s.sources))].join(', ');
				expect(
					total,
					`${path} op ${width} px: verschuiving ${total.toFixed(3)} door ${moved || '(onbekend)'}`,
				).toBeLessThanOrEqual(MAX_SHIFT);
			});
		}
	});
}
