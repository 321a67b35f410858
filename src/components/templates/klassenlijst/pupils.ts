/**
 * The pupils of the chosen class: a row per pupil whose names are typed in place (saved without a
 * redraw, so the cursor stays put), with buttons to move a pupil up or down and to remove one; the
 * form that adds a pupil, and sorting by surname. After a change the focus stays where the user is.
 */
import {
	activeClass,
	addPupil,
	displayName,
	movePupil,
	removePupil,
	sortClass,
	updatePupil,
	type ClassList,
	type NewPupil,
	type SchoolClass,
} from '../../../lib/roster/class-list';
import { confirmAction } from '../kit/confirm';
import { h, replaceChildren } from '../kit/dom';
import type { TemplateContext } from '../kit/template';

type Ctx = TemplateContext<ClassList>;

/** A change of structure: saved at once and drawn; then the keyboard user continues at `focus()`. */
export function change(
	ctx: Ctx,
	next: ClassList,
	focus?: () => HTMLElement | null | undefined,
): void {
	ctx.replace(next);
	focus?.()?.focus();
}

export const firstNameField = (ctx: Ctx) =>
	ctx.part<HTMLInputElement>('[data-add-pupil] [name="firstName"]');

/** A button in the row of a pupil, found again after a redraw. */
const rowButton = (ctx: Ctx, pupilId: string, selector: string) => () =>
	ctx.root
		.querySelector(`[id="kl-row-${pupilId}"]`)
		?.closest('tr')
		?.querySelector<HTMLButtonElement>(selector);

/** After a move the focus stays on the same button, or on the other one when that one is now disabled. */
const moveFocus = (ctx: Ctx, pupilId: string, direction: 'up' | 'down') => () => {
	const button = rowButton(ctx, pupilId, `[data-move="${direction}"]`)();
	return button && !button.disabled
		? button
		: rowButton(ctx, pupilId, `[data-move="${direction === 'up' ? 'down' : 'up'}"]`)();
};

async function remove(
	ctx: Ctx,
	schoolClass: SchoolClass,
	pupilId: string,
	index: number,
	name: string,
): Promise<void> {
	const sure = await confirmAction({
		title: `${name} verwijderen?`,
		message: `${name} gaat uit de klassenlijst. Wat je in andere sjablonen over deze leerling hebt ingevuld, wordt daar niet meer getoond.`,
		confirmLabel: 'Verwijderen',
		danger: true,
	});
	if (!sure) return;
	const pupils = activeClass(ctx.data)?.pupils ?? [];
	const neighbour = pupils[index + 1] ?? pupils[index - 1];
	change(ctx, removePupil(ctx.data, schoolClass.id, pupilId), () =>
		neighbour ? rowButton(ctx, neighbour.id, '[data-remove]')() : firstNameField(ctx),
	);
	ctx.announce(`${name} is verwijderd uit ${schoolClass.name}.`);
}

function pupilRow(ctx: Ctx, schoolClass: SchoolClass, index: number): HTMLTableRowElement {
	const pupil = schoolClass.pupils[index]!;
	const pupilId = pupil.id;
	const rowId = `kl-row-${pupilId}`;
	const name = displayName(pupil) || `leerling ${index + 1}`;
	const field = (key: keyof NewPupil, column: string, max: number) => {
		const input = h('input', {
			value: pupil[key],
			'aria-labelledby': `${column} ${rowId}`,
			autocomplete: 'off',
			maxlength: max,
			'data-field': key,
		});
		input.addEventListener('input', () => {
			const classNow = activeClass(ctx.data);
			if (classNow) ctx.update(updatePupil(ctx.data, classNow.id, pupilId, { [key]: input.value }));
		});
		return input;
	};
	const up = h(
		'button',
		{
			type: 'button',
			class: 'gk-button',
			'aria-label': `${name} omhoog`,
			disabled: index === 0,
			'data-move': 'up',
		},
		'↑',
	);
	const down = h(
		'button',
		{
			type: 'button',
			class: 'gk-button',
			'aria-label': `${name} omlaag`,
			disabled: index === schoolClass.pupils.length - 1,
			'data-move': 'down',
		},
		'↓',
	);
	const removeButton = h(
		'button',
		{
			type: 'button',
			class: 'gk-button gk-button--danger',
			'aria-label': `${name} verwijderen`,
			'data-remove': '',
		},
		'Verwijderen',
	);
	up.addEventListener('click', () =>
		change(
			ctx,
			movePupil(ctx.data, schoolClass.id, pupilId, index - 1),
			moveFocus(ctx, pupilId, 'up'),
		),
	);
	down.addEventListener('click', () =>
		change(
			ctx,
			movePupil(ctx.data, schoolClass.id, pupilId, index + 1),
			moveFocus(ctx, pupilId, 'down'),
		),
	);
	removeButton.addEventListener('click', () => remove(ctx, schoolClass, pupilId, index, name));
	return h(
		'tr',
		null,
		h('td', { id: rowId }, String(index + 1)),
		h('td', { 'data-label': 'Roepnaam' }, field('firstName', 'kl-col-first', 60)),
		h('td', { 'data-label': 'Tussenvoegsel' }, field('infix', 'kl-col-infix', 30)),
		h('td', { 'data-label': 'Achternaam' }, field('lastName', 'kl-col-last', 80)),
		h('td', null, h('div', { class: 'kl__row-actions' }, up, down, removeButton)),
	);
}

export function drawPupils(ctx: Ctx, selected: SchoolClass): void {
	ctx.part('[data-pupils-title]').textContent = `Leerlingen van ${selected.name}`;
	ctx.part('[data-pupils-caption]').textContent =
		`Leerlingen van ${selected.name}: ${selected.pupils.length}`;
	ctx.part('[data-no-pupils]').hidden = selected.pupils.length > 0;
	ctx.part<HTMLButtonElement>('[data-sort]').disabled = selected.pupils.length < 2;
	replaceChildren(
		ctx.part('[data-pupils]'),
		selected.pupils.map((_, index) => pupilRow(ctx, selected, index)),
	);
}

/** The form that adds a pupil to the chosen class, and the button that sorts the class. */
export function bindPupilForm(ctx: Ctx): void {
	const form = ctx.part<HTMLFormElement>('[data-add-pupil]');
	const message = ctx.part('[data-add-message]');
	const sortButton = ctx.part<HTMLButtonElement>('[data-sort]');
	const tell = (text: string) => {
		message.textContent = text;
		ctx.announce(text);
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const selected = activeClass(ctx.data);
		if (!selected) return;
		const values = new FormData(form);
		const pupil: NewPupil = {
			firstName: String(values.get('firstName') ?? '').trim(),
			infix: String(values.get('infix') ?? '').trim(),
			lastName: String(values.get('lastName') ?? '').trim(),
		};
		if (!pupil.firstName && !pupil.lastName) {
			tell('Vul minstens een roepnaam of een achternaam in.');
			firstNameField(ctx).focus();
			return;
		}
		try {
			change(ctx, addPupil(ctx.data, selected.id, pupil), () => firstNameField(ctx));
			form.reset();
			tell(`${displayName(pupil)} is toegevoegd aan ${selected.name}.`);
		} catch (error) {
			tell((error as Error).message);
		}
	});
	sortButton.addEventListener('click', () => {
		const selected = activeClass(ctx.data);
		if (!selected) return;
		change(ctx, sortClass(ctx.data, selected.id), () => sortButton);
		ctx.announce(`${selected.name} is gesorteerd op achternaam.`);
	});
}
