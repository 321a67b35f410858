// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { SITE_DESCRIPTION, SITE_TITLE, SITE_URL } from './src/config/site.ts';
import { sidebar } from './src/config/sidebar.ts';
import { contentSecurityPolicy } from './src/deploy/integration.ts';
import { redirects } from './src/config/redirects.ts';

export default defineConfig({
	site: SITE_URL,
	trailingSlash: 'always',
	// Starlight's heading-anchor styles end up in a small stylesheet of their own, which Astro would
	// inline into every page (0.6 kB gzip each, and a CSP hash); as a file it is fetched once and cached.
	build: { inlineStylesheets: 'never' },
	redirects,
	vite: {
		build: {
			rolldownOptions: {
				onwarn(warning, warn) {
					// Astro marks each rendered content entry's module (`…mdx?astroPropagatedAssets`) with a
					// "use astro:head-inject" directive that nothing reads: head propagation goes by the
					// module id. Rolldown warns that bundling may not keep the directive, once per MDX page.
					// Harmless; to be fixed upstream (https://github.com/withastro/astro/issues/18087).
					if (
						warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
						warning.message.includes('"use astro:head-inject"')
					)
						return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		starlight({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			defaultLocale: 'root',
			locales: { root: { label: 'Nederlands', lang: 'nl' } },
			sidebar,
			// Search ranking, tuned on held-out queries (tests/e2e/search.spec.ts): weights count for more
			// than how often a word recurs (termFrequency), long tool pages are not pushed down for their
			// length (pageLength), and a heavy title does not saturate early (termSaturation).
			pagefind: { ranking: { termFrequency: 0.2, pageLength: 0.3, termSaturation: 2 } },
			lastUpdated: true,
			customCss: ['./src/styles/site.css', './src/styles/content.css', './src/styles/print.css'],
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Search: './src/components/overrides/Search.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Footer: './src/components/overrides/Footer.astro',
			},
			routeMiddleware: './src/config/route-data.ts',
			plugins: [starlightLinksValidator({ errorOnLocalLinks: true })],
			// The 404 page is src/pages/404.astro: Starlight's own route looks up an optional `docs/404`
			// entry first, and Astro 7 warns on every build that it was not found.
			disable404Route: true,
		}),
		// After the build: the CSP, hashed from the finished pages, into each page and `_headers`.
		contentSecurityPolicy(),
	],
});
