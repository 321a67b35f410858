/**
 * The print sheets, A4 landscape: the list of one round (scores as numbers, the note and the next
 * step in full), or the comparison of two rounds with the class summary. Made from the data when
 * the teacher prints, not from the form fields (which print poorly).
 */
import { findRound, type Checklist, type Round } from '../../../lib/checklist/checklist';
import {
	average,
	comparePupil,
	formatAverage,
	formatChange,
	summarise,
} from '../../../lib/checklist/compare';
import { scoreText } from '../../../lib/checklist/items';
import { displayName, type Pupil, type SchoolClass } from '../../../lib/roster/class-list';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateAction, TemplateContext } from '../kit/template';
import { signalText } from './compare-view';
import { datedRound, type Rounds } from './rounds';

type PrintKind = 'list' | 'compare';

interface PrintSource {
	data: Checklist;
	schoolClass: SchoolClass | undefined;
	round: Round;
	from: Round;
	to: Round;
}

interface ChecklistPrint {
	/** Fills the print sheet with what the teacher last chose to print (the list of the round at first). */
	fill(): void;
	/** The two print buttons. */
	actions: Record<'printList' | 'printComparison', TemplateAction>;
}

/**
 * Printing: the sheet is made when asked for, from the data as they are. Ctrl+P prints what the
 * teacher last chose with a button: the list of the round at first.
 */
export function checklistPrint(ctx: TemplateContext<Checklist>, rounds: Rounds): ChecklistPrint {
	let kind: PrintKind = 'list';
	const fill = () => {
		const data = ctx.data;
		const { fromId, toId } = rounds.choice;
		preparePrint(ctx.printRoot, kind, {
			data,
			schoolClass: ctx.schoolClass,
			round: rounds.current(),
			from: findRound(data, fromId)!,
			to: findRound(data, toId)!,
		});
	};
	const printing = (chosen: PrintKind, message: string): TemplateAction => ({
		print: true,
		run: () => {
			kind = chosen;
			fill();
			return message;
		},
	});
	return {
		fill,
		actions: {
			printList: printing(
				'list',
				'Het printvenster is geopend: de lijst van deze ronde, op A4 liggend.',
			),
			printComparison: printing(
				'compare',
				'Het printvenster is geopend: de vergelijking, op A4 liggend.',
			),
		},
	};
}

const dated = (round: Round) => datedRound(round, ', ');

function legend(data: Checklist) {
	return h(
		'div',
		{ class: 'co-print__legend' },
		h(
			'p',
			null,
			h('strong', null, 'Schaal: '),
			data.scale.map(scoreText).join(' · '),
			'. Leeg: niet ingevuld.',
		),
		h(
			'p',
			null,
			h('strong', null, 'Onderwerpen: '),
			data.items
				.map((item) => `${item.short}${item.text ? ` (${item.text.replace(/\.$/, '')})` : ''}`)
				.join('; '),
			'.',
		),
	);
}

function preparePrint(root: HTMLElement, kind: PrintKind, source: PrintSource): void {
	root.dataset.kind = kind;
	if (kind === 'list') printList(root, source);
	else printComparison(root, source);
}

/** The list of one round: scores as numbers, the note and the next step in full. */
function printList(root: HTMLElement, source: PrintSource): void {
	const { data, schoolClass, round } = source;
	const pupils = schoolClass?.pupils ?? [];
	const className = schoolClass?.name ?? '';
	const itemIds = data.items.map((item) => item.id);
	replaceChildren(
		root,
		h('h1', null, `Checklist oudercontact – ${className}`),
		h('p', { class: 'co-print__sub' }, dated(round)),
		h(
			'table',
			null,
			h(
				'thead',
				null,
				h(
					'tr',
					null,
					h('th', null, 'Nr.'),
					h('th', null, 'Leerling'),
					data.items.map((item) => h('th', { class: 'co-print__item' }, item.short)),
					h('th', null, 'Gem.'),
					h('th', null, 'Notitie'),
					h('th', null, 'Verbeterstap'),
				),
			),
			h(
				'tbody',
				null,
				pupils.map((pupil, index) => {
					const entry = round.entries[pupil.id];
					return h(
						'tr',
						null,
						h('td', null, String(index + 1)),
						h('td', { class: 'co-print__name' }, displayName(pupil)),
						data.items.map((item) =>
							h(
								'td',
								{ class: 'co-print__score' },
								entry?.scores[item.id] === undefined ? '' : String(entry.scores[item.id]),
							),
						),
						h(
							'td',
							{ class: 'co-print__score' },
							entry ? formatAverage(average(entry.scores, itemIds)) : '',
						),
						h('td', { class: 'co-print__text' }, entry?.note ?? ''),
						h('td', { class: 'co-print__text' }, entry?.step ?? ''),
					);
				}),
			),
		),
		legend(data),
	);
}

/** The comparison of two rounds, with the class summary. */
function printComparison(root: HTMLElement, source: PrintSource): void {
	const { data, schoolClass, from, to } = source;
	const pupils = schoolClass?.pupils ?? [];
	const className = schoolClass?.name ?? '';
	replaceChildren(
		root,
		h('h1', null, `Checklist oudercontact – ${className}: vergelijking`),
		h(
			'p',
			{ class: 'co-print__sub' },
			`Van ${dated(from)} naar ${dated(to)}. Per onderwerp: score eerder → later.`,
		),
		comparisonTable(data, pupils, from, to),
		h('h2', null, 'De klas per onderwerp'),
		summaryTable(data, pupils, from, to),
		legend(data),
	);
}

/** Per pupil: the score pairs per item, the averages, the change, the signal and the step. */
function comparisonTable(
	data: Checklist,
	pupils: readonly Pupil[],
	from: Round,
	to: Round,
): HTMLTableElement {
	return h(
		'table',
		null,
		h(
			'thead',
			null,
			h(
				'tr',
				null,
				h('th', null, 'Leerling'),
				data.items.map((item) => h('th', { class: 'co-print__item' }, item.short)),
				h('th', null, 'Gem. eerder'),
				h('th', null, 'Gem. later'),
				h('th', null, 'Verandering'),
				h('th', null, 'Aandacht'),
				h('th', null, 'Verbeterstap'),
			),
		),
		h(
			'tbody',
			null,
			pupils.map((pupil) => {
				const c = comparePupil(data, from, to, pupil.id);
				return h(
					'tr',
					{ class: c.signals.length ? 'co-print__flagged' : undefined },
					h('td', { class: 'co-print__name' }, displayName(pupil)),
					c.items.map((item) =>
						h('td', { class: 'co-print__score' }, `${item.from ?? '–'} → ${item.to ?? '–'}`),
					),
					h('td', { class: 'co-print__score' }, formatAverage(c.fromAverage)),
					h('td', { class: 'co-print__score' }, formatAverage(c.toAverage)),
					h('td', { class: 'co-print__score' }, formatChange(c.change)),
					h('td', null, c.signals.length ? h('strong', null, signalText(c)) : signalText(c)),
					h(
						'td',
						{ class: 'co-print__text' },
						to.entries[pupil.id]?.step || from.entries[pupil.id]?.step || '',
					),
				);
			}),
		),
	);
}

/** The class per item: the averages in both rounds and the number of low scores. */
function summaryTable(
	data: Checklist,
	pupils: readonly Pupil[],
	from: Round,
	to: Round,
): HTMLTableElement {
	const summary = summarise(
		data,
		[from, to],
		pupils.map((p) => p.id),
	);
	return h(
		'table',
		{ class: 'co-print__summary' },
		h(
			'thead',
			null,
			h(
				'tr',
				null,
				h('th', null, 'Onderwerp'),
				h('th', null, `Gem. ${from.name}`),
				h('th', null, `Gem. ${to.name}`),
				h('th', null, 'Laag (eerder → later)'),
			),
		),
		h(
			'tbody',
			null,
			summary.map((row) => {
				const item = data.items.find((i) => i.id === row.itemId)!;
				return h(
					'tr',
					null,
					h('td', null, item.short),
					h('td', { class: 'co-print__score' }, formatAverage(row.rounds[0]!.average)),
					h('td', { class: 'co-print__score' }, formatAverage(row.rounds[1]!.average)),
					h('td', { class: 'co-print__score' }, `${row.rounds[0]!.low} → ${row.rounds[1]!.low}`),
				);
			}),
		),
	);
}
