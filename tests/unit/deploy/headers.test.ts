import { describe, expect, test } from 'vitest';
import { IMMUTABLE, REVALIDATE, headersFor } from '../../../src/deploy/headers';
import { renderHeadersFile } from '../../../src/deploy/headers-file';
import { renderServerBlock, renderStandaloneConfig } from '../../../src/deploy/nginx';

const csp =
	"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc+/='; frame-ancestors 'none'";

/** Paths of every kind the site serves. */
const PATHS = [
	'/',
	'/gereedschappen/informatiekaart/',
	'/404.html',
	'/favicon.svg',
	'/sitemap-index.xml',
	'/_astro/page.cNngjUgL.js',
	'/_astro/middleware.DSsfCXwn.css',
	'/pagefind/fragment/nl_3140a9d.pf_fragment',
	'/pagefind/index/nl_cc64da4.pf_index',
	'/pagefind/pagefind.js',
	'/pagefind/pagefind-worker.js',
	'/pagefind/wasm.nl.pagefind',
	'/pagefind/pagefind-entry.json',
	'/downloads/jaarplanning.ics',
	'/downloads/checklist.xlsx',
];

/**
 * The headers a Netlify/Cloudflare-style `_headers` file gives a path: every matching rule adds
 * its headers. Two rules setting one header on one path is an error (the hosts would join them).
 */
function headersFileFor(file: string, path: string): Record<string, string> {
	const result: Record<string, string> = {};
	let matches = false;
	for (const line of file.split('\n')) {
		if (line.startsWith('#') || line.trim() === '') continue;
		if (!/^\s/.test(line)) {
			const pattern = line.trim();
			matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
			continue;
		}
		if (!matches) continue;
		const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
		if (name in result) throw new Error(`${name} twee keer gezet voor ${path}`);
		result[name] = value;
	}
	return result;
}

interface Location {
	modifier: '=' | '^~' | '~' | '';
	match: string;
	body: string[];
}

/** The top-level locations of a rendered server block. */
function locations(config: string): Location[] {
	const found: Location[] = [];
	let current: Location | undefined;
	for (const line of config.split('\n').map((l) => l.trim())) {
		const start = /^location\s+(?:(=|\^~|~)\s+)?(\S+)\s*\{$/.exec(line);
		if (start)
			current = { modifier: (start[1] ?? '') as Location['modifier'], match: start[2], body: [] };
		else if (line === '}' && current) {
			found.push(current);
			current = undefined;
		} else if (current) current.body.push(line);
	}
	return found;
}

/** nginx's choice of location: exact, then the longest prefix (final if ^~), then regexes in order, then that prefix. */
function chooseLocation(all: Location[], path: string): Location {
	const exact = all.find((l) => l.modifier === '=' && l.match === path);
	if (exact) return exact;
	const prefixes = all.filter(
		(l) => (l.modifier === '' || l.modifier === '^~') && path.startsWith(l.match),
	);
	const longest = prefixes.sort((a, b) => b.match.length - a.match.length)[0];
	if (longest?.modifier === '^~') return longest;
	const regex = all.find((l) => l.modifier === '~' && new RegExp(l.match).test(path));
	if (regex) return regex;
	if (!longest) throw new Error(`geen location voor ${path}`);
	return longest;
}

/** The headers nginx sends for a path that exists (a `return 404` goes through error_page to /404.html). */
function nginxHeadersFor(config: string, path: string): Record<string, string> {
	const all = locations(config);
	let location = chooseLocation(all, path);
	if (location.body.includes('return 404;')) location = chooseLocation(all, '/404.html');
	const headers: Record<string, string> = {};
	for (const line of location.body) {
		const header = /^add_header (\S+) "((?:[^"\\]|\\.)*)"( always)?;$/.exec(line);
		if (!header) continue;
		// Without `always`, nginx leaves the header off 404 pages.
		expect(header[3], line).toBe(' always');
		headers[header[1]] = header[2].replace(/\\(.)/g, '$1');
	}
	return headers;
}

const nginxConfig = renderServerBlock({ root: '/srv/site/dist', listen: '80', csp });
const headersFile = renderHeadersFile(csp);

describe('the nginx configuration and the _headers file give the same headers', () => {
	for (const path of PATHS) {
		test(path, () => {
			const expected = headersFor(path, csp);
			expect(nginxHeadersFor(nginxConfig, path)).toEqual(expected);
			// _headers leaves REVALIDATE to the host, whose default it is.
			const fromFile = headersFileFor(headersFile, path);
			expect({ 'Cache-Control': REVALIDATE, ...fromFile }).toEqual(expected);
		});
	}

	test('hashed assets are immutable, pages are revalidated', () => {
		expect(headersFor('/_astro/x.Ab12.js', csp)['Cache-Control']).toBe(IMMUTABLE);
		expect(headersFor('/pagefind/fragment/nl_1.pf_fragment', csp)['Cache-Control']).toBe(IMMUTABLE);
		expect(headersFor('/pagefind/wasm.nl.pagefind', csp)['Cache-Control']).toBe(REVALIDATE);
		expect(headersFor('/', csp)['Cache-Control']).toBe(REVALIDATE);
	});

	test('_headers itself is not served by nginx', () => {
		expect(chooseLocation(locations(nginxConfig), '/_headers').body).toContain('return 404;');
	});
});

describe('nginx configuration', () => {
	test('types for the files the site offers, including those Debian’s mime.types lacks', () => {
		for (const line of [
			'application/wasm wasm;',
			'text/calendar ics;',
			'text/javascript js mjs;',
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document docx;',
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet xlsx;',
		]) {
			expect(nginxConfig).toContain(line);
		}
		expect(nginxConfig).toContain('default_type application/octet-stream;');
	});

	test('compresses text, serves the 404 page, hides its version', () => {
		expect(nginxConfig).toMatch(
			/gzip on;[\s\S]*gzip_types [^;]*text\/javascript[^;]*text\/calendar/,
		);
		expect(nginxConfig).toContain('error_page 404 /404.html;');
		expect(nginxConfig).toContain('server_tokens off;');
	});

	test('a value with $ (an nginx variable) is refused instead of mangled', () => {
		expect(() => renderServerBlock({ root: '/srv/$x', listen: '80', csp })).toThrow(/\$/);
	});

	test('the standalone form runs in the foreground and keeps every file in its temporary folder', () => {
		const config = renderStandaloneConfig({
			root: '/srv/dist',
			listen: '127.0.0.1:4322',
			csp,
			tempDir: '/tmp/gk-nginx-x',
		});
		expect(config).toMatch(/^daemon off;\nmaster_process off;/);
		const paths = [...config.matchAll(/^\s*(?:pid|access_log|\w+_temp_path) "([^"]+)";$/gm)].map(
			(m) => m[1],
		);
		expect(paths).toHaveLength(7);
		for (const path of paths) expect(path.startsWith('/tmp/gk-nginx-x/')).toBe(true);
		expect(config).toContain('listen 127.0.0.1:4322;');
	});
});
