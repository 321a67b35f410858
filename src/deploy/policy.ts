/**
 * The site's Content-Security-Policy: one definition, from which the `<meta>` tag in every page,
 * the nginx configuration and the `_headers` file are all made. The hashes come from the built
 * pages (see `site-scan.ts`), so they cannot drift from what the pages actually contain.
 *
 * Why not Astro's `security.csp`: it hashes only the scripts Astro bundles itself. Starlight's
 * `is:inline` scripts (theme, sidebar state, the search shortcut) get no hash and are blocked; its
 * `style-src` list of hashes blocks every `style` attribute Starlight writes (icon sizes, sidebar
 * depth); and a `<meta>` policy cannot carry `frame-ancestors`. A second, different policy in a
 * header would be enforced on top of Astro's, so the two would have to agree anyway. Reading the
 * finished pages covers every inline script, whoever wrote it.
 */

/** One directive's sources, in the order they are written. */
export type Directives = ReadonlyArray<readonly [name: string, sources: readonly string[]]>;

/** What the built pages contain inline, as CSP hash expressions. */
export interface InlineHashes {
	/** Hashes of inline `<script>` texts. */
	scripts: readonly string[];
	/** Hashes of inline `<style>` texts and of `style` attribute values. */
	styles: readonly string[];
	/** Whether any of the style hashes are for `style` attributes (they then need 'unsafe-hashes'). */
	styleAttributes: boolean;
}

/** Directives a `<meta http-equiv>` policy may not contain; browsers ignore them there with a console error. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The policy for the site, given the hashes of what its pages carry inline. */
export function sitePolicy(hashes: InlineHashes): Directives {
	return [
		// Everything not named below: this origin only. No CDN, fonts, analytics or embeds.
		['default-src', ["'self'"]],
		// Scripts: files from this origin, plus each inline script by its hash; never 'unsafe-inline'
		// or 'unsafe-eval'. Pagefind's search index is WebAssembly, which needs 'wasm-unsafe-eval'
		// (compiling wasm only; it does not allow eval() or new Function()).
		['script-src', ["'self'", "'wasm-unsafe-eval'", ...hashes.scripts]],
		// Styles: stylesheets from this origin, plus each inline style by its hash. Starlight and
		// Expressive Code write `style` attributes (icon sizes, sidebar depth, code colours); those are
		// allowed by the hash of each exact value ('unsafe-hashes' lets a hash match an attribute), not
		// by 'unsafe-inline', so injected markup cannot bring its own styles. Styles that scripts set
		// through the CSSOM (`element.style.x = …`) are not governed by CSP; `setAttribute('style', …)`
		// is, and is blocked unless the value is one of these.
		[
			'style-src',
			["'self'", ...(hashes.styleAttributes ? ["'unsafe-hashes'"] : []), ...hashes.styles],
		],
		// Images from this origin; `data:` for the small SVG icons that Starlight's and Pagefind's CSS inline.
		['img-src', ["'self'", 'data:']],
		['font-src', ["'self'"]],
		// Pagefind fetches its index and fragments from this origin.
		['connect-src', ["'self'"]],
		// Pagefind searches in a Web Worker loaded from /pagefind/.
		['worker-src', ["'self'"]],
		['object-src', ["'none'"]],
		// No page needs <base>; forbidding it stops injected markup from redirecting relative URLs.
		['base-uri', ["'none'"]],
		['form-action', ["'self'"]],
		// No one may show the site in a frame (clickjacking); header only, see HEADER_ONLY.
		['frame-ancestors', ["'none'"]],
	];
}

/** The policy as the value of a `Content-Security-Policy` header. */
export function headerValue(policy: Directives): string {
	return policy.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy as the `content` of a `<meta http-equiv="Content-Security-Policy">`: without header-only directives. */
export function metaValue(policy: Directives): string {
	return headerValue(policy.filter(([name]) => !HEADER_ONLY.has(name)));
}

/** The directives of a serialised policy, to compare policies in tests. */
export function parsePolicy(value: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of value.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}
