/**
 * The parts of the zelfscan that show results: the chart per cluster with its table, the
 * comparison per factor, the advice (weakest factors, tools, activities), and the printed report.
 * Built with `h()`: whatever a user typed stays text.
 */
import type { SelfScanData } from '../../../data/self-scan';
import {
	comparedScan,
	currentScan,
	LEVELS,
	scanName,
	type Scan,
	type ScanBook,
} from '../../../lib/zelfscan/scan';
import {
	change,
	clusterResults,
	levelOf,
	recommend,
	weakestFactors,
	type Recommendation,
} from '../../../lib/zelfscan/results';
import { joinList } from '../../../lib/text';
import { h } from '../kit/dom';

const TOP = LEVELS.length;
const levelName = (level: number) =>
	LEVELS.find((l) => l.value === level)?.name ?? 'Niet beoordeeld';
const decimal = (n: number | null) =>
	n === null
		? '–'
		: n.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signed = (n: number | null) =>
	n === null ? '–' : n > 0 ? `+${decimal(n)}` : n === 0 ? '0' : `−${decimal(-n)}`;

/** One sentence above the result: how many factors are rated, and the lowest. */
export function resultSummary(book: ScanBook, data: SelfScanData): string {
	const scan = currentScan(book);
	const rated = scan.ratings.filter((r) => r.level > 0).length;
	if (rated === 0) return 'Nog geen succesfactor beoordeeld.';
	const weakest = weakestFactors(scan, TOP);
	const head = `${rated} van de ${data.factors.length} succesfactoren beoordeeld.`;
	return weakest.length
		? `${head} Laagst gescoord: ${joinList(weakest.map(String))}.`
		: `${head} Alles wat beoordeeld is, staat op het hoogste niveau.`;
}

/** The chart (bars per cluster, for this scan and the compared one) and the same numbers as a table. */
export function renderResult(book: ScanBook, data: SelfScanData): HTMLElement[] {
	const scan = currentScan(book);
	const other = comparedScan(book);
	const now = clusterResults(scan, data.clusters);
	const before = other ? clusterResults(other, data.clusters) : undefined;
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
	const chart = h(
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
	const table = h(
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
	const factorTable = other
		? h(
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
			)
		: null;
	return factorTable ? [chart, table, factorTable] : [chart, table];
}

function helperList(items: Recommendation[], kind: 'tool' | 'activity'): HTMLElement {
	return h(
		'ul',
		{
			class: 'zs-helpers',
			[kind === 'tool' ? 'data-recommended-tools' : 'data-recommended-activities']: '',
		},
		items.map(({ helper, serves }) =>
			h(
				'li',
				{ [kind === 'tool' ? 'data-tool' : 'data-activity']: helper.id },
				h('a', { href: helper.href }, helper.title),
				` (helpt bij ${serves.length === 1 ? 'factor' : 'factoren'} ${joinList(serves.map(String))})`,
			),
		),
	);
}

/** The weakest factors, and the tools and activities whose frontmatter says they serve them. */
export function renderAdvice(book: ScanBook, data: SelfScanData): HTMLElement[] {
	const scan = currentScan(book);
	const weakest = weakestFactors(scan, TOP);
	if (scan.ratings.every((r) => r.level === 0))
		return [
			h(
				'p',
				null,
				'Beoordeel eerst de succesfactoren. Dan zie je hier waar je het best kunt beginnen, met gereedschappen en ouderactiviteiten die daarbij helpen.',
			),
		];
	if (weakest.length === 0)
		return [
			h(
				'p',
				null,
				'Alles wat je beoordeeld hebt, staat op het hoogste niveau. Houd het zo vast, bijvoorbeeld met afspraken op de kwaliteitskaart.',
			),
		];
	const factors = data.factors.filter((f) => weakest.includes(f.number));
	const tools = recommend(weakest, data.tools);
	const activities = recommend(weakest, data.activities);
	return [
		h(
			'p',
			null,
			`Het laagst scoort de school nu op ${factors.length === 1 ? 'deze succesfactor' : 'deze succesfactoren'} (${levelName(levelOf(scan, weakest[0]!)).toLowerCase()}):`,
		),
		h(
			'ul',
			{ class: 'zs-weakest', 'data-weakest': '' },
			factors.map((f) =>
				h(
					'li',
					{ 'data-factor': String(f.number) },
					h('a', { href: f.href }, `${f.number}. ${f.title}`),
				),
			),
		),
		h('h3', null, 'Gereedschappen die hierbij helpen'),
		tools.length
			? helperList(tools, 'tool')
			: h('p', null, 'Er staat nog geen gereedschap in de kist dat bij deze factoren helpt.'),
		h('h3', null, 'Ouderactiviteiten die hierbij passen'),
		activities.length
			? helperList(activities, 'activity')
			: h(
					'p',
					null,
					'Geen van de ouderactiviteiten uit de minimale set is aan deze factoren gekoppeld.',
				),
		h(
			'p',
			{ class: 'gk-field__hint' },
			'Welk gereedschap bij welke factor helpt, staat op de pagina van elk gereedschap. De koppeling van de ouderactiviteiten aan de factoren is een eigen uitwerking van de gereedschapskist.',
		),
	];
}

/** The printed report: the current scan with every rating and note, the result and the advice. */
export function renderReport(book: ScanBook, data: SelfScanData): HTMLElement {
	const scan: Scan = currentScan(book);
	return h(
		'article',
		{ class: 'zs-report' },
		h('h1', null, 'Zelfscan succesfactoren'),
		h('p', { class: 'zs-report__meta' }, scanName(scan)),
		data.clusters.map((cluster) =>
			h(
				'section',
				null,
				h('h2', null, cluster.title),
				data.factors
					.filter((f) => cluster.factors.includes(f.number))
					.map((f) => {
						const rating = scan.ratings[f.number - 1]!;
						return h(
							'div',
							{ class: 'zs-report__factor' },
							h('h3', null, `${f.number}. ${f.title}`),
							h(
								'p',
								null,
								h(
									'strong',
									null,
									rating.level
										? `${rating.level} – ${levelName(rating.level)}: `
										: 'Niet beoordeeld',
								),
								rating.level ? f.levels[rating.level - 1] : null,
							),
							rating.note.trim()
								? h('p', { class: 'zs-report__note' }, `Waaruit blijkt dat: ${rating.note.trim()}`)
								: null,
						);
					}),
			),
		),
		h(
			'section',
			null,
			h('h2', null, 'Uitkomst per cluster'),
			renderResult(book, data).filter((el) => el.tagName === 'TABLE'),
		),
		h(
			'section',
			null,
			h('h2', null, 'Waar beginnen?'),
			renderAdvice(book, data).filter((el) => !el.classList.contains('gk-field__hint')),
		),
	);
}
