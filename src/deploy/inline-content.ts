/**
 * What a built HTML page carries inline, and therefore what its Content-Security-Policy must allow
 * by hash: the text of inline `<script>` and `<style>` elements and the values of `style`
 * attributes. Also finds what no hash can allow (inline event handlers, `javascript:` URLs), so the
 * build can refuse it instead of shipping a page whose buttons silently do nothing.
 *
 * Works on Astro's own output, which is well-formed: a script's text cannot contain `</script>`.
 */
import { createHash } from 'node:crypto';

/** A CSP source expression for the SHA-256 of `text`, as browsers compute it (UTF-8, base64). */
export function cspHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** A start tag's attributes, where a quoted value may hold `>`. */
const ATTRS = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*)`;

/** The text of every `<script>` without a `src`, in document order. */
export function inlineScripts(html: string): string[] {
	return [...html.matchAll(new RegExp(String.raw`<script\b${ATTRS}>([\s\S]*?)<\/script\s*>`, 'gi'))]
		.filter((m) => !/\ssrc\s*=/i.test(m[1]))
		.map((m) => m[2]);
}

/** The text of every `<style>` element (also inside inline SVG). */
export function inlineStyles(html: string): string[] {
	return [
		...html.matchAll(new RegExp(String.raw`<style\b${ATTRS}>([\s\S]*?)<\/style\s*>`, 'gi')),
	].map((m) => m[2]);
}

/** Every start tag, without the text between tags (where `style=` or `onclick=` would be prose). */
function startTags(html: string): string[] {
	// Drop script and style bodies first: their text is not markup.
	const markup = html
		.replace(new RegExp(String.raw`(<script\b${ATTRS}>)[\s\S]*?(<\/script\s*>)`, 'gi'), '$1$3')
		.replace(new RegExp(String.raw`(<style\b${ATTRS}>)[\s\S]*?(<\/style\s*>)`, 'gi'), '$1$3');
	return [
		...markup.matchAll(
			/<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g,
		),
	].map((m) => m[0]);
}

/** Attributes of one start tag as [name, raw value] pairs; a bare attribute has the value ''. */
function attributes(tag: string): [string, string][] {
	const body = tag.replace(/^<[^\s/>]+/, '');
	return [...body.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map(
		(m) => [m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? ''],
	);
}

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

/**
 * An attribute value as the browser sees it, which is what a CSP hash covers.
 * Throws on a named entity it does not know, rather than hash the wrong text.
 */
export function decodeAttribute(raw: string): string {
	return raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return String.fromCodePoint(code);
		}
		const char = NAMED_ENTITIES[ref.toLowerCase()];
		if (char === undefined)
			throw new Error(
				`Onbekende HTML-entiteit ${whole} in een attribuut; voeg hem toe aan NAMED_ENTITIES.`,
			);
		return char;
	});
}

/** The decoded value of every `style` attribute. */
export function styleAttributes(html: string): string[] {
	return startTags(html).flatMap((tag) =>
		attributes(tag)
			.filter(([name]) => name === 'style')
			.map(([, value]) => decodeAttribute(value)),
	);
}

/** Inline code that a strict policy blocks whatever its hash: `on…=` handlers and `javascript:` URLs. */
export function forbiddenInlineCode(html: string): string[] {
	const found: string[] = [];
	for (const tag of startTags(html)) {
		for (const [name, raw] of attributes(tag)) {
			if (/^on[a-z]+$/.test(name)) found.push(`${name}="${raw}"`);
			else if (
				/^(href|src|action|formaction)$/.test(name) &&
				/^\s*javascript:/i.test(decodeAttribute(raw))
			)
				found.push(`${name}="${raw}"`);
		}
	}
	return found;
}
