/**
 * The weight of a built page, from `dist/` alone (no browser): its HTML, its stylesheets and the
 * JavaScript it runs before the user does anything, each gzip-compressed as a server would send it.
 * Shared by the benchmark and the size budgets in `npm test`.
 *
 * JavaScript counted: every `<script type="module" src>`, every module its code imports statically
 * (recursively, `import … from "./x.js"` and `import "./x.js"`), and the inline scripts. Not
 * counted: chunks loaded with dynamic `import()` (such as a Word writer when the user asks for an
 * export). The benchmark checks this list against what Chromium downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** zlib's default level, what most servers and hosts use (nginx's default is 1, a few % larger). */
export const GZIP_LEVEL = 6;

export const gzipSize = (data: string | Buffer) => gzipSync(data, { level: GZIP_LEVEL }).length;

export interface PageWeight {
	/** The page's path, such as `/matrix/`. */
	path: string;
	/** Gzip bytes of the HTML file. */
	html: number;
	/** Gzip bytes of every stylesheet the page links (print styles too: browsers fetch them). */
	css: number;
	/** Gzip bytes of the JavaScript before interaction (external modules plus the inline scripts). */
	js: number;
	/** Of `js`: the inline scripts (gzip of their text together). */
	inlineJs: number;
	/** The script files counted in `js`, as site paths, sorted. */
	scripts: string[];
	/** The stylesheet files counted in `css`. */
	stylesheets: string[];
}

/** The HTML file for a page path: `/a/b/` → `a/b/index.html`; `/404.html` as is. */
export function htmlFileFor(dist: string, path: string): string {
	return path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
}

const attribute = (tag: string, name: string) =>
	new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
		.exec(tag)
		?.slice(1)
		.find((v) => v !== undefined);

/** The `<script>` elements of a page: their attributes and their text. */
export function scriptsOf(html: string): { type?: string; src?: string; text: string }[] {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
		type: attribute(m[1], 'type'),
		src: attribute(m[1], 'src'),
		text: m[2],
	}));
}

/** The stylesheets a page links. */
export function stylesheetsOf(html: string): string[] {
	return [...html.matchAll(/<link\b[^>]*>/gi)]
		.map((m) => m[0])
		.filter((tag) => /\srel=["']?stylesheet/i.test(tag))
		.map((tag) => attribute(tag, 'href'))
		.filter((href): href is string => !!href);
}

/** A script type the browser runs as JavaScript (not JSON data or a template). */
const isJavaScript = (type: string | undefined) =>
	!type || type === 'module' || /^(text|application)\/javascript$/i.test(type);

/**
 * The specifiers a module imports statically: `import x from "…"`, `import "…"`, `export … from "…"`.
 * Minified code writes them without spaces (`import{a as b}from"./c.js"`). `import("…")` is dynamic
 * and not matched: the quote must follow `import` or `from` directly (spaces allowed).
 */
export function staticImports(code: string): string[] {
	return [...code.matchAll(/(?:^|[^\w$.])(?:import|from)\s*(["'])([^"'\n]+)\1/g)].map((m) => m[2]);
}

/** A site path (`/_astro/x.js`) for a specifier, relative to the importing module's path. */
export function resolveSpecifier(specifier: string, importer: string): string | undefined {
	if (!/^(\.{1,2}\/|\/)/.test(specifier)) return undefined; // bare specifiers do not occur in built output
	return new URL(specifier, `http://site${importer}`).pathname;
}

/** Every module reachable by static imports from `entries`, as site paths (entries included). */
export function staticModuleGraph(
	dist: string,
	entries: string[],
	inlineCode: string[] = [],
): string[] {
	const seen = new Set<string>();
	const queue: string[] = [...entries];
	for (const code of inlineCode) {
		for (const s of staticImports(code)) {
			const path = resolveSpecifier(s, '/');
			if (path) queue.push(path);
		}
	}
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const code = readFileSync(join(dist, path), 'utf8');
		for (const s of staticImports(code)) {
			const next = resolveSpecifier(s, path);
			if (next && !seen.has(next)) queue.push(next);
		}
	}
	return [...seen].sort();
}

/** The weight of the page at `path` in the built site `dist`. */
export function pageWeight(dist: string, path: string): PageWeight {
	const html = readFileSync(htmlFileFor(dist, path), 'utf8');
	const scripts = scriptsOf(html).filter((s) => isJavaScript(s.type));
	const inline = scripts.filter((s) => !s.src);
	const external = scripts.filter((s) => s.src).map((s) => resolveSpecifier(s.src!, path)!);
	// Only module scripts can import; a classic inline script's "import" would be a syntax error.
	const modules = staticModuleGraph(
		dist,
		external,
		inline.filter((s) => s.type === 'module').map((s) => s.text),
	);
	const inlineJs = inline.length > 0 ? gzipSize(inline.map((s) => s.text).join('\n')) : 0;
	const stylesheets = stylesheetsOf(html).map((href) => resolveSpecifier(href, path)!);
	const fileSize = (p: string) => gzipSize(readFileSync(join(dist, p)));
	return {
		path,
		html: gzipSize(html),
		css: stylesheets.reduce((sum, p) => sum + fileSize(p), 0),
		js: modules.reduce((sum, p) => sum + fileSize(p), 0) + inlineJs,
		inlineJs,
		scripts: modules,
		stylesheets,
	};
}
