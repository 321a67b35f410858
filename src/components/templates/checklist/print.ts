/**
 * The print sheets, A4 landscape: the list of one round (scores as numbers, the note and the next
 * step in full), or the comparison of two rounds with the class summary. Made from the data when
 * the teacher prints, not from the form fields (which print poorly).
 */
import type { Checklist, Round } from '../../../lib/checklist/checklist';
import { average, comparePupil, formatAverage, formatChange, summarise } from '../../../lib/checklist/compare';
import { scoreText } from '../../../lib/checklist/items';
import { displayName, type SchoolClass } from '../../../lib/roster/class-list';
import { h, replaceChildren } from '../kit/dom';
import { signalText } from './compare-view';

export type PrintKind = 'list' | 'compare';

export interface PrintSource {
	data: Checklist;
	schoolClass: SchoolClass | undefined;
	round: Round;
	from: Round;
	to: Round;
}

const dated = (round: Round) => (round.date ? `${round.name}, ${new Date(`${round.date}T12:00:00`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })}` : round.name);

function legend(data: Checklist) {
	return h(
		'div',
		{ class: 'co-print__legend' },
		h('p', null, h('strong', null, 'Schaal: '), data.scale.map(scoreText).join(' · '), '. Leeg: niet ingevuld.'),
		h('p', null, h('strong', null, 'Onderwerpen: '), data.items.map((item) => `${item.short}${item.text ? ` (${item.text.replace(/\.$/, '')})` : ''}`).join('; '), '.'),
	);
}

export function preparePrint(root: HTMLElement, kind: PrintKind, source: PrintSource): void {
	root.dataset.kind = kind;
	const { data, schoolClass } = source;
	const pupils = schoolClass?.pupils ?? [];
	const className = schoolClass?.name ?? '';
	const itemIds = data.items.map((item) => item.id);
	if (kind === 'list') {
		const round = source.round;
		replaceChildren(
			root,
			h('h1', null, `Checklist oudercontact – ${className}`),
			h('p', { class: 'co-print__sub' }, dated(round)),
			h(
				'table',
				null,
				h('thead', null, h('tr', null, h('th', null, 'Nr.'), h('th', null, 'Leerling'), data.items.map((item) => h('th', { class: 'co-print__item' }, item.short)), h('th', null, 'Gem.'), h('th', null, 'Notitie'), h('th', null, 'Verbeterstap'))),
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
							data.items.map((item) => h('td', { class: 'co-print__score' }, entry?.scores[item.id] === undefined ? '' : String(entry.scores[item.id]))),
							h('td', { class: 'co-print__score' }, entry ? formatAverage(average(entry.scores, itemIds)) : ''),
							h('td', { class: 'co-print__text' }, entry?.note ?? ''),
							h('td', { class: 'co-print__text' }, entry?.step ?? ''),
						);
					}),
				),
			),
			legend(data),
		);
		return;
	}
	const { from, to } = source;
	const summary = summarise(data, [from, to], pupils.map((p) => p.id));
	replaceChildren(
		root,
		h('h1', null, `Checklist oudercontact – ${className}: vergelijking`),
		h('p', { class: 'co-print__sub' }, `Van ${dated(from)} naar ${dated(to)}. Per onderwerp: score eerder → later.`),
		h(
			'table',
			null,
			h('thead', null, h('tr', null, h('th', null, 'Leerling'), data.items.map((item) => h('th', { class: 'co-print__item' }, item.short)), h('th', null, 'Gem. eerder'), h('th', null, 'Gem. later'), h('th', null, 'Verandering'), h('th', null, 'Aandacht'), h('th', null, 'Verbeterstap'))),
			h(
				'tbody',
				null,
				pupils.map((pupil) => {
					const c = comparePupil(data, from, to, pupil.id);
					return h(
						'tr',
						{ class: c.signals.length ? 'co-print__flagged' : undefined },
						h('td', { class: 'co-print__name' }, displayName(pupil)),
						c.items.map((item) => h('td', { class: 'co-print__score' }, `${item.from ?? '–'} → ${item.to ?? '–'}`)),
						h('td', { class: 'co-print__score' }, formatAverage(c.fromAverage)),
						h('td', { class: 'co-print__score' }, formatAverage(c.toAverage)),
						h('td', { class: 'co-print__score' }, formatChange(c.change)),
						h('td', null, c.signals.length ? h('strong', null, signalText(c)) : signalText(c)),
						h('td', { class: 'co-print__text' }, to.entries[pupil.id]?.step || from.entries[pupil.id]?.step || ''),
					);
				}),
			),
		),
		h('h2', null, 'De klas per onderwerp'),
		h(
			'table',
			{ class: 'co-print__summary' },
			h('thead', null, h('tr', null, h('th', null, 'Onderwerp'), h('th', null, `Gem. ${from.name}`), h('th', null, `Gem. ${to.name}`), h('th', null, 'Laag (eerder → later)'))),
			h(
				'tbody',
				null,
				summary.map((row) => {
					const item = data.items.find((i) => i.id === row.itemId)!;
					return h('tr', null, h('td', null, item.short), h('td', { class: 'co-print__score' }, formatAverage(row.rounds[0]!.average)), h('td', { class: 'co-print__score' }, formatAverage(row.rounds[1]!.average)), h('td', { class: 'co-print__score' }, `${row.rounds[0]!.low} → ${row.rounds[1]!.low}`));
				}),
			),
		),
		legend(data),
	);
}
