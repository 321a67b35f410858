import { getCollection, type CollectionEntry } from 'astro:content';
import type { ToolData } from '../schemas/tool';
import { getFramework, type Factor } from './framework';

export type ToolEntry = CollectionEntry<'docs'> & {
	data: Extract<CollectionEntry<'docs'>['data'], { type: 'tool' }>;
};

/** One factor as a tool serves it. */
interface ToolFactorView {
	factor: Factor;
	applies: boolean;
	how: string;
}

/** The URL of a docs page by its id. */
export const pageHref = (pageId: string) => (pageId === 'index' ? '/' : `/${pageId}/`);

export const isTool = (entry: CollectionEntry<'docs'>): entry is ToolEntry =>
	entry.data.type === 'tool';

/** Every tool page, in the order of their `sidebar.order` (then title, Dutch collation): the order lists and the matrix show. */
export async function getTools(): Promise<ToolEntry[]> {
	const tools = (await getCollection('docs')).filter(isTool);
	const order = (t: ToolEntry) => t.data.sidebar?.order ?? Number.MAX_SAFE_INTEGER;
	return tools.sort(
		(a, b) => order(a) - order(b) || a.data.title.localeCompare(b.data.title, 'nl'),
	);
}

/** A tool's ten factor entries joined with the factors themselves, in factor order. */
export async function getToolFactors(data: Pick<ToolData, 'factors'>): Promise<ToolFactorView[]> {
	const { factors } = await getFramework();
	return factors.map((factor) => {
		const entry = data.factors.find((f) => f.factor.id === factor.id);
		if (!entry) throw new Error(`Succesfactor ${factor.id} ontbreekt bij een gereedschap.`);
		return { factor, applies: entry.applies, how: entry.how };
	});
}
