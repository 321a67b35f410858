#!/usr/bin/env node
/**
 * `npm run bench`: build time, page weight, Lighthouse and search, each beside a bare Starlight
 * site built in the same run. Prints tables and writes everything as JSON to `bench-results/`.
 * Not part of `npm test` (it takes minutes and its times depend on the machine); the size budgets
 * that are deterministic are in tests/budgets/.
 *
 *   npm run bench                          everything (about 5 minutes on 2 cores)
 *   npm run bench -- --sizes 100,500       other numbers of synthetic tool pages
 *   npm run bench -- --skip lighthouse     leave out a part: build, weight, lighthouse, search
 *   npm run bench -- --profile             also: where the build time goes at the largest size
 *
 * Ports: nginx on BENCH_PORT (default 4340) and BENCH_PORT+1, Chromium's debugging port on +2.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../build/fixture-site.ts';
import { builtPolicy } from '../../src/deploy/site-scan.ts';
import { startNginx, type RunningNginx } from '../e2e/support/nginx.ts';
import {
	launchBrowser,
	loadedScripts,
	measureSearch,
	type LoadedScripts,
	type SearchFigures,
} from './browser.ts';
import { runLighthouse, type LighthouseScores } from './lighthouse.ts';
import { representativePages, type KindPage } from './page-kinds.ts';
import { PROFILE_VARIANTS } from './profile.ts';
import {
	bareStarlightSite,
	projectSiteWithTools,
	realSite,
	stopBuilds,
	syntheticName,
	timedBuild,
	TOOL_FIXTURE,
	type BuildResult,
	type BuildSite,
} from './sites.ts';
import { kB, table } from './table.ts';
import { pageWeight, type PageWeight } from './weight.ts';

const PARTS = ['build', 'weight', 'lighthouse', 'search'] as const;
type Part = (typeof PARTS)[number];

const { values: args } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100,500,1000' },
		skip: { type: 'string', multiple: true, default: [] },
		profile: { type: 'boolean', default: false },
		queries: { type: 'string', default: 'gesprek,koelkast' },
		'lighthouse-runs': { type: 'string', default: '3' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (args.help) {
	console.log(
		'npm run bench -- [--sizes 100,500,1000] [--skip build|weight|lighthouse|search] [--profile] [--queries a,b]',
	);
	process.exit(0);
}
const skipped = new Set(args.skip.flatMap((s) => s.split(',')));
for (const s of skipped)
	if (!PARTS.includes(s as Part))
		throw new Error(`Onbekend onderdeel voor --skip: ${s} (kies uit ${PARTS.join(', ')})`);
const runs = (part: Part) => !skipped.has(part);
const sizes = args.sizes
	.split(',')
	.map(Number)
	.filter((n) => n > 0);
const queries = args.queries.split(',').filter(Boolean);
const basePort = Number(process.env.BENCH_PORT ?? 4340);

const log = (message: string) => console.error(`▶ ${message}`);
const dist = join(projectRoot, 'dist');

/** The bare Starlight page that stands beside ours: the fixture tool page's text as plain Markdown. */
const BARE_CONTENT_PATH = `/paginas/${syntheticName(1)}/`;
/** The tool page whose text the synthetic pages and the bare site copy, so the two compare like for like. */
const FIXTURE_TOOL_PATH = `/${TOOL_FIXTURE.replace(/^src\/content\/docs\//, '').replace(/\.mdx?$/, '')}/`;

interface BuildRow {
	label: string;
	synthetic: number;
	project: Pick<BuildResult, 'ms' | 'cpuMs' | 'pages' | 'stages'>;
	bare: Pick<BuildResult, 'ms' | 'cpuMs' | 'pages' | 'stages'>;
	/** Gzip HTML of the pages that list every tool, at this size. */
	listingHtml?: Record<string, number>;
}

const results = {
	date: new Date().toISOString(),
	machine: {
		cpus: cpus().length,
		cpu: cpus()[0]?.model,
		loadAtStart: loadavg().map((l) => Number(l.toFixed(2))),
		node: process.version,
	},
	builds: [] as BuildRow[],
	profile: [] as {
		label: string;
		what: string;
		ms: number;
		cpuMs: number;
		pages: number;
		savedMs: number;
		savedCpuMs: number;
		stages: Record<string, number>;
	}[],
	weights: [] as (PageWeight & { kind: string })[],
	network: [] as ({ path: string; staticScripts: string[] } & LoadedScripts)[],
	lighthouse: [] as ({ path: string; kind: string } & (LighthouseScores | { error: string }))[],
	search: [] as ({ site: string; path: string } & SearchFigures)[],
};

const open: BuildSite[] = [];
const servers: RunningNginx[] = [];
async function cleanUp() {
	stopBuilds();
	for (const site of open.splice(0)) site.remove();
	for (const server of servers.splice(0)) await server.stop();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.once(signal, () => void cleanUp().then(() => process.exit(130)));

const slim = (r: BuildResult) => ({
	ms: Math.round(r.ms),
	cpuMs: r.cpuMs,
	pages: r.pages,
	stages: r.stages,
});

const logs = join(projectRoot, 'bench-results', 'logs');
mkdirSync(logs, { recursive: true });

async function build(site: BuildSite): Promise<BuildResult> {
	log(`bouwen: ${site.label}`);
	const result = await timedBuild(site);
	// The whole log, for a closer look (rolldown's PLUGIN_TIMINGS warning names slow plugins).
	writeFileSync(join(logs, `${site.label.replace(/[^\w]+/g, '-')}.log`), result.output);
	log(
		`  ${(result.ms / 1000).toFixed(1)} s (CPU ${(result.cpuMs / 1000).toFixed(1)} s), ${result.pages} pagina's`,
	);
	return result;
}

/** Builds `site`, runs `during` on its dist, then removes it. */
async function buildAndRemove<T>(
	site: BuildSite,
	during?: (dist: string) => T,
): Promise<{ result: BuildResult; extra?: T }> {
	open.push(site);
	try {
		const result = await build(site);
		return { result, extra: during?.(join(site.dir, 'dist')) };
	} finally {
		site.remove();
		open.splice(open.indexOf(site), 1);
	}
}

try {
	// 1. The real site, in place (its dist/ is what the rest measures), and a bare site of as many pages.
	let realBuild: BuildResult | undefined;
	if (runs('build')) realBuild = await build(realSite());
	const realPages = realBuild?.pages ?? 0;
	// The bare site has its pages plus a home page and a 404 page.
	const reference = bareStarlightSite(Math.max(realPages - 2, 1));
	open.push(reference);
	const referenceBuild = await build(reference);
	const referenceDist = join(reference.dir, 'dist');
	if (realBuild)
		results.builds.push({
			label: 'echte site',
			synthetic: 0,
			project: slim(realBuild),
			bare: slim(referenceBuild),
		});

	// 2. Generated sites: bare first, then ours, size by size, so that a change in the machine's load hits both.
	if (runs('build')) {
		for (const n of sizes) {
			const bare = await buildAndRemove(bareStarlightSite(n + realPages - 2));
			const project = await buildAndRemove(projectSiteWithTools(n), (siteDist) => ({
				'/matrix/': pageWeight(siteDist, '/matrix/').html,
				'/gereedschappen/': pageWeight(siteDist, '/gereedschappen/').html,
			}));
			results.builds.push({
				label: `+ ${n} gereedschappen`,
				synthetic: n,
				project: slim(project.result),
				bare: slim(bare.result),
				listingHtml: project.extra,
			});
		}
	}

	// 3. Where the time goes: the largest site with one part switched off at a time.
	if (args.profile) {
		const n = Math.max(...sizes);
		const full =
			results.builds.find((b) => b.synthetic === n)?.project ??
			slim((await buildAndRemove(projectSiteWithTools(n))).result);
		for (const variant of PROFILE_VARIANTS) {
			const { result } = await buildAndRemove(
				projectSiteWithTools(n, { ...variant, label: `${n} gereedschappen, ${variant.label}` }),
			);
			results.profile.push({
				label: variant.label,
				what: variant.what,
				ms: Math.round(result.ms),
				cpuMs: result.cpuMs,
				pages: result.pages,
				savedMs: Math.round(full.ms - result.ms),
				savedCpuMs: full.cpuMs - result.cpuMs,
				stages: result.stages,
			});
		}
	}

	// 4. Page weight, from the files.
	const pages: KindPage[] = representativePages(dist, FIXTURE_TOOL_PATH);
	if (runs('weight')) {
		for (const page of pages)
			results.weights.push({ kind: page.label, ...pageWeight(dist, page.path) });
		results.weights.push({
			kind: 'kale Starlight: inhoudspagina',
			...pageWeight(referenceDist, BARE_CONTENT_PATH),
		});
		results.weights.push({ kind: 'kale Starlight: start', ...pageWeight(referenceDist, '/') });
	}

	// 5. In the browser, through nginx with the site's real headers.
	if (runs('weight') || runs('lighthouse') || runs('search')) {
		const site = await startNginx({ root: dist, port: basePort, csp: builtPolicy(dist) });
		servers.push(site);
		// The bare site has no policy of its own; this one allows what Starlight does inline.
		const bareCsp =
			"default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
		const bare = await startNginx({ root: referenceDist, port: basePort + 1, csp: bareCsp });
		servers.push(bare);

		if (runs('weight') || runs('search')) {
			const browser = await launchBrowser();
			try {
				if (runs('weight')) {
					log('scripts in Chromium naast de telling uit de bestanden');
					for (const page of pages) {
						const loaded = await loadedScripts(browser, site.url + page.path);
						results.network.push({
							path: page.path,
							staticScripts: pageWeight(dist, page.path).scripts,
							...loaded,
						});
					}
				}
				if (runs('search')) {
					log(`zoeken: ${queries.join(', ')}`);
					results.search.push({
						site: 'gereedschapskist',
						path: FIXTURE_TOOL_PATH,
						...(await measureSearch(browser, site.url + FIXTURE_TOOL_PATH, queries)),
					});
					results.search.push({
						site: 'kale Starlight',
						path: BARE_CONTENT_PATH,
						...(await measureSearch(browser, bare.url + BARE_CONTENT_PATH, queries)),
					});
				}
			} finally {
				await browser.close();
			}
		}

		if (runs('lighthouse')) {
			const targets = [
				...pages.map((p) => ({ url: site.url + p.path, path: p.path, kind: p.label })),
				{
					url: bare.url + BARE_CONTENT_PATH,
					path: BARE_CONTENT_PATH,
					kind: 'kale Starlight: inhoudspagina',
				},
			];
			log(
				`Lighthouse (mobiel, gesimuleerd langzaam netwerk en 4× tragere CPU), ${args['lighthouse-runs']}× op ${targets.length} pagina's`,
			);
			const scores = await runLighthouse(
				targets.map((t) => t.url),
				basePort + 2,
				Number(args['lighthouse-runs']),
			);
			for (const t of targets)
				results.lighthouse.push({ path: t.path, kind: t.kind, ...scores.get(t.url)! });
		}
	}
} finally {
	await cleanUp();
}

// The report.
const out: string[] = [];
const section = (title: string, body: string, note?: string) =>
	out.push(`\n## ${title}\n\n${body}${note ? `\n\n${note}` : ''}`);
const perPage = (b: { ms: number; pages: number }) => b.ms / b.pages;
const cpuPerPage = (b: { cpuMs: number; pages: number }) => b.cpuMs / b.pages;

if (results.builds.length > 0) {
	section(
		'Bouwtijd',
		table(
			[
				'site',
				"pagina's",
				'bouwtijd',
				'ms/pagina',
				'CPU ms/pagina',
				"kale Starlight (pagina's)",
				'kale ms/pagina',
				'kale CPU ms/pagina',
				'verhouding',
				'verhouding CPU',
			],
			results.builds.map((b) => [
				b.label,
				b.project.pages,
				`${(b.project.ms / 1000).toFixed(1)} s`,
				perPage(b.project).toFixed(1),
				cpuPerPage(b.project).toFixed(1),
				`${(b.bare.ms / 1000).toFixed(1)} s (${b.bare.pages})`,
				perPage(b.bare).toFixed(1),
				cpuPerPage(b.bare).toFixed(1),
				`${(perPage(b.project) / perPage(b.bare)).toFixed(2)}×`,
				`${(cpuPerPage(b.project) / cpuPerPage(b.bare)).toFixed(2)}×`,
			]),
		),
		[
			'Verhouding: ms per pagina van onze site gedeeld door die van kale Starlight met evenveel pagina’s, in dezelfde run gebouwd (doel: ≤ 1,30× bij 1.000).',
			'Bouwtijd is de klok; CPU is de processortijd (gebruiker + systeem) van de bouw en wat die startte. Op een machine die ook voor anderen werkt zegt de CPU-verhouding het meest.',
		].join('\n'),
	);
	const stageNames = [
		...new Set(
			results.builds.flatMap((b) => [
				...Object.keys(b.project.stages),
				...Object.keys(b.bare.stages),
			]),
		),
	];
	const rest = (b: { ms: number; stages: Record<string, number> }) =>
		b.ms - Object.values(b.stages).reduce((s, v) => s + v, 0);
	section(
		'Waar de bouwtijd zit (s)',
		table(
			['site', ...stageNames, 'rest (opstarten, links, sitemap, CSP)'],
			results.builds.flatMap((b) => [
				[
					`${b.label}`,
					...stageNames.map((s) => ((b.project.stages[s] ?? 0) / 1000).toFixed(1)),
					(rest(b.project) / 1000).toFixed(1),
				],
				[
					`  kaal, ${b.bare.pages} p.`,
					...stageNames.map((s) => ((b.bare.stages[s] ?? 0) / 1000).toFixed(1)),
					(rest(b.bare) / 1000).toFixed(1),
				],
			]),
		),
		'Uit het logboek van `astro build`; de rest is de totale tijd min de genoemde stappen.',
	);
	const listings = results.builds.filter((b) => b.listingHtml);
	if (listings.length > 0) {
		section(
			'Pagina’s die elk gereedschap noemen, HTML gzip (kB)',
			table(
				['site', ...Object.keys(listings[0].listingHtml!)],
				listings.map((b) => [b.label, ...Object.values(b.listingHtml!).map(kB)]),
			),
		);
	}
}
if (results.profile.length > 0) {
	const n = Math.max(...sizes);
	const full = results.builds.find((b) => b.synthetic === n)!;
	section(
		`Profiel bij ${n} gereedschappen: één onderdeel uit`,
		table(
			[
				'variant',
				'bouwtijd',
				'CPU',
				'scheelt',
				'scheelt CPU',
				'verhouding met kaal',
				'verhouding CPU',
			],
			[
				[
					'volledig',
					`${(full.project.ms / 1000).toFixed(1)} s`,
					`${(full.project.cpuMs / 1000).toFixed(1)} s`,
					'–',
					'–',
					`${(perPage(full.project) / perPage(full.bare)).toFixed(2)}×`,
					`${(cpuPerPage(full.project) / cpuPerPage(full.bare)).toFixed(2)}×`,
				],
				...results.profile.map((p) => [
					p.label,
					`${(p.ms / 1000).toFixed(1)} s`,
					`${(p.cpuMs / 1000).toFixed(1)} s`,
					`${(p.savedMs / 1000).toFixed(1)} s`,
					`${(p.savedCpuMs / 1000).toFixed(1)} s`,
					`${(perPage(p) / perPage(full.bare)).toFixed(2)}×`,
					`${(cpuPerPage(p) / cpuPerPage(full.bare)).toFixed(2)}×`,
				]),
			],
		),
		results.profile.map((p) => `- ${p.label}: ${p.what}`).join('\n'),
	);
}
if (results.weights.length > 0) {
	const extra = new Map(results.network.map((n) => [n.path, n.afterLoad]));
	section(
		'Paginagewicht (gzip, kB)',
		table(
			['soort', 'pagina', 'HTML', 'CSS', 'JS bij laden', 'waarvan inline', 'scripts'],
			results.weights.map((w) => [
				w.kind,
				w.path,
				kB(w.html),
				kB(w.css),
				kB(w.js),
				kB(w.inlineJs),
				w.scripts.length,
			]),
		),
		[
			'JS bij laden: de module-scripts van de pagina, alles wat zij statisch importeren, en de inline scripts; niet wat pas met `import()` laadt als de gebruiker erom vraagt.',
			'Zoeken: Starlight laadt de zoek-UI van Pagefind (`ui-core`) zodra de browser niets te doen heeft, ook zonder dat iemand zoekt; dat staat hieronder apart, net als de bestanden van Pagefind zelf (die laden pas bij het openen van het zoekvenster).',
			...[...extra]
				.filter(([, a]) => a.length > 0)
				.slice(0, 1)
				.map(
					([, a]) =>
						`Na het laden, zonder klikken: ${a.map((f) => `${f.path} (${kB(f.bytes)} kB over de lijn)`).join(', ')}.`,
				),
		].join('\n'),
	);
}
if (results.network.length > 0) {
	const mismatches = results.network.filter((n) => n.atLoad.join() !== n.staticScripts.join());
	section(
		'Telling naast Chromium',
		mismatches.length === 0
			? `Op alle ${results.network.length} pagina’s laadt Chromium tot de load-gebeurtenis precies de scripts die de telling uit de bestanden noemt.`
			: mismatches
					.map(
						(m) =>
							`- ${m.path}: Chromium ${m.atLoad.join(', ')}; telling ${m.staticScripts.join(', ')}`,
					)
					.join('\n'),
	);
}
if (results.lighthouse.length > 0) {
	section(
		'Lighthouse (mobiel)',
		table(
			[
				'soort',
				'pagina',
				'prestaties',
				'(alle runs)',
				'toegankelijkheid',
				'best practices',
				'SEO',
				'LCP',
				'TBT',
				'CLS',
				'benchmarkIndex',
			],
			results.lighthouse.map((l) =>
				'error' in l
					? [l.kind, l.path, 'mislukt', '–', '–', '–', '–', '–', '–', '–', '–']
					: [
							l.kind,
							l.path,
							l.performance,
							(l.performanceRuns ?? []).join(' '),
							l.accessibility,
							l.bestPractices,
							l.seo,
							`${l.lcp} ms`,
							`${l.tbt} ms`,
							l.cls.toFixed(3),
							l.benchmarkIndex,
						],
			),
		),
		[
			'Doel: 100 voor toegankelijkheid, best practices en SEO; 95 of meer voor prestaties. De cijfers zijn die van de middelste run naar prestatiescore.',
			'benchmarkIndex: hoe snel Lighthouse de machine vond; onder ~1000 (een drukke of trage machine) rekent Lighthouse met een trage CPU extra traag, en vallen TBT en de prestatiescore lager uit dan op een gewone computer.',
			...results.lighthouse.flatMap((l) =>
				'error' in l
					? [`- ${l.path}: ${l.error}`]
					: l.performance < 95 || l.accessibility < 100 || l.bestPractices < 100 || l.seo < 100
						? [
								`- ${l.path}: ${Object.entries(l.failing)
									.map(([c, a]) => `${c}: ${a.join(', ')}`)
									.join('; ')}`,
							]
						: [],
			),
		].join('\n'),
	);
}
if (results.search.length > 0) {
	section(
		'Zoeken',
		table(
			[
				'site',
				'vooraf (zoek-UI, idle)',
				...results.search[0].queries.flatMap((q, i) => [
					`${i + 1}e: "${q.query}"`,
					'ms tot resultaat',
				]),
			],
			results.search.map((s) => [
				s.site,
				`${kB(s.idleBytes)} kB`,
				...s.queries.flatMap((q) => [`${kB(q.bytes)} kB (${q.requests})`, `${q.ms}`]),
			]),
		),
		'Bytes over de lijn (gzip plus headers) van /pagefind/-verzoeken, met het aantal verzoeken; de tijd loopt van het typen tot het eerste zichtbare resultaat, inclusief de 300 ms die Pagefind na het typen wacht.',
	);
}

const report = out.join('\n');
console.log(
	`# Benchmark ${results.date}\n\nMachine: ${results.machine.cpus} kernen (${results.machine.cpu}), belasting bij de start ${results.machine.loadAtStart.join(' / ')}, Node ${results.machine.node}.${report}`,
);
const folder = join(projectRoot, 'bench-results');
mkdirSync(folder, { recursive: true });
const json = JSON.stringify(
	{
		...results,
		machine: { ...results.machine, loadAtEnd: loadavg().map((l) => Number(l.toFixed(2))) },
	},
	null,
	2,
);
const file = join(folder, `bench-${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, json);
writeFileSync(join(folder, 'latest.json'), json);
writeFileSync(join(folder, 'latest.md'), report);
console.error(`\nResultaten: ${file} (ook latest.json en latest.md)`);
