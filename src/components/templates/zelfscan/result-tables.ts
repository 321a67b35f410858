/**
 * The zelfscan's result: bars per cluster with the same numbers as a table, and, when another
 * scan is compared, a table per factor. Built with `h()`: whatever a user typed stays text.
 */
import type { SelfScanData } from '../../../data/self-scan';
import {
	LEVELS,
	comparedScan,
	currentScan,
	scanName,
	type Scan,
	type ScanBook,
} from '../../../lib/zelfscan/scan';
import { change, clusterResults, levelOf } from '../../../lib/zelfscan/results';
import { h } from '../kit/dom';

export const TOP = LEVELS.length;
export const levelName = (level: number) =>
	LEVELS.find((l) => l.value === level)?.name ?? 'Niet beoordeeld';
export const decimal = (n: number | null) =>
	n === null
		? '–'
		: n.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const signed = (n: number | null) =>
	n === null ? '–' : n > 0 ? `+${decimal(n)}` : n === 0 ? '0' : `−${decimal(-n)}`;

/** The chart (bars per cluster, for this scan and the compared one) and the same numbers as a table. */
export function renderResult(book: ScanBook, data: SelfScanData): HTMLElement[] {
	const scan = currentScan(book);
	const other = comparedScan(book);
	const now = clusterResults(scan, data.clusters);
	const before = other ? clusterResults(other, data.clusters) : undefined;
	const chart = resultChart(now, before, scan, other);
	const table = clusterTable(now, before);
	return other ? [chart, table, factorTable(scan, other, data)] : [chart, table];
}

type ClusterResult = ReturnType<typeof clusterResults>[number];

/** Bars per cluster, for this scan and the compared one (hidden from screen readers: the table says the same). */
function resultChart(
	now: ClusterResult[],
	before: ClusterResult[] | undefined,
	scan: Scan,
	other: Scan | undefined,
): HTMLElement {
	const bar = (value: number | null, kind: 'now' | 'before') => {
		const fill = h('span', { class: ['zs-bar__fill', `zs-bar__fill--${kind}`] });
		fill.style.setProperty('--zs-value', String((value ?? 0) / TOP));
		return h(
			'span',
			{ class: 'zs-bar' },
			fill,
			h('span', { class: 'zs-bar__value' }, decimal(value)),
		);
	};
	return h(
		'div',
		{ class: 'zs-chart', 'aria-hidden': 'true' },
		now.map((result, i) =>
			h(
				'div',
				{ class: 'zs-chart__row' },
				h('span', { class: 'zs-chart__label' }, result.cluster.title),
				h(
					'span',
					{ class: 'zs-chart__bars' },
					bar(result.average, 'now'),
					before ? bar(before[i]!.average, 'before') : null,
				),
			),
		),
		h(
			'p',
			{ class: 'zs-chart__legend' },
			h('span', { class: 'zs-key zs-key--now' }),
			` ${scanName(scan)}`,
			before ? [h('span', { class: 'zs-key zs-key--before' }), ` ${scanName(other!)}`] : null,
			` · schaal 1 (${LEVELS[0].name.toLowerCase()}) tot ${TOP} (${LEVELS[TOP - 1]!.name.toLowerCase()})`,
		),
	);
}

/** The average level per cluster, with the compared scan and the difference. */
function clusterTable(now: ClusterResult[], before: ClusterResult[] | undefined): HTMLElement {
	return h(
		'table',
		{ class: 'zs-table', 'data-cluster-table': '' },
		h('caption', null, 'Gemiddeld niveau per cluster (1 tot 4)'),
		h(
			'thead',
			null,
			h(
				'tr',
				null,
				h('th', { scope: 'col' }, 'Cluster'),
				h('th', { scope: 'col' }, 'Deze scan'),
				before
					? [h('th', { scope: 'col' }, 'Vergeleken scan'), h('th', { scope: 'col' }, 'Verschil')]
					: null,
				h('th', { scope: 'col' }, 'Beoordeeld'),
			),
		),
		h(
			'tbody',
			null,
			now.map((result, i) =>
				h(
					'tr',
					{ 'data-cluster': result.cluster.id },
					h('th', { scope: 'row' }, result.cluster.title),
					h('td', null, decimal(result.average)),
					before
						? [
								h('td', null, decimal(before[i]!.average)),
								h(
									'td',
									null,
									signed(
										result.average !== null && before[i]!.average !== null
											? Math.round((result.average - before[i]!.average) * 10) / 10
											: null,
									),
								),
							]
						: null,
					h('td', null, `${result.rated} van ${result.cluster.factors.length}`),
				),
			),
		),
	);
}

/** Per factor: this scan beside the compared one. */
function factorTable(scan: Scan, other: Scan, data: SelfScanData): HTMLElement {
	return h(
		'table',
		{ class: 'zs-table', 'data-factor-table': '' },
		h('caption', null, `Per succesfactor: ${scanName(scan)} naast ${scanName(other)}`),
		h(
			'thead',
			null,
			h(
				'tr',
				null,
				h('th', { scope: 'col' }, 'Succesfactor'),
				h('th', { scope: 'col' }, 'Deze scan'),
				h('th', { scope: 'col' }, 'Vergeleken scan'),
				h('th', { scope: 'col' }, 'Verschil'),
			),
		),
		h(
			'tbody',
			null,
			data.factors.map((f) => {
				const a = levelOf(scan, f.number);
				const b = levelOf(other, f.number);
				const diff = change(a, b);
				return h(
					'tr',
					{ 'data-factor': String(f.number) },
					h('th', { scope: 'row' }, `${f.number}. ${f.title}`),
					h('td', null, a ? `${a} ${levelName(a).toLowerCase()}` : 'niet beoordeeld'),
					h('td', null, b ? `${b} ${levelName(b).toLowerCase()}` : 'niet beoordeeld'),
					h(
						'td',
						null,
						diff === null ? '–' : diff > 0 ? `+${diff}` : diff === 0 ? '0' : `−${-diff}`,
					),
				);
			}),
		),
	);
}
