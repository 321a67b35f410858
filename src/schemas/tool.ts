import { z } from 'astro/zod';
import { oneOf, referenceTo, type KnownIds } from './fields';
import { AUDIENCES, DOWNLOAD_FORMATS, MAPPING_ORIGINS, SECTORS, TOOL_KINDS } from './vocabulary';

/** How many success factors there are; every tool says something about each of them. */
export const FACTOR_COUNT = 10;

/** A file a tool offers for download, served from `/downloads/`. */
export const downloadSchema = z.object({
	/** What the reader gets, for example "Lege informatiekaart om te printen". */
	title: z.string().min(3),
	/** File name inside `public/downloads/` or generated there at build time. */
	file: z.string().regex(/^[a-z0-9][a-z0-9-]*\.[a-z0-9]+$/, {
		error:
			'Een downloadbestand heet in kleine letters, cijfers en streepjes, met een extensie (bijvoorbeeld "informatiekaart-leeg.pdf").',
	}),
	/** The file's format; must match the extension. */
	format: oneOf(DOWNLOAD_FORMATS, 'bestandsvorm'),
});

/** How one tool serves one success factor. */
export function toolFactorSchema(ids: Pick<KnownIds, 'factors'>) {
	return z.object({
		/** The factor, by its id in `content/factors/` (for example `5-dialoog`). */
		factor: referenceTo('factors', ids.factors, 'succesfactor'),
		/** Whether the tool serves this factor. */
		applies: z.boolean(),
		/** One or two sentences: how the tool serves the factor, or why it does not apply. */
		how: z.string().min(10, { error: 'Schrijf bij `how` minstens één zin (10 tekens of meer).' }),
	});
}

/** The frontmatter of a tool page (`type: tool`). */
export function toolSchema(ids: KnownIds) {
	return z.object({
		type: z.literal('tool'),
		/** One sentence: what the tool is for. Shown on cards and in search results. */
		summary: z.string().min(20).max(220),
		/** What kind of tool it is. */
		kind: oneOf(TOOL_KINDS, 'soort gereedschap'),
		/** Sectors the tool is meant for. */
		sectors: z.array(oneOf(SECTORS, 'sector')).min(1, { error: 'Noem minstens één sector.' }),
		/** Who works with the tool. */
		audience: z
			.array(oneOf(AUDIENCES, 'doelgroep'))
			.min(1, { error: 'Noem minstens één doelgroep.' }),
		/** When in the school year the tool is used, by moment id (`content/moments/`). */
		moments: z.array(referenceTo('moments', ids.moments, 'moment')).min(1),
		/** Time needed, in words, for example "20 minuten per gesprek". */
		timeNeeded: z.string().min(3),
		/** The sources the tool is built on, by id (`content/sources/`). */
		sources: z.array(referenceTo('sources', ids.sources, 'bron')).min(1),
		/** Related tool pages, by page id (for example `gereedschappen/checklist-oudercontact`). */
		related: z.array(referenceTo('docs', ids.pages, 'pagina')).default([]),
		/** The interactive template for this tool, by page id; left out when there is none. */
		template: referenceTo('docs', ids.pages, 'pagina').optional(),
		/** Files to download that belong to this tool. */
		downloads: z.array(downloadSchema).default([]),
		/** Whether the link to the ten factors comes from the source or is the toolbox's own. */
		factorMapping: oneOf(MAPPING_ORIGINS, 'herkomst van de koppeling'),
		/** Exactly one entry for each of the ten success factors. */
		factors: z.array(toolFactorSchema(ids)).superRefine((entries, ctx) => {
			const seen = new Map<string, number>();
			entries.forEach((entry, index) => {
				const first = seen.get(entry.factor.id);
				if (first !== undefined) {
					ctx.addIssue({
						code: 'custom',
						path: [index, 'factor'],
						message: `Succesfactor "${entry.factor.id}" staat twee keer in \`factors\` (ook op plek ${first + 1}).`,
					});
				} else seen.set(entry.factor.id, index);
			});
			const missing = ids.factors.filter((id) => !seen.has(id));
			if (missing.length > 0) {
				ctx.addIssue({
					code: 'custom',
					message: `\`factors\` moet elk van de ${FACTOR_COUNT} succesfactoren precies één keer noemen; ontbreekt: ${missing.join(', ')}.`,
				});
			}
		}),
	});
}

export type ToolData = z.output<ReturnType<typeof toolSchema>>;
