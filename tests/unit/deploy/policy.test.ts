import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cspHash } from '../../../src/deploy/inline-content';
import { headerValue, metaValue, parsePolicy, sitePolicy } from '../../../src/deploy/policy';
import {
	applyPolicy,
	builtPolicy,
	policyGaps,
	policyMetaOf,
	scanSite,
	withPolicyMeta,
} from '../../../src/deploy/site-scan';

const hashes = { scripts: ["'sha256-a'"], styles: ["'sha256-b'"], styleAttributes: true };

describe('sitePolicy', () => {
	const policy = parsePolicy(headerValue(sitePolicy(hashes)));

	test('scripts: this origin, wasm for Pagefind, and hashes; never unsafe-inline or unsafe-eval', () => {
		expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-a'"]);
	});

	test('everything else locked to this origin or to nothing', () => {
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('worker-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'none'"]);
		expect(policy.get('form-action')).toEqual(["'self'"]);
		expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
		expect(headerValue(sitePolicy(hashes))).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
	});

	test("style attributes are allowed by hash ('unsafe-hashes'), only when pages have them", () => {
		expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-hashes'", "'sha256-b'"]);
		const without = parsePolicy(headerValue(sitePolicy({ ...hashes, styleAttributes: false })));
		expect(without.get('style-src')).toEqual(["'self'", "'sha256-b'"]);
	});

	test('the <meta> form leaves out frame-ancestors, which browsers ignore there; the rest is equal', () => {
		const meta = parsePolicy(metaValue(sitePolicy(hashes)));
		expect(meta.has('frame-ancestors')).toBe(false);
		const header = new Map(policy);
		header.delete('frame-ancestors');
		expect(meta).toEqual(header);
	});
});

describe('a built site', () => {
	let dir: string;
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	function site(pages: Record<string, string>) {
		dir = mkdtempSync(join(tmpdir(), 'gk-csp-'));
		for (const [path, html] of Object.entries(pages)) {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), html);
		}
		return dir;
	}
	const page = (body: string) =>
		`<!DOCTYPE html><html><head><meta charset="utf-8"/><script>theme()</script></head><body>${body}</body></html>`;

	test('scan: each inline script and style once, sorted', () => {
		site({
			'index.html': page('<i style="--a: 1"></i>'),
			'a/index.html': page('<script type="module">m()</script><i style="--a: 1"></i>'),
		});
		const { hashes: found, problems } = scanSite(dir);
		expect(found.scripts).toEqual([cspHash('m()'), cspHash('theme()')].sort());
		expect(found.styles).toEqual([cspHash('--a: 1')]);
		expect(found.styleAttributes).toBe(true);
		expect(problems).toEqual([]);
	});

	test('an inline event handler stops the build, naming the file', () => {
		site({
			'index.html': page(''),
			'kapot/index.html': page('<button onclick="wis()">Wis</button>'),
		});
		expect(() => applyPolicy(dir)).toThrow(/kapot\/index\.html: onclick="wis\(\)"/);
	});

	test('apply: every page gets the policy first in its head, and _headers the same policy as a header', () => {
		const redirect =
			'<!doctype html><title>Redirecting to: /b/</title><meta http-equiv="refresh" content="0;url=/b/">';
		site({ 'index.html': page(''), 'oud/index.html': redirect });
		const header = applyPolicy(dir);
		const html = readFileSync(join(dir, 'index.html'), 'utf8');
		expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
			html.indexOf('<script'),
		);
		expect(html).toMatch(
			/^<!DOCTYPE html><html><head><meta charset="utf-8"\/><meta http-equiv="Content-Security-Policy"/,
		);
		expect(readFileSync(join(dir, 'oud/index.html'), 'utf8')).toMatch(
			/^<!doctype html><meta http-equiv="Content-Security-Policy"/,
		);
		expect(policyMetaOf(html)?.get('script-src')).toContain(cspHash('theme()'));
		expect(readFileSync(join(dir, '_headers'), 'utf8')).toContain(
			`  Content-Security-Policy: ${header}\n`,
		);
		expect(builtPolicy(dir)).toBe(header);
	});

	test('applying twice replaces the policy instead of adding a second one', () => {
		site({ 'index.html': page('') });
		applyPolicy(dir);
		applyPolicy(dir);
		expect(
			readFileSync(join(dir, 'index.html'), 'utf8').match(/Content-Security-Policy/g),
		).toHaveLength(1);
		const once = withPolicyMeta(page(''), sitePolicy(hashes));
		expect(withPolicyMeta(once, sitePolicy(hashes))).toBe(once);
	});

	test('a page changed after the build no longer fits its policy: the gap is named, and servers refuse it', () => {
		site({ 'index.html': page(''), 'a/index.html': page('') });
		applyPolicy(dir);
		const file = join(dir, 'a/index.html');
		writeFileSync(file, readFileSync(file, 'utf8').replace('theme()', 'theme(1)'));
		const gaps = policyGaps(dir, parsePolicy(builtPolicyUnchecked(dir)));
		expect(gaps).toEqual([`a/index.html: inline script ${cspHash('theme(1)')} (theme(1)…)`]);
		expect(() => builtPolicy(dir)).toThrow(/bouw de site opnieuw/);
	});

	/** The CSP line of _headers, without the check that builtPolicy does. */
	function builtPolicyUnchecked(root: string) {
		return /Content-Security-Policy: (.+)/.exec(readFileSync(join(root, '_headers'), 'utf8'))![1];
	}
});
