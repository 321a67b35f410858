/**
 * Astro integration: when the build is done (after Pagefind has indexed the pages), give every page
 * the site's Content-Security-Policy as a `<meta>` and write `_headers` for static hosts. See
 * `policy.ts` for why this replaces Astro's own `security.csp`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { applyPolicy } from './site-scan.ts';

export function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'gereedschapskist:content-security-policy',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const header = applyPolicy(fileURLToPath(dir));
				const hashes = header.match(/'sha256-/g)?.length ?? 0;
				logger.info(`Content-Security-Policy in elke pagina en in _headers (${hashes} hashes).`);
			},
		},
	};
}
