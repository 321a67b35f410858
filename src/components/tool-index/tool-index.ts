/**
 * The tool index in the browser: reads the view from the URL, shows the matching cards, updates
 * the counts beside the checkboxes, writes the view back to the URL and announces the number found.
 * The filtering itself is `lib/tool-index/filter.ts`.
 */
import {
	GROUPS,
	countsFor,
	emptyState,
	matches,
	parseQuery,
	toQuery,
	type Group,
	type ToolFacets,
	type ViewState,
} from '../../lib/tool-index/filter';

interface Card {
	el: HTMLElement;
	facets: ToolFacets;
}

export function mountToolIndex(root: HTMLElement) {
	// "3 gereedschappen gevonden" for every possible count, written at build time: the page's
	// script then needs no plural rules of its own (content pages carry as little JavaScript as Starlight).
	const foundMessages = JSON.parse(root.dataset.foundMessages ?? '[]') as string[];
	const form = root.querySelector<HTMLFormElement>('[data-tool-filters]');
	const text = root.querySelector<HTMLInputElement>('[data-tool-text]');
	const status = root.querySelector<HTMLElement>('[data-tool-status]');
	const empty = root.querySelector<HTMLElement>('[data-tool-empty]');
	if (!form || !text || !status || !empty) return;

	const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const cards = readCards(root);
	const known = {} as Record<Group, string[]>;
	for (const g of GROUPS) known[g] = boxes.filter((b) => b.name === g).map((b) => b.value);

	const read = (): ViewState => {
		const state = emptyState();
		for (const b of boxes) if (b.checked) state.checked[b.name as Group].push(b.value);
		state.text = text.value;
		return state;
	};

	let lastMessage = '';
	const show = (state: ViewState, announce: boolean) => {
		const shown = showCards(cards, state);
		showCounts(boxes, cards, state, known);
		empty.hidden = shown > 0;
		const message = foundMessages[shown] ?? '';
		// The live region speaks only when the result changed, not on every key press that leaves it as it was.
		if (announce && message !== lastMessage) status.textContent = message;
		else if (!announce) status.textContent = message;
		lastMessage = message;
	};

	const update = () => {
		const state = read();
		const query = toQuery(state, known);
		history.replaceState(
			history.state,
			'',
			`${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
		);
		show(state, true);
	};

	// The view in the link the page was opened with.
	const initial = parseQuery(location.search, known);
	for (const b of boxes) b.checked = initial.checked[b.name as Group].includes(b.value);
	text.value = initial.text;
	show(initial, false);

	bindFilters(form, text, update);
}

/** The cards with what they are filtered on: their values per group and their text. */
function readCards(root: HTMLElement): Card[] {
	return [...root.querySelectorAll<HTMLElement>('[data-tool]')].map((el) => {
		const values = {} as Record<Group, string[]>;
		for (const g of GROUPS) values[g] = (el.dataset[g] ?? '').split(' ').filter(Boolean);
		const facets: ToolFacets = { values, text: el.textContent ?? '' };
		return { el, facets };
	});
}

/** Shows the cards that match and hides the rest; returns how many are shown. */
function showCards(cards: readonly Card[], state: ViewState): number {
	let shown = 0;
	for (const { el, facets } of cards) {
		const on = matches(facets, state);
		el.hidden = !on;
		if (on) shown++;
	}
	return shown;
}

/** The count beside each checkbox: how many tools ticking it would show. */
function showCounts(
	boxes: readonly HTMLInputElement[],
	cards: readonly Card[],
	state: ViewState,
	known: Record<Group, string[]>,
): void {
	const counts = countsFor(
		cards.map((c) => c.facets),
		state,
		known,
	);
	for (const b of boxes) {
		const n = counts[b.name as Group].get(b.value) ?? 0;
		const count = b.closest('label')?.querySelector('[data-count]');
		if (count) count.textContent = `(${n})`;
	}
}

/** Filters on every change: at once for a checkbox, after a pause in typing, after a reset. */
function bindFilters(form: HTMLFormElement, text: HTMLInputElement, update: () => void): void {
	form.addEventListener('change', update);
	let timer: ReturnType<typeof setTimeout> | undefined;
	text.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(update, 250);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		update();
	});
	form.addEventListener('reset', () => {
		// After the browser has cleared the fields.
		setTimeout(update, 0);
	});
}
