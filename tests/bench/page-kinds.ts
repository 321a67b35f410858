/**
 * Which built pages the benchmark and the budgets look at, found in the built site and the docs
 * collection rather than listed by hand, so that new pages (templates especially) are included the
 * moment they exist.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../build/fixture-site.ts';

export type PageKind = 'home' | 'tool' | 'factor' | 'matrix' | 'index' | 'template' | 'content';

export interface KindPage {
	kind: PageKind;
	/** What the table calls it, in Dutch. */
	label: string;
	path: string;
}

export const KIND_LABELS: Record<PageKind, string> = {
	home: 'start',
	tool: 'gereedschap',
	factor: 'succesfactor',
	matrix: 'matrix',
	index: 'overzicht gereedschappen',
	template: 'sjabloon',
	content: 'andere pagina',
};

const DOCS_DIR = join(projectRoot, 'src', 'content', 'docs');

/** Every page path in the sitemap(s) of the built site `dist`, sorted. */
export function sitemapPaths(dist: string): string[] {
	const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
	if (files.length === 0)
		throw new Error(`Geen sitemap in ${dist}: bouw de site eerst (npm run build).`);
	const paths = files.flatMap((f) =>
		[...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(m) => new URL(m[1]).pathname,
		),
	);
	return [...new Set(paths)].sort();
}

/** The frontmatter of a Markdown/MDX file, parsed; empty when it has none. */
function frontmatterOf(file: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
	return match ? ((parse(match[1]) as Record<string, unknown>) ?? {}) : {};
}

/** A docs file's URL path: `gereedschappen/index.mdx` → `/gereedschappen/`; a `slug` field wins. */
function docsPath(docsDir: string, file: string, frontmatter: Record<string, unknown>): string {
	if (typeof frontmatter.slug === 'string')
		return frontmatter.slug === '' ? '/' : `/${frontmatter.slug.replace(/^\/|\/$/g, '')}/`;
	const id = relative(docsDir, file)
		.split(sep)
		.join('/')
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '');
	return id === '' ? '/' : `/${id.toLowerCase()}/`;
}

/** The docs pages by their `type` (tool, template, factor-page, guide), as URL paths. */
export function docsPagesByType(docsDir = DOCS_DIR): Map<string, string[]> {
	const byType = new Map<string, string[]>();
	const files = readdirSync(docsDir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
		.map((e) => join(e.parentPath, e.name));
	for (const file of files) {
		const fm = frontmatterOf(file);
		const type = typeof fm.type === 'string' ? fm.type : 'guide';
		byType.set(type, [...(byType.get(type) ?? []), docsPath(docsDir, file, fm)].sort());
	}
	return byType;
}

/**
 * Template pages: docs pages of `type: template`, and every built page under `/sjablonen/` (in
 * case a template is made another way), that the built site has.
 */
export function templatePaths(dist: string): string[] {
	const built = new Set(sitemapPaths(dist));
	const declared = docsPagesByType().get('template') ?? [];
	return [
		...new Set([
			...declared.filter((p) => built.has(p)),
			...[...built].filter((p) => p.startsWith('/sjablonen/') && p !== '/sjablonen/'),
		]),
	].sort();
}

/** The kind of every page in the sitemap. */
export function classifyPages(dist: string): KindPage[] {
	const byType = docsPagesByType();
	const tools = new Set(byType.get('tool') ?? []);
	const templates = new Set(templatePaths(dist));
	return sitemapPaths(dist).map((path) => {
		const kind: PageKind =
			path === '/'
				? 'home'
				: templates.has(path)
					? 'template'
					: tools.has(path)
						? 'tool'
						: /^\/succesfactoren\/[^/]+\/$/.test(path)
							? 'factor'
							: path === '/matrix/'
								? 'matrix'
								: path === '/gereedschappen/'
									? 'index'
									: 'content';
		return { kind, label: KIND_LABELS[kind], path };
	});
}

/**
 * One page of each kind (the tool page `preferredTool` if it exists, else the first tool and factor
 * page in path order), and every template page: the pages the benchmark weighs and runs Lighthouse on.
 */
export function representativePages(dist: string, preferredTool?: string): KindPage[] {
	const pages = classifyPages(dist);
	const first = (kind: PageKind) => {
		const page =
			pages.find(
				(p) => p.kind === kind && (kind !== 'tool' || !preferredTool || p.path === preferredTool),
			) ?? pages.find((p) => p.kind === kind);
		if (!page) throw new Error(`Geen pagina van de soort "${KIND_LABELS[kind]}" in ${dist}.`);
		return page;
	};
	return [
		first('home'),
		first('tool'),
		first('factor'),
		first('matrix'),
		first('index'),
		...pages.filter((p) => p.kind === 'template'),
	];
}
