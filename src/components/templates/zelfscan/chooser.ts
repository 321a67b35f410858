/**
 * Which scan is filled in: choose one, start a new one, remove one, its date and who did it.
 * Typing the date or the label only changes the data (`edit`); switching scans redraws the page.
 */
import {
	currentScan,
	newScan,
	scanName,
	scansByDate,
	updateCurrent,
	type ScanBook,
} from '../../../lib/zelfscan/scan';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';
import { theScan } from './compare';

type Ctx = TemplateContext<ScanBook>;

/** Shows another scan (or another set of scans): saved, everything redrawn, focus on `focusId`. */
function switchTo(ctx: Ctx, next: ScanBook, focusId: string, message?: string): void {
	ctx.replace(next);
	ctx.root.querySelector<HTMLElement>(`#${focusId}`)?.focus();
	if (message) ctx.announce(message);
}

export function drawChooser(ctx: Ctx, edit: (next: ScanBook) => void): void {
	const book = ctx.data;
	const scan = currentScan(book);
	const select = h(
		'select',
		{ id: 'zs-current' },
		scansByDate(book).map((s) => h('option', { value: s.id }, scanName(s))),
	);
	select.value = scan.id;
	select.addEventListener('change', () => {
		const chosen = book.scans.find((s) => s.id === select.value);
		switchTo(
			ctx,
			{
				...ctx.data,
				currentId: select.value,
				compareId: ctx.data.compareId === select.value ? '' : ctx.data.compareId,
			},
			'zs-current',
			chosen ? `${scanName(chosen)} staat klaar.` : undefined,
		);
	});

	const add = h(
		'button',
		{ type: 'button', class: 'gk-button', id: 'zs-new' },
		'Nieuwe scan beginnen',
	);
	add.addEventListener('click', () => {
		const fresh = newScan();
		const previous = currentScan(ctx.data);
		switchTo(
			ctx,
			{ scans: [...ctx.data.scans, fresh], currentId: fresh.id, compareId: previous.id },
			'zs-date',
			`Een nieuwe, lege scan van vandaag. Hij wordt vergeleken met ${theScan(previous)}.`,
		);
	});

	const remove = h(
		'button',
		{
			type: 'button',
			class: 'gk-button gk-button--danger',
			id: 'zs-remove',
			disabled: book.scans.length < 2,
		},
		'Deze scan verwijderen…',
	);
	remove.addEventListener('click', async () => {
		const target = currentScan(ctx.data);
		const sure = await confirmAction({
			title: 'Deze scan verwijderen?',
			message: [
				`${scanName(target)} verdwijnt van dit apparaat.`,
				'Wil je hem bewaren? Klik dan eerst op "Scans bewaren (.json)".',
			],
			confirmLabel: 'Ja, verwijder deze scan',
			danger: true,
		});
		if (!sure) return ctx.announce('Er is niets veranderd.');
		const scans = ctx.data.scans.filter((s) => s.id !== target.id);
		const next = scansByDate({ ...ctx.data, scans })[0]!;
		switchTo(
			ctx,
			{
				scans,
				currentId: next.id,
				compareId:
					ctx.data.compareId === target.id || ctx.data.compareId === next.id
						? ''
						: ctx.data.compareId,
			},
			'zs-current',
			`${scanName(target)} is verwijderd.`,
		);
	});

	const date = h('input', { type: 'date', id: 'zs-date' });
	date.value = scan.date;
	date.addEventListener('input', () =>
		edit(updateCurrent(ctx.data, (s) => ({ ...s, date: date.value }))),
	);
	// The scan's name in the list follows its date and label once the user leaves the field.
	date.addEventListener('change', () => refreshOptions(select, ctx.data));
	const label = h('input', {
		type: 'text',
		id: 'zs-label',
		autocomplete: 'off',
		'aria-describedby': 'zs-label-hint',
	});
	label.value = scan.label;
	label.addEventListener('input', () =>
		edit(updateCurrent(ctx.data, (s) => ({ ...s, label: label.value }))),
	);
	label.addEventListener('change', () => refreshOptions(select, ctx.data));

	replaceChildren(
		ctx.part('[data-choose]'),
		h(
			'div',
			{ class: 'zs-choose__row' },
			h(
				'div',
				{ class: 'gk-field' },
				h('label', { for: 'zs-current' }, 'Scan die je invult'),
				select,
			),
			h('div', { class: 'gk-buttons' }, add, remove),
		),
		h(
			'div',
			{ class: 'zs-choose__row' },
			h('div', { class: 'gk-field' }, h('label', { for: 'zs-date' }, 'Datum van de scan'), date),
			h(
				'div',
				{ class: 'gk-field zs-choose__label' },
				h('label', { for: 'zs-label' }, 'Wie deed de scan? (niet verplicht)'),
				h(
					'p',
					{ class: 'gk-field__hint', id: 'zs-label-hint' },
					'Bijvoorbeeld: Team onderbouw, of Groep 5',
				),
				label,
			),
		),
	);
}

function refreshOptions(select: HTMLSelectElement, book: ScanBook): void {
	const value = select.value;
	replaceChildren(
		select,
		scansByDate(book).map((s) => h('option', { value: s.id }, scanName(s))),
	);
	select.value = value;
}
