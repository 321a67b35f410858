/**
 * The zelfscan's form: which scan is filled in (choose, start a new one, remove one, its date and
 * who did it), and the ten factors, each with its four level descriptions as radio buttons and a
 * note of evidence. Choosing a level or typing only changes the data; switching scans redraws.
 */
import { currentScan, LEVELS, newScan, scanName, scansByDate, updateCurrent, type ScanBook } from '../../../lib/zelfscan/scan';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren } from '../kit/dom';
import type { ScanData } from './views';

export interface ScanHost {
	readonly book: ScanBook;
	readonly data: ScanData;
	/** A change within the current scan: kept, saved, the results redrawn. */
	change(next: ScanBook): void;
	/** A change of which scan is shown: everything is redrawn, focus moves to `focusId`. */
	restructure(next: ScanBook, focusId: string | null, message?: string): void;
	say(message: string): void;
}

export function drawChooser(root: HTMLElement, host: ScanHost): void {
	const book = host.book;
	const scan = currentScan(book);
	const select = h('select', { id: 'zs-current' }, scansByDate(book).map((s) => h('option', { value: s.id }, scanName(s))));
	select.value = scan.id;
	select.addEventListener('change', () => {
		const chosen = book.scans.find((s) => s.id === select.value);
		host.restructure({ ...host.book, currentId: select.value, compareId: host.book.compareId === select.value ? '' : host.book.compareId }, 'zs-current', chosen ? `${scanName(chosen)} staat klaar.` : undefined);
	});

	const add = h('button', { type: 'button', class: 'gk-button', id: 'zs-new' }, 'Nieuwe scan beginnen');
	add.addEventListener('click', () => {
		const fresh = newScan();
		const previous = currentScan(host.book);
		host.restructure({ scans: [...host.book.scans, fresh], currentId: fresh.id, compareId: previous.id }, 'zs-date', `Een nieuwe, lege scan van vandaag. Hij wordt vergeleken met de ${scanName(previous).charAt(0).toLowerCase()}${scanName(previous).slice(1)}.`);
	});

	const remove = h('button', { type: 'button', class: 'gk-button gk-button--danger', id: 'zs-remove', disabled: book.scans.length < 2 }, 'Deze scan verwijderen…');
	remove.addEventListener('click', async () => {
		const target = currentScan(host.book);
		const sure = await confirmAction({ title: 'Deze scan verwijderen?', message: [`${scanName(target)} verdwijnt van dit apparaat.`, 'Wil je hem bewaren? Klik dan eerst op "Scans bewaren (.json)".'], confirmLabel: 'Ja, verwijder deze scan', danger: true });
		if (!sure) return host.say('Er is niets veranderd.');
		const scans = host.book.scans.filter((s) => s.id !== target.id);
		const next = scansByDate({ ...host.book, scans })[0]!;
		host.restructure({ scans, currentId: next.id, compareId: host.book.compareId === target.id || host.book.compareId === next.id ? '' : host.book.compareId }, 'zs-current', `${scanName(target)} is verwijderd.`);
	});

	const date = h('input', { type: 'date', id: 'zs-date' });
	date.value = scan.date;
	date.addEventListener('input', () => host.change(updateCurrent(host.book, (s) => ({ ...s, date: date.value }))));
	// The scan's name in the list follows its date and label once the user leaves the field.
	date.addEventListener('change', () => refreshOptions(select, host));
	const label = h('input', { type: 'text', id: 'zs-label', autocomplete: 'off', 'aria-describedby': 'zs-label-hint' });
	label.value = scan.label;
	label.addEventListener('input', () => host.change(updateCurrent(host.book, (s) => ({ ...s, label: label.value }))));
	label.addEventListener('change', () => refreshOptions(select, host));

	replaceChildren(
		root,
		h('div', { class: 'zs-choose__row' }, h('div', { class: 'gk-field' }, h('label', { for: 'zs-current' }, 'Scan die je invult'), select), h('div', { class: 'gk-buttons' }, add, remove)),
		h(
			'div',
			{ class: 'zs-choose__row' },
			h('div', { class: 'gk-field' }, h('label', { for: 'zs-date' }, 'Datum van de scan'), date),
			h('div', { class: 'gk-field zs-choose__label' }, h('label', { for: 'zs-label' }, 'Wie deed de scan? (niet verplicht)'), h('p', { class: 'gk-field__hint', id: 'zs-label-hint' }, 'Bijvoorbeeld: Team onderbouw, of Groep 5'), label),
		),
	);
}

function refreshOptions(select: HTMLSelectElement, host: ScanHost): void {
	const value = select.value;
	replaceChildren(select, scansByDate(host.book).map((s) => h('option', { value: s.id }, scanName(s))));
	select.value = value;
}

export function drawRatings(form: HTMLElement, host: ScanHost): void {
	const scan = currentScan(host.book);
	const { data } = host;
	replaceChildren(
		form,
		data.clusters.map((cluster) =>
			h(
				'section',
				{ class: 'zs-cluster', 'aria-labelledby': `zs-cluster-${cluster.id}` },
				h('h3', { id: `zs-cluster-${cluster.id}` }, `${cluster.title} (${cluster.factors[0]}–${cluster.factors.at(-1)})`),
				data.factors
					.filter((f) => cluster.factors.includes(f.number))
					.map((factor) => {
						const rating = scan.ratings[factor.number - 1]!;
						const name = `zs-level-${factor.number}`;
						const noteId = `zs-note-${factor.number}`;
						const note = h('textarea', { id: noteId, rows: '2' });
						note.value = rating.note;
						note.addEventListener('input', () => host.change(updateCurrent(host.book, (s) => ({ ...s, ratings: s.ratings.map((r, i) => (i === factor.number - 1 ? { ...r, note: note.value } : r)) }))));
						return h(
							'div',
							{ class: 'zs-factor', 'data-factor': String(factor.number) },
							h(
								'fieldset',
								{ class: 'zs-levels', 'aria-describedby': `${name}-question` },
								h('legend', null, `${factor.number}. ${factor.title}`),
								h('p', { class: 'gk-field__hint', id: `${name}-question` }, `Indicator: ${factor.teacher} `, h('a', { href: factor.href }, 'Meer over deze factor')),
								LEVELS.map((level) => {
									const id = `${name}-${level.value}`;
									const input = h('input', { type: 'radio', id, name, value: String(level.value) });
									input.checked = rating.level === level.value;
									input.addEventListener('change', () => {
										if (!input.checked) return;
										host.change(updateCurrent(host.book, (s) => ({ ...s, ratings: s.ratings.map((r, i) => (i === factor.number - 1 ? { ...r, level: level.value } : r)) })));
									});
									return h('div', { class: 'zs-level' }, input, h('label', { for: id }, h('strong', null, `${level.value}. ${level.name}`), h('span', { class: 'zs-level__text' }, factor.levels[level.value - 1] ?? '')));
								}),
							),
							h('div', { class: 'gk-field' }, h('label', { for: noteId }, `Waaruit blijkt dat? (factor ${factor.number})`), note),
						);
					}),
			),
		),
	);
}
