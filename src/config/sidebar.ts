import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { readFrameworkNav } from '../lib/framework-nav';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

const CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));

/** "1–3": the range of factor numbers in a cluster, for its label. */
const range = (numbers: number[]) => `${Math.min(...numbers)}–${Math.max(...numbers)}`;

/** The framework: overview, the ten factor pages per cluster (titles from `content/factors/`), the activities. */
const framework: Sidebar[number] = {
	label: 'Het raamwerk',
	items: [
		{ label: 'De tien succesfactoren', link: '/succesfactoren/' },
		...readFrameworkNav(CONTENT_DIR).map((cluster) => ({
			label: `${cluster.title} (${range(cluster.factors.map((f) => f.number))})`,
			// Closed unless the reader is on one of its factors, so the tools stay in view.
			collapsed: true,
			items: cluster.factors.map((f) => ({
				label: `${f.number}. ${f.title}`,
				link: `/succesfactoren/${f.id}/`,
			})),
		})),
		{ slug: 'ouderactiviteiten' },
	],
};

/**
 * The site's navigation. Docs pages are listed by slug, so their label is their title; the
 * generated pages (factors) are linked by URL with labels read from the content.
 */
export const sidebar: Sidebar = [
	{ label: 'Start', link: '/' },
	framework,
	{
		label: 'Gereedschappen',
		items: [
			{ slug: 'gereedschappen', label: 'Alle gereedschappen' },
			{ slug: 'jaarplanning' },
			{ slug: 'gereedschappen/informatiekaart' },
			{ slug: 'gereedschappen/checklist-oudercontact' },
			{
				label: 'Basisvormen Ouderbetrokkenheid 3.0',
				items: [
					{ slug: 'gereedschappen/basisvormen', label: 'Over de vier basisvormen' },
					{ slug: 'gereedschappen/basisvormen/startgesprek' },
					{ slug: 'gereedschappen/basisvormen/communicatieplan-op-maat' },
					{ slug: 'gereedschappen/basisvormen/nieuwjaarsreceptie' },
					{ slug: 'gereedschappen/basisvormen/buddys' },
				],
			},
			{ slug: 'gereedschappen/kwaliteitskaart' },
		],
	},
	{
		label: 'Sjablonen',
		items: [
			{ slug: 'sjablonen/klassenlijst' },
			{ slug: 'sjablonen/informatiekaart' },
			{ slug: 'sjablonen/checklist-oudercontact' },
			{ slug: 'sjablonen/startgesprek' },
			{ slug: 'sjablonen/communicatieplan-op-maat' },
			{ slug: 'sjablonen/nieuwjaarsreceptie' },
			{ slug: 'sjablonen/buddys' },
			{ slug: 'sjablonen/kwaliteitskaart' },
			{ slug: 'sjablonen/zelfscan' },
		],
	},
	{ slug: 'downloads' },
	{ slug: 'matrix' },
	{ slug: 'voor-de-lerarenopleiding' },
	{ slug: 'bronnen' },
];
