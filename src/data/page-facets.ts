import { getEntry, type CollectionEntry } from 'astro:content';
import { AUDIENCES, SECTORS } from '../schemas/vocabulary';
import type { PageFacets, PageType } from '../lib/search/facets';
import { getFramework, type Factor } from './framework';
import { getToolFactors, isTool, type ToolEntry } from './tools';

/** How a factor is named in filters and badges: "5. In gesprek, twee kanten op". */
const factorLabel = (factor: Factor) => `${factor.data.number}. ${factor.data.title}`;

/** The facets of a tool: the factors it serves (and their clusters), its sectors and audiences. */
async function toolFacets(tool: ToolEntry): Promise<Required<Omit<PageFacets, 'type'>>> {
	const { clusters } = await getFramework();
	const served = (await getToolFactors(tool.data)).filter((v) => v.applies).map((v) => v.factor);
	const clusterIds = new Set(served.map((f) => f.data.cluster.id));
	return {
		factors: served.map(factorLabel),
		clusters: clusters.filter((c) => clusterIds.has(c.cluster.id)).map((c) => c.cluster.data.title),
		sectors: tool.data.sectors.map((s) => SECTORS[s]),
		audiences: tool.data.audience.map((a) => AUDIENCES[a]),
	};
}

/** A reference as the schema gives it ({ id }) or as a generated page passes it (the id itself). */
const refId = (ref: unknown) =>
	typeof ref === 'string' ? ref : (ref as { id?: string } | undefined)?.id;

/**
 * The facets of any page, for the search filters: a tool its own; a template those of its tool;
 * a factor page its factor and cluster; other pages only their kind.
 */
export async function pageFacets(entry: CollectionEntry<'docs'>): Promise<PageFacets> {
	const type = entry.data.type as PageType;
	if (isTool(entry)) return { type, ...(await toolFacets(entry)) };
	if (entry.data.type === 'template') {
		const tool = await getEntry('docs', refId(entry.data.tool) ?? '');
		return tool && isTool(tool) ? { type, ...(await toolFacets(tool)) } : { type };
	}
	const { data } = entry;
	if (data.type === 'factor-page') {
		// Read the reference before awaiting: TypeScript forgets the narrowing of `entry.data` across it.
		const factorId = refId(data.factor);
		const { factors, clusters } = await getFramework();
		const factor = factors.find((f) => f.id === factorId);
		if (!factor) return { type };
		const cluster = clusters.find((c) => c.cluster.id === factor.data.cluster.id);
		return {
			type,
			factors: [factorLabel(factor)],
			clusters: cluster ? [cluster.cluster.data.title] : [],
		};
	}
	return { type: 'guide' };
}
