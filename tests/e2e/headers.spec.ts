import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIResponse } from '@playwright/test';
import { IMMUTABLE, MIME_TYPES, REVALIDATE, headersFor } from '../../src/deploy/headers';
import { parsePolicy } from '../../src/deploy/policy';
import { builtPolicy } from '../../src/deploy/site-scan';
import { freePort, startNginx } from './support/nginx';
import { expect, test } from './support/test';

// The e2e web server is nginx with the deployment configuration (src/deploy/nginx.ts). These tests
// check what it actually sends.

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const csp = builtPolicy(dist);

/** The headers `headersFor` promises, each as the server sent it. */
function expectDeploymentHeaders(response: APIResponse, path: string) {
	const sent = response.headers();
	for (const [name, value] of Object.entries(headersFor(path, csp))) {
		expect(sent[name.toLowerCase()], `${name} op ${path}`).toBe(value);
	}
}

const typeOf = (extension: string) =>
	Object.entries(MIME_TYPES).find(([, extensions]) => extensions.includes(extension))![0];

test('the policy that is served is strict', async ({ request }) => {
	const policy = parsePolicy((await request.get('/')).headers()['content-security-policy']);
	expect(policy.get('default-src')).toEqual(["'self'"]);
	const scripts = policy.get('script-src')!;
	expect(scripts).not.toContain("'unsafe-inline'");
	expect(scripts).not.toContain("'unsafe-eval'");
	expect(scripts).toContain("'wasm-unsafe-eval'");
	expect(scripts.filter((s) => !s.startsWith("'sha256-"))).toEqual([
		"'self'",
		"'wasm-unsafe-eval'",
	]);
	expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
	expect(policy.get('worker-src')).toEqual(["'self'"]);
	expect(policy.get('object-src')).toEqual(["'none'"]);
	expect(policy.get('base-uri')).toEqual(["'none'"]);
	expect(policy.get('form-action')).toEqual(["'self'"]);
	expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
	// No source outside the site: no scheme or host anywhere except data: for images.
	const sources = [...policy.values()].flat();
	expect(sources.filter((s) => /[:.]/.test(s) && !s.startsWith("'sha256-"))).toEqual(['data:']);
});

test('an HTML page: security headers, revalidated, UTF-8, compressed', async ({ request }) => {
	const path = '/gereedschappen/informatiekaart/';
	const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
	expect(response.status()).toBe(200);
	expectDeploymentHeaders(response, path);
	expect(response.headers()['cache-control']).toBe(REVALIDATE);
	expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
	expect(response.headers()['content-encoding']).toBe('gzip');
	expect(response.headers()['server']).toBe('nginx');
});

test('a hashed asset: cached for a year, immutable, compressed', async ({ request }) => {
	const script = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.js'))!;
	const stylesheet = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
	for (const [file, type] of [
		[script, 'text/javascript; charset=utf-8'],
		[stylesheet, 'text/css; charset=utf-8'],
	]) {
		const path = `/_astro/${file}`;
		const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
		expect(response.status()).toBe(200);
		expectDeploymentHeaders(response, path);
		expect(response.headers()['cache-control']).toBe(IMMUTABLE);
		expect(response.headers()['content-type']).toBe(type);
		if (Number(response.headers()['content-length'] ?? 1000) >= 256)
			expect(response.headers()['content-encoding']).toBe('gzip');
	}
});

test('Pagefind: hashed fragments immutable, fixed-name files revalidated, binaries as they are', async ({
	request,
}) => {
	const fragment = `/pagefind/fragment/${readdirSync(join(dist, 'pagefind', 'fragment'))[0]}`;
	const wasm = `/pagefind/${readdirSync(join(dist, 'pagefind')).find((f) => /^wasm\..+\.pagefind$/.test(f))}`;
	const cases = [
		{ path: fragment, cache: IMMUTABLE, type: 'application/octet-stream' },
		{ path: wasm, cache: REVALIDATE, type: 'application/octet-stream' },
		{
			path: '/pagefind/pagefind-worker.js',
			cache: REVALIDATE,
			type: 'text/javascript; charset=utf-8',
		},
		{
			path: '/pagefind/pagefind-entry.json',
			cache: REVALIDATE,
			type: 'application/json; charset=utf-8',
		},
	];
	for (const { path, cache, type } of cases) {
		const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
		expect(response.status(), path).toBe(200);
		expectDeploymentHeaders(response, path);
		expect(response.headers()['cache-control'], path).toBe(cache);
		expect(response.headers()['content-type'], path).toBe(type);
	}
	// Pagefind compresses its own files; compressing them again only costs time.
	expect(
		(await request.get(fragment, { headers: { 'Accept-Encoding': 'gzip' } })).headers()[
			'content-encoding'
		],
	).toBeUndefined();
});

test('a missing page: status 404, the site’s 404 page, with the same headers', async ({
	request,
}) => {
	const response = await request.get('/bestaat-niet/');
	expect(response.status()).toBe(404);
	expectDeploymentHeaders(response, '/bestaat-niet/');
	expect(await response.text()).toContain('Deze pagina bestaat niet');
});

test('a folder without its slash redirects (relative) to the page; _headers is not served', async ({
	request,
}) => {
	const redirect = await request.get('/gereedschappen/informatiekaart', { maxRedirects: 0 });
	expect(redirect.status()).toBe(301);
	expect(redirect.headers()['location']).toBe('/gereedschappen/informatiekaart/');
	expect((await request.get('/_headers')).status()).toBe(404);
});

test('downloads (.docx, .xlsx, .ics, .pdf, .csv): right type, security headers, revalidated', async ({
	playwright,
}) => {
	// A folder with one file of each kind, served by a second nginx with the same configuration.
	const root = mkdtempSync(join(tmpdir(), 'gk-downloads-'));
	mkdirSync(join(root, 'downloads'));
	const emptyZip = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
	const files: Record<string, Buffer | string> = {
		'voorbeeld.docx': emptyZip,
		'voorbeeld.xlsx': emptyZip,
		'voorbeeld.ics':
			'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//gereedschapskist//test//NL\r\nEND:VCALENDAR\r\n',
		'voorbeeld.pdf': '%PDF-1.4\n%%EOF\n',
		'voorbeeld.csv': 'naam;ronde\r\nSam;1\r\n',
	};
	for (const [name, content] of Object.entries(files))
		writeFileSync(join(root, 'downloads', name), content);
	const server = await startNginx({ root, port: await freePort(), csp });
	const request = await playwright.request.newContext({ baseURL: server.url });
	try {
		for (const name of Object.keys(files)) {
			const extension = name.split('.').pop()!;
			const path = `/downloads/${name}`;
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			expectDeploymentHeaders(response, path);
			const charset = ['ics', 'csv'].includes(extension) ? '; charset=utf-8' : '';
			expect(response.headers()['content-type'], path).toBe(typeOf(extension) + charset);
		}
	} finally {
		await request.dispose();
		await server.stop();
		rmSync(root, { recursive: true, force: true });
	}
});
