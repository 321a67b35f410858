/**
 * Reads a built site and derives its CSP from what the pages carry inline, so the policy is always
 * the one for exactly these pages. Also writes the policy back into them (`<meta>`) and next to
 * them (`_headers`).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderHeadersFile } from './headers-file.ts';
import {
	cspHash,
	forbiddenInlineCode,
	inlineScripts,
	inlineStyles,
	styleAttributes,
} from './inline-content.ts';
import {
	headerValue,
	metaValue,
	parsePolicy,
	sitePolicy,
	type Directives,
	type InlineHashes,
} from './policy.ts';

/** Every `.html` file under `dir`, as absolute paths, sorted. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

interface SiteScan {
	hashes: InlineHashes;
	/** Inline code no policy can allow, per file (relative to the site root); the build must stop. */
	problems: string[];
}

/** The hashes of every page's inline scripts and styles, sorted and without duplicates. */
export function scanSite(dir: string): SiteScan {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	let styleAttributesFound = false;
	const problems: string[] = [];
	for (const file of htmlFiles(dir)) {
		const html = readFileSync(file, 'utf8');
		for (const text of inlineScripts(html)) scripts.add(cspHash(text));
		for (const text of inlineStyles(html)) styles.add(cspHash(text));
		for (const value of styleAttributes(html)) {
			styles.add(cspHash(value));
			styleAttributesFound = true;
		}
		for (const code of forbiddenInlineCode(html)) {
			problems.push(
				`${relative(dir, file)}: ${code} (zet de code in een <script> met addEventListener)`,
			);
		}
	}
	return {
		hashes: {
			scripts: [...scripts].sort(),
			styles: [...styles].sort(),
			styleAttributes: styleAttributesFound,
		},
		problems,
	};
}

/** The policy for the built site in `dir`. Throws when a page holds inline code the policy cannot allow. */
function policyForSite(dir: string): Directives {
	const { hashes, problems } = scanSite(dir);
	if (problems.length > 0) {
		throw new Error(
			`Inline code die de Content-Security-Policy blokkeert:\n${problems.map((p) => `  ${p}`).join('\n')}`,
		);
	}
	return sitePolicy(hashes);
}

const META_NAME = 'http-equiv="Content-Security-Policy"';

/**
 * `html` with the policy as the first thing in its head, before any script or style it governs
 * (right after `<meta charset>`; Astro's redirect pages have no head, so then at the very start).
 * An existing policy tag is replaced.
 */
export function withPolicyMeta(html: string, policy: Directives): string {
	const tag = `<meta ${META_NAME} content="${metaValue(policy)}">`;
	const without = html.replace(new RegExp(`<meta ${META_NAME} content="[^"]*">`), '');
	const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(without);
	if (charset)
		return (
			without.slice(0, charset.index + charset[0].length) +
			tag +
			without.slice(charset.index + charset[0].length)
		);
	const head = /<head\b[^>]*>/i.exec(without);
	if (head)
		return (
			without.slice(0, head.index + head[0].length) +
			tag +
			without.slice(head.index + head[0].length)
		);
	const doctype = /^<!doctype html>/i.exec(without);
	return doctype ? doctype[0] + tag + without.slice(doctype[0].length) : tag + without;
}

/** The policy a page declares in its `<meta>`, or undefined. */
export function policyMetaOf(html: string): Map<string, string[]> | undefined {
	const match = new RegExp(`<meta ${META_NAME} content="([^"]*)">`).exec(html);
	return match ? parsePolicy(match[1]) : undefined;
}

/**
 * What the pages in `dir` carry inline that `policy` does not allow: empty when the policy fits the
 * pages. Catches a stale policy (a page changed after the policy was made).
 */
export function policyGaps(dir: string, policy: Map<string, string[]>): string[] {
	const allowed = (directive: string) => new Set(policy.get(directive) ?? []);
	const scripts = allowed('script-src');
	const styles = allowed('style-src');
	const gaps: string[] = [];
	for (const file of htmlFiles(dir)) {
		const html = readFileSync(file, 'utf8');
		const name = relative(dir, file);
		for (const text of inlineScripts(html)) {
			const hash = cspHash(text);
			if (!scripts.has(hash))
				gaps.push(`${name}: inline script ${hash} (${text.trim().slice(0, 60)}…)`);
		}
		for (const text of [...inlineStyles(html), ...styleAttributes(html)]) {
			const hash = cspHash(text);
			if (!styles.has(hash))
				gaps.push(`${name}: inline style ${hash} (${text.trim().slice(0, 60)})`);
		}
	}
	return gaps;
}

/**
 * The CSP header value that `astro build` recorded in `dir/_headers`, checked against the pages as
 * they are now. Throws when there is none or when a page no longer fits it (rebuild the site).
 * Servers configured from a build (nginx) take their policy from here.
 */
export function builtPolicy(dir: string): string {
	let file: string;
	try {
		file = readFileSync(join(dir, '_headers'), 'utf8');
	} catch {
		throw new Error(`Geen ${join(dir, '_headers')}: bouw de site eerst (npm run build).`);
	}
	const header = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(file)?.[1];
	if (!header) throw new Error(`${join(dir, '_headers')} noemt geen Content-Security-Policy.`);
	const gaps = policyGaps(dir, parsePolicy(header));
	if (gaps.length > 0) {
		throw new Error(
			`De pagina's in ${dir} passen niet meer bij hun Content-Security-Policy; bouw de site opnieuw:\n${gaps.join('\n')}`,
		);
	}
	return header;
}

/**
 * After `astro build`: derive the policy, put it in every page's `<meta>` and in `_headers`, and
 * check that every page now declares it. Returns the header value.
 */
export function applyPolicy(dir: string): string {
	const policy = policyForSite(dir);
	for (const file of htmlFiles(dir)) {
		writeFileSync(file, withPolicyMeta(readFileSync(file, 'utf8'), policy));
	}
	const header = headerValue(policy);
	writeFileSync(join(dir, '_headers'), renderHeadersFile(header));
	const gaps = policyGaps(dir, parsePolicy(header));
	if (gaps.length > 0)
		throw new Error(`De Content-Security-Policy past niet bij de pagina's:\n${gaps.join('\n')}`);
	return header;
}
