import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { downloadSectionId, getDownloadCatalog } from '../data/downloads';

/**
 * Generated sections are not in the markdown, so Starlight's table of contents misses them:
 * tool pages get their factor section and citation block, the Downloads page one entry per tool.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	if (!route.toc) return;
	if (route.entry.data.type === 'tool') {
		route.toc.items.push({
			depth: 2,
			slug: 'succesfactoren',
			text: 'De tien succesfactoren',
			children: [],
		});
		route.toc.items.push({
			depth: 2,
			slug: 'deze-pagina-citeren',
			text: 'Deze pagina citeren',
			children: [],
		});
	} else if (route.entry.id === 'downloads') {
		for (const { tool } of await getDownloadCatalog()) {
			route.toc.items.push({
				depth: 2,
				slug: downloadSectionId(tool.id),
				text: tool.data.title,
				children: [],
			});
		}
	}
});
