import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cspHash } from '../../src/deploy/inline-content';
import { parsePolicy } from '../../src/deploy/policy';
import { builtPolicy, policyMetaOf } from '../../src/deploy/site-scan';
import { copySite, type FixtureSite } from './fixture-site';

let site: FixtureSite | undefined;
afterEach(() => site?.remove());

describe('the Content-Security-Policy follows the built pages', () => {
	test('a new inline script, <style> and style attribute are hashed into every page and _headers', () => {
		site = copySite();
		site.write(
			'src/pages/csp-proef.astro',
			[
				'<html lang="nl"><head><meta charset="utf-8"/><title>Proef</title>',
				'<script is:inline>document.documentElement.dataset.proef = "ja";</script>',
				'<style is:inline>.proef { color: green; }</style></head>',
				'<body><p style="margin: 1px;">Proef</p></body></html>',
			].join('\n'),
		);
		const { status, output } = site.build();
		expect(status, output).toBe(0);

		const dist = join(site.dir, 'dist');
		const header = parsePolicy(builtPolicy(dist));
		expect(header.get('script-src')).toContain(
			cspHash('document.documentElement.dataset.proef = "ja";'),
		);
		expect(header.get('style-src')).toContain(cspHash('.proef { color: green; }'));
		expect(header.get('style-src')).toContain(cspHash('margin: 1px;'));
		// The same policy, minus frame-ancestors, in the page itself and in every other page.
		header.delete('frame-ancestors');
		for (const page of [
			'csp-proef/index.html',
			'index.html',
			'gereedschappen/informatiekaart/index.html',
		]) {
			expect(policyMetaOf(readFileSync(join(dist, page), 'utf8')), page).toEqual(header);
		}
	});

	test('an inline event handler fails the build, naming the page', () => {
		site = copySite();
		site.write(
			'src/pages/kapot.astro',
			'<html lang="nl"><head><meta charset="utf-8"/><title>Kapot</title></head><body><button onclick="wis()">Wis</button></body></html>',
		);
		const { status, output } = site.build();
		expect(status).not.toBe(0);
		expect(output).toContain('kapot/index.html: onclick="wis()"');
	});
});
