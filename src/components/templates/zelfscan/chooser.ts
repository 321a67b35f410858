/**
 * Which scan is filled in: choose one, start a new one, remove one, its date and who did it.
 * The controls are in the page (drawn at build time); here they are filled and listened to.
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

/** The chooser's controls, drawn at build time by `ZelfscanTool.astro`. */
function controls(ctx: Ctx) {
	return {
		select: ctx.part<HTMLSelectElement>('#zs-current'),
		add: ctx.part<HTMLButtonElement>('#zs-new'),
		remove: ctx.part<HTMLButtonElement>('#zs-remove'),
		date: ctx.part<HTMLInputElement>('#zs-date'),
		label: ctx.part<HTMLInputElement>('#zs-label'),
	};
}

/** Shows the current scan in the chooser: the list of scans, its date and label. */
export function fillChooser(ctx: Ctx): void {
	const { select, remove, date, label } = controls(ctx);
	const scan = currentScan(ctx.data);
	refreshOptions(select, ctx.data, scan.id);
	remove.disabled = ctx.data.scans.length < 2;
	date.value = scan.date;
	label.value = scan.label;
}

/** Listens to the chooser once; every handler reads the data as it is then. */
export function bindChooser(ctx: Ctx, edit: (next: ScanBook) => void): void {
	const { select, add, remove, date, label } = controls(ctx);
	select.addEventListener('change', () => {
		const chosen = ctx.data.scans.find((s) => s.id === select.value);
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
	remove.addEventListener('click', () => void removeCurrent(ctx));
	date.addEventListener('input', () =>
		edit(updateCurrent(ctx.data, (s) => ({ ...s, date: date.value }))),
	);
	// The scan's name in the list follows its date and label once the user leaves the field.
	date.addEventListener('change', () => refreshOptions(select, ctx.data));
	label.addEventListener('input', () =>
		edit(updateCurrent(ctx.data, (s) => ({ ...s, label: label.value }))),
	);
	label.addEventListener('change', () => refreshOptions(select, ctx.data));
}

async function removeCurrent(ctx: Ctx): Promise<void> {
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
}

function refreshOptions(select: HTMLSelectElement, book: ScanBook, value = select.value): void {
	replaceChildren(
		select,
		scansByDate(book).map((s) => h('option', { value: s.id }, scanName(s))),
	);
	select.value = value;
}
