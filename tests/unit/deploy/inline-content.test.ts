import { describe, expect, test } from 'vitest';
import {
	cspHash,
	decodeAttribute,
	forbiddenInlineCode,
	inlineScripts,
	inlineStyles,
	styleAttributes,
} from '../../../src/deploy/inline-content';

describe('cspHash', () => {
	test('is the SHA-256 that browsers compute', () => {
		expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
		// The hash Chromium named when it blocked style="color: red".
		expect(cspHash('color: red')).toBe("'sha256-NerDAUWfwD31YdZHveMrq0GLjsNFMwxLpZl0dPUeCcw='");
	});

	test('hashes UTF-8, so a changed character changes the hash', () => {
		expect(cspHash('é')).not.toBe(cspHash('e'));
		expect(cspHash("getItem('x')")).not.toBe(cspHash('getItem("x")'));
	});
});

describe('inlineScripts', () => {
	test('takes the exact text of scripts without src, classic and module', () => {
		const html =
			'<head><script>\n\tvar a = 1;\n</script><script type="module">b()</script><script type="module" src="/_astro/x.js"></script></head>';
		expect(inlineScripts(html)).toEqual(['\n\tvar a = 1;\n', 'b()']);
	});

	test('an attribute with > in its value does not confuse it', () => {
		expect(inlineScripts('<script data-x="a>b">c()</script>')).toEqual(['c()']);
	});
});

describe('inline styles', () => {
	test('<style> elements, also inside SVG', () => {
		expect(inlineStyles('<style>a{}</style><svg><style type="text/css">b{}</style></svg>')).toEqual(
			['a{}', 'b{}'],
		);
	});

	test('style attribute values, decoded as the browser sees them', () => {
		const html = `<div style="--depth: 0;"><svg style='--sl-icon-size: 1em;'></svg><p style="font-family:&quot;Inter&quot;, a&amp;b"></p></div>`;
		expect(styleAttributes(html)).toEqual([
			'--depth: 0;',
			'--sl-icon-size: 1em;',
			'font-family:"Inter", a&b',
		]);
	});

	test('text that mentions style= is not an attribute', () => {
		expect(
			styleAttributes(
				'<p>Zet style="x" in je HTML</p><script>el.innerHTML = \'<b style="y">\'</script>',
			),
		).toEqual([]);
	});

	test('an unknown named entity stops the scan rather than hash the wrong text', () => {
		expect(() => decodeAttribute('a&hellip;b')).toThrow(/hellip/);
		expect(decodeAttribute('&#x27;&#39;&lt;')).toBe("''<");
	});
});

describe('forbiddenInlineCode', () => {
	test('finds inline event handlers and javascript: URLs', () => {
		const html =
			'<button onclick="go()">x</button><a href="javascript:void(0)">y</a><img src=x onerror=alert(1)>';
		expect(forbiddenInlineCode(html)).toEqual([
			'onclick="go()"',
			'href="javascript:void(0)"',
			'onerror="alert(1)"',
		]);
	});

	test('leaves normal markup, prose and script bodies alone', () => {
		const html =
			'<a href="/over/">on</a><p>onclick="x" is verboden</p><script>b.onclick = () => 1; const u = "javascript:";</script><div data-online="1"></div>';
		expect(forbiddenInlineCode(html)).toEqual([]);
	});
});
