import { getEntries } from 'astro:content';
import { AUDIENCES, SECTORS, TOOL_KINDS } from '../schemas/vocabulary';
import type { Group } from '../lib/tool-index/filter';
import { getFramework } from './framework';
import { getToolFactors, getTools, pageHref } from './tools';

/** One checkbox of the index: its value in the URL, its label, and how many tools have it. */
interface FilterOption {
	value: string;
	label: string;
	count: number;
}

interface FilterGroupView {
	group: Group;
	/** The fieldset's legend. */
	legend: string;
	options: FilterOption[];
}

/** One tool card: what it shows and the values it carries for the filters. */
interface ToolCardView {
	id: string;
	href: string;
	title: string;
	summary: string;
	kind: string;
	sectors: string[];
	moments: string[];
	factors: { number: number; title: string }[];
	values: Record<Group, string[]>;
}

/**
 * Every tool as a card, and the filter groups with their options, all from the content model
 * (the tools' frontmatter, the factors, clusters and moments), so nothing is kept by hand.
 */
export async function getToolIndex(): Promise<{
	cards: ToolCardView[];
	groups: FilterGroupView[];
}> {
	const { factors, clusters } = await getFramework();
	const tools = await getTools();
	const cards: ToolCardView[] = [];
	const allMoments = new Map<string, { title: string; fromWeek: number; toWeek: number }>();
	for (const tool of tools) {
		const served = (await getToolFactors(tool.data)).filter((v) => v.applies).map((v) => v.factor);
		const moments = (await getEntries(tool.data.moments)).sort(
			(a, b) => a.data.fromWeek - b.data.fromWeek || a.data.toWeek - b.data.toWeek,
		);
		for (const m of moments) allMoments.set(m.id, m.data);
		cards.push({
			id: tool.id,
			href: pageHref(tool.id),
			title: tool.data.title,
			summary: tool.data.summary,
			kind: TOOL_KINDS[tool.data.kind],
			sectors: tool.data.sectors.map((s) => SECTORS[s]),
			moments: moments.map((m) => m.data.title),
			factors: served.map((f) => ({ number: f.data.number, title: f.data.title })),
			values: {
				factor: served.map((f) => String(f.data.number)),
				cluster: [...new Set(served.map((f) => f.data.cluster.id))],
				sector: [...tool.data.sectors],
				audience: [...tool.data.audience],
				moment: moments.map((m) => m.id),
			},
		});
	}
	const count = (group: Group, value: string) =>
		cards.filter((c) => c.values[group].includes(value)).length;
	const options = (group: Group, entries: [string, string][]): FilterOption[] =>
		entries
			.map(([value, label]) => ({ value, label, count: count(group, value) }))
			.filter((o) => o.count > 0);
	const moments = [...allMoments.entries()].sort(
		([, a], [, b]) => a.fromWeek - b.fromWeek || a.toWeek - b.toWeek,
	);
	const groups: FilterGroupView[] = [
		{
			group: 'factor',
			legend: 'Succesfactor',
			options: options(
				'factor',
				factors.map((f) => [String(f.data.number), `${f.data.number}. ${f.data.title}`]),
			),
		},
		{
			group: 'cluster',
			legend: 'Cluster',
			options: options(
				'cluster',
				clusters.map((c) => [c.cluster.id, c.cluster.data.title]),
			),
		},
		{ group: 'sector', legend: 'Sector', options: options('sector', Object.entries(SECTORS)) },
		{
			group: 'audience',
			legend: 'Voor wie',
			options: options('audience', Object.entries(AUDIENCES)),
		},
		{
			group: 'moment',
			legend: 'Moment in het schooljaar',
			options: options(
				'moment',
				moments.map(([id, m]) => [id, m.title]),
			),
		},
	];
	return { cards, groups };
}
