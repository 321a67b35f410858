/**
 * Size budgets on the built site (`dist/`, made by the "site build" suite before this one): every
 * page in the sitemap, plus the 404 page, so new pages and templates are covered the moment they
 * exist. A failure names the page and the figure.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../build/fixture-site';
import { classifyPages, type KindPage } from '../bench/page-kinds';
import { bareStarlightSite, syntheticName, timedBuild, type BuildSite } from '../bench/sites';
import { kB } from '../bench/table';
import { pageWeight } from '../bench/weight';
import { BUDGETS } from './budgets';

const dist = join(projectRoot, 'dist');
if (!existsSync(join(dist, 'sitemap-index.xml')))
	throw new Error('Geen gebouwde site in dist/: bouw eerst (npm run build).');

const pages: KindPage[] = [
	...classifyPages(dist),
	{ kind: 'content', label: 'foutpagina', path: '/404.html' },
];
const contentPages = pages.filter((p) => p.kind !== 'template');
const templatePages = pages.filter((p) => p.kind === 'template');

describe('HTML', () => {
	test.for(pages.map((p) => p.path))('%s: HTML binnen het budget', (path) => {
		const { html } = pageWeight(dist, path);
		expect(
			html,
			`${path}: HTML is ${kB(html)} kB gzip; het budget is ${kB(BUDGETS.html)} kB`,
		).toBeLessThanOrEqual(BUDGETS.html);
	});
});

describe('JavaScript of content pages: no more than bare Starlight', () => {
	let bare: BuildSite | undefined;
	let bareJs = 0;
	let bareScripts: string[] = [];
	beforeAll(async () => {
		bare = bareStarlightSite(1);
		await timedBuild(bare);
		const weight = pageWeight(join(bare.dir, 'dist'), `/paginas/${syntheticName(1)}/`);
		bareJs = weight.js;
		bareScripts = weight.scripts;
	}, 300_000);
	afterAll(() => bare?.remove());

	test('the bare Starlight content page has JavaScript to compare with', () => {
		// Guards the comparison itself: a bare page with no scripts would mean the count is broken.
		expect(bareScripts.length).toBeGreaterThan(0);
		expect(bareJs).toBeGreaterThan(1000);
	});

	test.for(contentPages.map((p) => p.path))('%s: JS niet meer dan kale Starlight', (path) => {
		const { js, scripts } = pageWeight(dist, path);
		expect(
			js,
			`${path}: ${kB(js)} kB JavaScript gzip (${scripts.map((s) => s.replace('/_astro/', '')).join(', ')} en inline); ` +
				`een kale Starlight-inhoudspagina heeft ${kB(bareJs)} kB (plus ${BUDGETS.contentJsOverBare} bytes voor bekende extra’s, zie tests/budgets/budgets.ts)`,
		).toBeLessThanOrEqual(bareJs + BUDGETS.contentJsOverBare);
	});
});

// Until the first template lands there is nothing to check here; each one is checked from then on.
if (templatePages.length > 0)
	describe('JavaScript of template pages', () => {
		test.for(templatePages.map((p) => p.path))(
			'%s: JS voor import of export binnen het budget',
			(path) => {
				const { js, scripts } = pageWeight(dist, path);
				expect(
					js,
					`${path}: ${kB(js)} kB JavaScript gzip bij het laden (${scripts.map((s) => s.replace('/_astro/', '')).join(', ')} en inline); het budget is ${kB(BUDGETS.templateJs)} kB`,
				).toBeLessThanOrEqual(BUDGETS.templateJs);
			},
		);
	});
