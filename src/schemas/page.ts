import { z } from 'astro/zod';
import { referenceTo, type KnownIds } from './fields';
import { toolSchema } from './tool';

/**
 * Every page of the docs collection has a `type`, and each type has its own fields.
 * Starlight merges its own frontmatter fields (title, description, …) into each branch.
 */
export function pageSchema(ids: KnownIds) {
	return z.discriminatedUnion(
		'type',
		[
			toolSchema(ids),
			/** A page with an interactive template that runs in the browser. */
			z.object({
				type: z.literal('template'),
				/** The tool page this template belongs to. */
				tool: referenceTo('docs', ids.pages, 'pagina'),
			}),
			/** A page generated for one success factor (through `StarlightPage`). */
			z.object({
				type: z.literal('factor-page'),
				/** The factor shown on the page. */
				factor: referenceTo('factors', ids.factors, 'succesfactor'),
			}),
			/** Any other page: the home page, overviews, statements, guidance. */
			z.object({
				type: z.literal('guide'),
			}),
		],
		{
			error: 'Elke pagina heeft een `type`: tool, template, factor-page of guide.',
		},
	);
}

export type PageData = z.output<ReturnType<typeof pageSchema>>;
