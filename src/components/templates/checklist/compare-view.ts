/**
 * The comparison between two rounds (per pupil: the scores side by side, the change of the
 * average, and a sign for pupils who need attention); the class summary per item below it is in
 * `compare-summary.ts`.
 */
import { findRound, type Checklist, type Round } from '../../../lib/checklist/checklist';
import {
	comparePupil,
	formatAverage,
	formatChange,
	SIGNAL_TEXT,
	type PupilComparison,
} from '../../../lib/checklist/compare';
import { displayName, type Pupil } from '../../../lib/roster/class-list';
import { plural } from '../../../lib/text';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';
import { drawSummary } from './compare-summary';
import type { RoundChoice } from './rounds';

interface CompareElements {
	table: HTMLTableElement;
	summary: HTMLElement;
	chart: HTMLElement;
	summaryTable: HTMLTableElement;
}

interface Comparison {
	/** Draws the comparison of the chosen rounds now. */
	draw(): void;
	/** Draws it once the teacher pauses (after a score: the comparison is further down the page). */
	drawSoon(): void;
}

export function mountComparison(ctx: TemplateContext<Checklist>, choice: RoundChoice): Comparison {
	const elements: CompareElements = {
		table: ctx.part<HTMLTableElement>('[data-compare-table]'),
		summary: ctx.part('[data-compare-summary]'),
		chart: ctx.part('[data-chart]'),
		summaryTable: ctx.part<HTMLTableElement>('[data-summary-table]'),
	};
	const attentionOnly = ctx.part<HTMLInputElement>('[data-attention-only]');
	let timer: ReturnType<typeof setTimeout> | undefined;
	const draw = () => {
		clearTimeout(timer);
		const data = ctx.data;
		drawComparison(
			elements,
			data,
			findRound(data, choice.fromId)!,
			findRound(data, choice.toId)!,
			ctx.schoolClass?.pupils ?? [],
			attentionOnly.checked,
		);
	};
	attentionOnly.addEventListener('change', draw);
	return {
		draw,
		drawSoon() {
			clearTimeout(timer);
			timer = setTimeout(draw, 300);
		},
	};
}

/** "2 → 3", "– → 3". */
const pair = (a: number | undefined, b: number | undefined) => `${a ?? '–'} → ${b ?? '–'}`;

export function signalText(comparison: PupilComparison): string {
	if (!comparison.complete) return 'Nog niet in beide rondes ingevuld';
	return comparison.signals.length
		? comparison.signals.map((s) => SIGNAL_TEXT[s]).join(', ')
		: 'Geen';
}

type PupilRow = { pupil: Pupil; comparison: PupilComparison };

function drawComparison(
	elements: CompareElements,
	list: Checklist,
	from: Round,
	to: Round,
	pupils: readonly Pupil[],
	attentionOnly: boolean,
): void {
	const comparisons: PupilRow[] = pupils.map((pupil) => ({
		pupil,
		comparison: comparePupil(list, from, to, pupil.id),
	}));
	const attention = comparisons.filter((c) => c.comparison.signals.length > 0);
	const complete = comparisons.filter((c) => c.comparison.complete).length;
	elements.summary.textContent = summaryText(complete, pupils.length, attention.length, from, to);

	const shown = attentionOnly ? attention : comparisons;
	const items = list.items;
	replaceChildren(
		elements.table,
		h('caption', { id: 'co-compare-caption' }, `Van ${from.name} naar ${to.name}`),
		comparisonHead(items),
		h(
			'tbody',
			null,
			shown.length === 0
				? h(
						'tr',
						null,
						h(
							'td',
							{ colspan: items.length + 6 },
							attentionOnly
								? 'Geen leerling vraagt aandacht.'
								: 'Deze klas heeft nog geen leerlingen.',
						),
					)
				: shown.map((row) => comparisonRow(row, items, from, to)),
		),
	);

	drawSummary(elements, list, from, to, pupils);
}

/** The sentence above the comparison: how many pupils are complete and how many need attention. */
function summaryText(
	complete: number,
	total: number,
	attention: number,
	from: Round,
	to: Round,
): string {
	return complete === 0
		? `Er is nog geen leerling in beide rondes ingevuld (${from.name} en ${to.name}).`
		: `${complete} van ${total} leerlingen zijn in beide rondes ingevuld. ${attention === 0 ? 'Geen van hen vraagt extra aandacht.' : `${plural(attention, 'vraagt', 'vragen')} aandacht.`}`;
}

function comparisonHead(items: Checklist['items']): HTMLElement {
	return h(
		'thead',
		null,
		h(
			'tr',
			null,
			h('th', { scope: 'col', class: 'co__name' }, 'Leerling'),
			items.map((item) =>
				h('th', { scope: 'col', class: 'co__item', title: item.text || null }, item.short),
			),
			h('th', { scope: 'col' }, 'Gem. eerder'),
			h('th', { scope: 'col' }, 'Gem. later'),
			h('th', { scope: 'col' }, 'Verandering'),
			h('th', { scope: 'col' }, 'Aandacht'),
			h('th', { scope: 'col' }, 'Verbeterstap (laatste)'),
		),
	);
}

/** One pupil's row: the score pairs per item, the averages, the change, the signal and the step. */
function comparisonRow(
	{ pupil, comparison }: PupilRow,
	items: Checklist['items'],
	from: Round,
	to: Round,
): HTMLElement {
	const step = to.entries[pupil.id]?.step || from.entries[pupil.id]?.step || '';
	const flagged = comparison.signals.length > 0;
	return h(
		'tr',
		{ class: flagged ? 'co__flagged' : undefined, 'data-pupil': pupil.id },
		h('th', { scope: 'row', class: 'co__name' }, displayName(pupil)),
		comparison.items.map(({ itemId, from: a, to: b }) =>
			h(
				'td',
				{
					class: [
						'co__pair',
						a !== undefined && b !== undefined && b < a && 'co__pair--down',
						a !== undefined && b !== undefined && b > a && 'co__pair--up',
					],
					'data-label': items.find((i) => i.id === itemId)!.short,
				},
				pair(a, b),
			),
		),
		h('td', { 'data-label': 'Gem. eerder' }, formatAverage(comparison.fromAverage)),
		h('td', { 'data-label': 'Gem. later' }, formatAverage(comparison.toAverage)),
		h('td', { 'data-label': 'Verandering', class: 'co__change' }, formatChange(comparison.change)),
		h(
			'td',
			{ 'data-label': 'Aandacht', 'data-signal': '' },
			flagged
				? h('strong', { class: 'co__signal' }, signalText(comparison))
				: signalText(comparison),
		),
		h('td', { 'data-label': 'Verbeterstap' }, step),
	);
}
