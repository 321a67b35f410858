import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/** Tool pages get a generated factor section and citation block; list them in the table of contents too. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.entry.data.type !== 'tool' || !route.toc) return;
	route.toc.items.push({ depth: 2, slug: 'succesfactoren', text: 'De tien succesfactoren', children: [] });
	route.toc.items.push({ depth: 2, slug: 'deze-pagina-citeren', text: 'Deze pagina citeren', children: [] });
});
