import type { KnownIds } from '../../src/schemas/fields';

/** Ids that the schema tests treat as existing. */
export const knownIds: KnownIds = {
	factors: Array.from({ length: 10 }, (_, i) => `${i + 1}-factor`),
	clusters: ['contact', 'samenwerking', 'toekomstperspectief'],
	sources: ['lusse-2013', 'lusse-diender-2014'],
	moments: ['eerste-schoolweek', 'voor-de-herfstvakantie'],
	pages: [
		'gereedschappen/informatiekaart',
		'gereedschappen/checklist-oudercontact',
		'sjablonen/informatiekaart',
	],
};

/** Tool frontmatter as a test writes it: any field may be broken, retyped or left out. */
export interface ToolInput {
	[field: string]: unknown;
	factors: { factor: string | number; applies?: boolean; how?: string }[];
}

/** A tool's frontmatter that the schema accepts; tests break one field at a time. */
export function goodTool(): ToolInput {
	return {
		type: 'tool',
		title: 'Informatiekaart',
		summary: 'Eén kaart waarop ouders lezen hoe en wanneer ze de school bereiken.',
		kind: 'kaart',
		sectors: ['po', 'vo'],
		audience: ['team'],
		moments: ['eerste-schoolweek'],
		timeNeeded: 'Een teamoverleg',
		sources: ['lusse-2013'],
		related: ['gereedschappen/checklist-oudercontact'],
		template: 'sjablonen/informatiekaart',
		downloads: [{ title: 'Lege kaart', file: 'informatiekaart-leeg.pdf', format: 'pdf' }],
		factorMapping: 'bron',
		factors: knownIds.factors.map((factor, i) => ({
			factor,
			applies: i < 7,
			how:
				i < 7 ? 'Zo draagt de kaart bij aan deze factor.' : 'Niet van toepassing bij deze kaart.',
		})),
	};
}
