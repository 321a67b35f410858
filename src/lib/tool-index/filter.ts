/**
 * The tool index's filters as plain data: what a view is (checked values per group and a text), how
 * it is written in the URL query (so a copied link opens the same view), and which tools it shows.
 * No DOM: the page's script reads the cards' data attributes into `ToolFacets` and calls these.
 */
import { plural } from '../text';

/** The filter groups, in the order the page shows them; each is also its URL query key. */
export const GROUPS = ['factor', 'cluster', 'sector', 'audience', 'moment'] as const;
export type Group = (typeof GROUPS)[number];

/** The URL query key of the text box. */
const TEXT_KEY = 'q';

/** What one tool card carries: the values it has in each group, and its searchable text. */
export interface ToolFacets {
	values: Record<Group, readonly string[]>;
	/** Title and summary (and the like), as shown. */
	text: string;
}

/** A view: per group the checked values (empty: the group does not filter), and the text typed. */
export interface ViewState {
	checked: Record<Group, string[]>;
	text: string;
}

export const emptyState = (): ViewState => ({
	checked: { factor: [], cluster: [], sector: [], audience: [], moment: [] },
	text: '',
});

/** Lower case without accents, so "cafe" finds "café" and "Buddy" finds "buddy’s". */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’']/g, '')
		.toLowerCase();
}

/**
 * A view read from a URL query (`?factor=1&factor=5&sector=vo&q=gesprek`); values that the page
 * does not offer (`known`) are dropped, so an old or edited link still opens.
 */
export function parseQuery(search: string, known: Record<Group, readonly string[]>): ViewState {
	const params = new URLSearchParams(search);
	const state = emptyState();
	for (const group of GROUPS) {
		const allowed = new Set(known[group]);
		const values = params.getAll(group).flatMap((v) => v.split(','));
		state.checked[group] = [...new Set(values.filter((v) => allowed.has(v)))];
	}
	state.text = (params.get(TEXT_KEY) ?? '').trim().slice(0, 100);
	return state;
}

/** The URL query of a view, without the `?`; empty for the unfiltered view. Values in page order. */
export function toQuery(state: ViewState, known: Record<Group, readonly string[]>): string {
	const params = new URLSearchParams();
	for (const group of GROUPS) {
		const checked = new Set(state.checked[group]);
		for (const value of known[group]) if (checked.has(value)) params.append(group, value);
	}
	if (state.text.trim()) params.set(TEXT_KEY, state.text.trim());
	return params.toString();
}

/** Whether the tool matches every word of the text. */
function matchesText(tool: ToolFacets, text: string): boolean {
	const words = normalise(text).split(/\s+/).filter(Boolean);
	const haystack = normalise(tool.text);
	return words.every((w) => haystack.includes(w));
}

/** Whether the tool matches one group: no value checked, or at least one checked value is the tool's. */
function matchesGroup(tool: ToolFacets, state: ViewState, group: Group): boolean {
	const checked = state.checked[group];
	return checked.length === 0 || checked.some((v) => tool.values[group].includes(v));
}

/**
 * Whether the view shows the tool: within a group any checked value will do ("vo or mbo"), across
 * groups all must hold ("vo or mbo, and factor 5"), and the text as well.
 */
export function matches(tool: ToolFacets, state: ViewState, except?: Group): boolean {
	return (
		GROUPS.every((g) => g === except || matchesGroup(tool, state, g)) &&
		matchesText(tool, state.text)
	);
}

/**
 * For every value of every group: how many tools the view would show with that value checked as
 * well, given the other groups and the text (the count beside each checkbox).
 */
export function countsFor(
	tools: readonly ToolFacets[],
	state: ViewState,
	known: Record<Group, readonly string[]>,
): Record<Group, Map<string, number>> {
	const counts = {} as Record<Group, Map<string, number>>;
	for (const group of GROUPS) {
		const others = tools.filter((t) => matches(t, state, group));
		counts[group] = new Map(
			known[group].map((value) => [
				value,
				others.filter((t) => t.values[group].includes(value)).length,
			]),
		);
	}
	return counts;
}

/** The sentence for the live region: "1 gereedschap gevonden", "5 gereedschappen gevonden", or none. */
export function foundMessage(count: number): string {
	if (count === 0) return 'Geen gereedschappen gevonden';
	return `${plural(count, 'gereedschap', 'gereedschappen')} gevonden`;
}
