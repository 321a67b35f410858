/**
 * The comparison between two rounds (per pupil: the scores side by side, the change of the
 * average, and a sign for pupils who need attention) and the class summary per item: bars for the
 * eye, a table beside them with the same figures for screen readers.
 */
import { findRound, type Checklist, type Round } from '../../../lib/checklist/checklist';
import {
	comparePupil,
	formatAverage,
	formatChange,
	SIGNAL_TEXT,
	summarise,
	type PupilComparison,
} from '../../../lib/checklist/compare';
import { displayName, type Pupil } from '../../../lib/roster/class-list';
import { plural } from '../../../lib/text';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';
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

function drawComparison(
	elements: CompareElements,
	list: Checklist,
	from: Round,
	to: Round,
	pupils: readonly Pupil[],
	attentionOnly: boolean,
): void {
	const comparisons = pupils.map((pupil) => ({
		pupil,
		comparison: comparePupil(list, from, to, pupil.id),
	}));
	const attention = comparisons.filter((c) => c.comparison.signals.length > 0);
	const complete = comparisons.filter((c) => c.comparison.complete).length;
	elements.summary.textContent =
		complete === 0
			? `Er is nog geen leerling in beide rondes ingevuld (${from.name} en ${to.name}).`
			: `${complete} van ${pupils.length} leerlingen zijn in beide rondes ingevuld. ${attention.length === 0 ? 'Geen van hen vraagt extra aandacht.' : `${plural(attention.length, 'vraagt', 'vragen')} aandacht.`}`;

	const shown = attentionOnly ? attention : comparisons;
	const items = list.items;
	replaceChildren(
		elements.table,
		h('caption', { id: 'co-compare-caption' }, `Van ${from.name} naar ${to.name}`),
		h(
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
		),
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
				: shown.map(({ pupil, comparison }) => {
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
							h(
								'td',
								{ 'data-label': 'Verandering', class: 'co__change' },
								formatChange(comparison.change),
							),
							h(
								'td',
								{ 'data-label': 'Aandacht', 'data-signal': '' },
								flagged
									? h('strong', { class: 'co__signal' }, signalText(comparison))
									: signalText(comparison),
							),
							h('td', { 'data-label': 'Verbeterstap' }, step),
						);
					}),
		),
	);

	drawSummary(elements, list, from, to, pupils);
}

function drawSummary(
	elements: CompareElements,
	list: Checklist,
	from: Round,
	to: Round,
	pupils: readonly Pupil[],
): void {
	const summary = summarise(
		list,
		[from, to],
		pupils.map((p) => p.id),
	);
	const max = list.scale.length;
	const width = (value: number | undefined) =>
		`${value === undefined ? 0 : Math.round((value / max) * 1000) / 10}%`;
	const bar = (kind: 'from' | 'to', value: number | undefined) => {
		const element = h(
			'span',
			{ class: ['co__bar', `co__bar--${kind}`] },
			h('span', { class: 'co__bar-value' }, formatAverage(value)),
		);
		element.style.setProperty('--co-bar', width(value));
		return element;
	};
	replaceChildren(
		elements.chart,
		h(
			'p',
			{ class: 'co__chart-key' },
			h('span', { class: 'co__key co__key--from' }),
			from.name,
			' ',
			h('span', { class: 'co__key co__key--to' }),
			to.name,
		),
		summary.map((row) => {
			const item = list.items.find((i) => i.id === row.itemId)!;
			return h(
				'div',
				{ class: 'co__chart-row' },
				h('span', { class: 'co__chart-label' }, item.short),
				h(
					'span',
					{ class: 'co__bars' },
					bar('from', row.rounds[0]!.average),
					bar('to', row.rounds[1]!.average),
				),
			);
		}),
		h('p', { class: 'co__chart-scale' }, `Schaal 1 tot ${max}`),
	);
	replaceChildren(
		elements.summaryTable,
		h('caption', null, `De klas per onderwerp (schaal 1 tot ${max})`),
		h(
			'thead',
			null,
			h(
				'tr',
				null,
				h('th', { scope: 'col' }, 'Onderwerp'),
				h('th', { scope: 'col' }, `Gem. ${from.name}`),
				h('th', { scope: 'col' }, `Gem. ${to.name}`),
				h('th', { scope: 'col' }, 'Laag (eerder → later)'),
			),
		),
		h(
			'tbody',
			null,
			summary.map((row) => {
				const item = list.items.find((i) => i.id === row.itemId)!;
				const [a, b] = row.rounds as [(typeof row.rounds)[number], (typeof row.rounds)[number]];
				return h(
					'tr',
					null,
					h('th', { scope: 'row' }, item.short),
					h('td', null, formatAverage(a.average)),
					h('td', null, formatAverage(b.average)),
					h('td', null, `${a.low} → ${b.low}`),
				);
			}),
		),
	);
}
