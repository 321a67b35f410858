/**
 * Where the build time goes: the same large site built with one part of the project switched off
 * at a time. The difference with the full build is what that part costs. Only for measuring: none
 * of these variants is a site we would publish.
 */
import type { ProjectSiteOptions } from './sites.ts';

export interface ProfileVariant extends ProjectSiteOptions {
	label: string;
	/** What is switched off, in a few words. */
	what: string;
}

/** Replaces `pattern` in the config, and fails loudly when it is not there (the config changed). */
const without =
	(what: string, pattern: RegExp, replacement = '') =>
	(config: string) => {
		const edited = config.replace(pattern, replacement);
		if (edited === config)
			throw new Error(
				`Profiel "${what}": niet gevonden in astro.config.mjs (${pattern}); pas tests/bench/profile.ts aan.`,
			);
		return edited;
	};

export const PROFILE_VARIANTS: ProfileVariant[] = [
	{
		label: 'zonder links-validator',
		what: 'starlight-links-validator uit',
		editConfig: without(
			'links-validator',
			/plugins:\s*\[\s*starlightLinksValidator\([^)]*\)\s*\],?/,
		),
	},
	{
		label: 'zonder CSP-integratie',
		what: 'CSP-hashes en _headers na de bouw uit',
		editConfig: without('CSP', /contentSecurityPolicy\(\),?/),
	},
	{
		label: 'zonder lastUpdated',
		what: 'datums uit git uit',
		editConfig: without('lastUpdated', /lastUpdated:\s*true/, 'lastUpdated: false'),
	},
	{
		label: 'zonder kaart, factoren, citeren',
		what: 'MarkdownContent-override uit (ToolCard, ToolFactors, CiteThisPage)',
		editConfig: without('MarkdownContent', /MarkdownContent:\s*'[^']*',?/),
	},
	{
		label: 'gereedschappen als .md',
		what: 'proefpagina’s als Markdown in plaats van MDX (zonder <SourceList>)',
		markdown: true,
	},
];
