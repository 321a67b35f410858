/**
 * The sites the benchmark builds: the real site, a copy of it with N synthetic tool pages, and a
 * bare Starlight site with the same number of plain Markdown pages. Copies live in the project's
 * git-ignored `.fixture-sites/` (see tests/build/fixture-site.ts for why) and are removed after use.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { copySite, projectRoot } from '../build/fixture-site.ts';

/** The real tool page the synthetic ones are copied from; it is valid against the schema by definition. */
export const TOOL_FIXTURE = 'src/content/docs/gereedschappen/informatiekaart.mdx';

/** Synthetic pages sit beside the fixture, so its relative imports keep working. */
const SYNTHETIC_DIR = 'src/content/docs/gereedschappen';
export const syntheticName = (i: number) => `proefgereedschap-${String(i).padStart(4, '0')}`;

export interface BuildSite {
	/** What the table calls it. */
	label: string;
	dir: string;
	/** Removes the copy (a no-op for the real site). */
	remove(): void;
}

export interface BuildResult {
	/** Wall-clock time of `astro build`, start to exit, in ms. */
	ms: number;
	/**
	 * CPU time (user + system) of `astro build` and its children, in ms: less sensitive than the
	 * wall-clock time to other work on a shared machine.
	 */
	cpuMs: number;
	/** HTML files in the output (every page, the 404 page and redirect pages). */
	pages: number;
	/** Stages as Astro reports them (ms), for the breakdown. */
	stages: Record<string, number>;
	output: string;
}

/** `frontmatter` and `body` of an MDX/Markdown file. */
function splitFrontmatter(text: string): { frontmatter: string; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${TOOL_FIXTURE} heeft geen frontmatter.`);
	return { frontmatter: match[1], body: match[2] };
}

/** Copy `i` of the fixture tool page: a title of its own, out of the sidebar order, otherwise identical. */
export function syntheticToolPage(fixture: string, i: number): string {
	const { frontmatter, body } = splitFrontmatter(fixture);
	const fm = frontmatter
		.replace(/^title: (.*)$/m, (_, title) => `title: ${title} (proef ${i})`)
		.replace(/^(\s+order:) \d+$/m, `$1 ${1000 + i}`);
	return `---\n${fm}\n---\n${body}`;
}

/** An MDX page without its `import` lines and component tags: what is left is Markdown. */
function withoutMdx(text: string): string {
	return text
		.split('\n')
		.filter((line) => !/^import\s/.test(line) && !/^<[A-Z][^>]*\/>\s*$/.test(line))
		.join('\n');
}

/** The same page as plain Markdown for bare Starlight: title, description and the prose, without MDX imports or components. */
export function plainMarkdownPage(fixture: string, i: number): string {
	const { frontmatter, body } = splitFrontmatter(fixture);
	const title = /^title: (.*)$/m.exec(frontmatter)?.[1] ?? 'Pagina';
	const description = /^description: (.*)$/m.exec(frontmatter)?.[1];
	const prose = withoutMdx(body);
	return `---\ntitle: ${title} (proef ${i})\n${description ? `description: ${description}\n` : ''}---\n${prose}`;
}

export interface ProjectSiteOptions {
	/** Changes the copy's `astro.config.mjs` (for the profile: a feature switched off). */
	editConfig?: (config: string) => string;
	/** Write the synthetic pages as plain Markdown (`.md`, without MDX imports or components). */
	markdown?: boolean;
	label?: string;
}

/** A copy of the real site with `n` synthetic tool pages added. */
export function projectSiteWithTools(n: number, options: ProjectSiteOptions = {}): BuildSite {
	const site = copySite();
	const fixture = readFileSync(join(projectRoot, TOOL_FIXTURE), 'utf8');
	for (let i = 1; i <= n; i++) {
		const page = syntheticToolPage(fixture, i);
		if (options.markdown) site.write(`${SYNTHETIC_DIR}/${syntheticName(i)}.md`, withoutMdx(page));
		else site.write(`${SYNTHETIC_DIR}/${syntheticName(i)}.mdx`, page);
	}
	if (options.editConfig) {
		const config = readFileSync(join(site.dir, 'astro.config.mjs'), 'utf8');
		site.write('astro.config.mjs', options.editConfig(config));
	}
	return {
		label: options.label ?? `site + ${n} gereedschappen`,
		dir: site.dir,
		remove: () => site.remove(),
	};
}

/** The real site, built in place (its `dist/` is what the budgets and the e2e tests read). */
export function realSite(): BuildSite {
	return { label: 'echte site', dir: projectRoot, remove() {} };
}

/**
 * A bare Starlight site: this project's installed astro and @astrojs/starlight, Starlight's defaults,
 * a site URL (so it gets a sitemap, like ours) and a fixed sidebar of the same size as ours (the
 * default sidebar lists every page, which makes each page grow with N and would measure something
 * else). `pages` content pages plus the home page.
 */
export function bareStarlightSite(pages: number, sidebarLinks = 20): BuildSite {
	const copies = join(projectRoot, '.fixture-sites');
	mkdirSync(copies, { recursive: true });
	const dir = mkdtempSync(join(copies, 'kaal-'));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	};
	const fixture = readFileSync(join(projectRoot, TOOL_FIXTURE), 'utf8');
	const sidebar = Array.from({ length: Math.min(pages, sidebarLinks) }, (_, k) => ({
		slug: `paginas/${syntheticName(k + 1)}`,
	}));
	// The dependencies must be declared: Astro bundles (rather than externalises) the packages it finds there.
	const ours = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).dependencies;
	const dependencies = { astro: ours.astro, '@astrojs/starlight': ours['@astrojs/starlight'] };
	write(
		'package.json',
		JSON.stringify(
			{ name: 'kale-starlight', private: true, type: 'module', dependencies },
			null,
			2,
		),
	);
	write(
		'astro.config.mjs',
		[
			`import { defineConfig } from 'astro/config';`,
			`import starlight from '@astrojs/starlight';`,
			`export default defineConfig({`,
			`\tsite: 'https://kale-starlight.example',`,
			`\tintegrations: [starlight({ title: 'Kale Starlight', sidebar: ${JSON.stringify([
				{ label: 'Start', link: '/' },
				{ label: "Pagina's", items: sidebar },
			])} })],`,
			`});`,
			'',
		].join('\n'),
	);
	write(
		'src/content.config.ts',
		[
			`import { defineCollection } from 'astro:content';`,
			`import { docsLoader } from '@astrojs/starlight/loaders';`,
			`import { docsSchema } from '@astrojs/starlight/schema';`,
			`export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };`,
			'',
		].join('\n'),
	);
	write(
		'src/content/docs/index.md',
		`---\ntitle: Kale Starlight\ndescription: Een kale Starlight-site om mee te vergelijken.\n---\n\nDe startpagina.\n`,
	);
	for (let i = 1; i <= pages; i++)
		write(`src/content/docs/paginas/${syntheticName(i)}.md`, plainMarkdownPage(fixture, i));
	return {
		label: `kale Starlight, ${pages} pagina's`,
		dir,
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}

/** The HTML files under `dir`, counted. */
export function countHtml(dir: string): number {
	return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
		(e) => e.isFile() && e.name.endsWith('.html'),
	).length;
}

/** Astro's own timings from its log: "[build] ✓ Completed in 3.09s." after "Collecting build info…", and so on. */
export function parseStages(output: string): Record<string, number> {
	const stages: Record<string, number> = {};
	// Astro writes "113ms", "2.66s" or, past a minute, "1m 21s".
	const DURATION = String.raw`(?:(\d+)m\s*)?([\d.]+)(ms|s)`;
	const ms = (m: RegExpExecArray | RegExpMatchArray, at = 1) =>
		Number(m[at] ?? 0) * 60_000 + Math.round(Number(m[at + 1]) * (m[at + 2] === 's' ? 1000 : 1));
	const types = new RegExp(`\\[types\\] Generated ${DURATION}`).exec(output);
	if (types) stages['inhoud en types'] = ms(types);
	// "Building static entrypoints..." is followed by vite's "✓ built in" lines (server, client).
	const vite = [...output.matchAll(new RegExp(`\\[vite\\] ✓ built in ${DURATION}`, 'g'))].reduce(
		(sum, m) => sum + ms(m),
		0,
	);
	if (vite) stages['bundelen (vite)'] = vite;
	const generating = new RegExp(
		`generating static routes[\\s\\S]*?✓ Completed in ${DURATION}`,
	).exec(output);
	if (generating) stages["pagina's renderen"] = ms(generating);
	const pagefind = new RegExp(`Finished building search index in ${DURATION}`).exec(output);
	if (pagefind) stages['Pagefind-index'] = ms(pagefind);
	return stages;
}

const CPU_MARK = '__bench_cpu__';

/** Builds under way, each in a process group of its own, so an interrupted benchmark can stop them. */
const running = new Set<number>();

/** Stops every build still running (on Ctrl-C). */
export function stopBuilds() {
	for (const pid of running) {
		try {
			process.kill(-pid, 'SIGTERM');
		} catch {}
	}
	running.clear();
}

/** `astro build` in `site.dir`, timed from spawn to exit. Throws with the output when it fails. */
export function timedBuild(
	site: BuildSite,
	env: Record<string, string> = {},
): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		// bash's `time` reports the CPU time of the build and everything it started (Pagefind, git).
		const child = spawn(
			'bash',
			[
				'-c',
				`TIMEFORMAT='${CPU_MARK} %U %S'; time "$0" build`,
				join(projectRoot, 'node_modules', '.bin', 'astro'),
			],
			{
				cwd: site.dir,
				// NODE_ENV: under Vitest it is "test", and Astro then builds differently (no prefetch script).
				env: {
					...process.env,
					ASTRO_TELEMETRY_DISABLED: '1',
					FORCE_COLOR: '0',
					NO_COLOR: '1',
					NODE_ENV: 'production',
					...env,
				},
				stdio: ['ignore', 'pipe', 'pipe'],
				detached: true,
			},
		);
		if (child.pid) running.add(child.pid);
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.once('error', reject);
		child.once('exit', (code) => {
			const ms = performance.now() - start;
			running.delete(child.pid!);
			if (code !== 0)
				return reject(
					new Error(`astro build faalde in ${site.dir} (code ${code}):\n${output.slice(-4000)}`),
				);
			const cpu = new RegExp(`${CPU_MARK} ([\\d.]+) ([\\d.]+)`).exec(output);
			const cpuMs = cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 1000) : NaN;
			resolve({
				ms,
				cpuMs,
				pages: countHtml(join(site.dir, 'dist')),
				stages: parseStages(output),
				output,
			});
		});
	});
}
