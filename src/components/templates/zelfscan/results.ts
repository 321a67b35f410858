/**
 * The parts of the zelfscan that show results: the chart per cluster with its table, the
 * comparison per factor, the advice (weakest factors, tools, activities), and the printed report.
 * Built with `h()`: whatever a user typed stays text.
 */
import type { SelfScanData } from '../../../data/self-scan';
import { currentScan, scanName, type Scan, type ScanBook } from '../../../lib/zelfscan/scan';
import {
	levelOf,
	recommend,
	weakestFactors,
	type Recommendation,
} from '../../../lib/zelfscan/results';
import { joinList } from '../../../lib/text';
import { h } from '../kit/dom';
import { levelName, renderResult, TOP } from './result-tables';

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
