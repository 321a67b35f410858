/**
 * The class summary per item under the comparison: bars for the eye, a table beside them with the
 * same figures for screen readers.
 */
import type { Checklist, Round } from '../../../lib/checklist/checklist';
import { formatAverage, summarise } from '../../../lib/checklist/compare';
import type { Pupil } from '../../../lib/roster/class-list';
import { h, replaceChildren } from '../kit/dom';

type ItemSummary = ReturnType<typeof summarise>[number];

export function drawSummary(
	elements: { chart: HTMLElement; summaryTable: HTMLTableElement },
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
	drawChart(elements.chart, list, summary, from, to);
	drawSummaryTable(elements.summaryTable, list, summary, from, to);
}

/** The bars: per item the class average in both rounds, as a share of the scale. */
function drawChart(
	chart: HTMLElement,
	list: Checklist,
	summary: readonly ItemSummary[],
	from: Round,
	to: Round,
): void {
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
		chart,
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
}

/** The same figures as the bars, as a table for screen readers. */
function drawSummaryTable(
	table: HTMLTableElement,
	list: Checklist,
	summary: readonly ItemSummary[],
	from: Round,
	to: Round,
): void {
	const max = list.scale.length;
	replaceChildren(
		table,
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
