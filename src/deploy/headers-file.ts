/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the site's root.
 * Every path gets the security headers from `/*`; only the hashed folders set Cache-Control, so no
 * header is set by two rules that match one path (the hosts would join the two values into one).
 * Other files keep the host's default Cache-Control, which equals REVALIDATE.
 */
import { IMMUTABLE, IMMUTABLE_PREFIXES, securityHeaders } from './headers.ts';

export function renderHeadersFile(cspHeaderValue: string): string {
	const block = (path: string, headers: Record<string, string>) =>
		[path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	return (
		[
			'# Made by `astro build` (src/deploy/); do not edit. The CSP hashes match the pages of this build.',
			block('/*', securityHeaders(cspHeaderValue)),
			...IMMUTABLE_PREFIXES.map((prefix) => block(`${prefix}*`, { 'Cache-Control': IMMUTABLE })),
		].join('\n\n') + '\n'
	);
}
